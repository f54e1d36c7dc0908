package vn.mtbbe.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.registry.domain.CodeCounter;
import vn.mtbbe.registry.domain.Pupil;


/**
 * Pupil codes handed out by the server: the province code followed by seven digits (e.g. {@code 100000042}).
 * They never change, even when the pupil moves to another province. The counter row is locked for the
 * rest of the transaction, so two concurrent enrolments never get the same code; numbers already taken by a typed
 * code are skipped.
 */
@ApplicationScoped
public class PupilCodes {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(String province, int count) {
        String prefix = prefix(province);
        CodeCounter counter = em.find(CodeCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CodeCounter(prefix, 1);
            em.persist(counter);
        }
        return counter.take(count);
    }

    /** The counter of a province's codes. */
    public static String prefix(String province) {
        return "PUPIL-" + province;
    }

    /**
     * The next code of the province's series that no pupil has. An officer may have typed a code that lies ahead in
     * the series (it has the same shape): that number is skipped, never handed out a second time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String province) {
        while (true) {
            String code = format(province, reserve(province, 1));
            if (em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", code).getResultList().isEmpty()) {
                return code;
            }
        }
    }

    public static String format(String province, long number) {
        return province + String.format("%07d", number);
    }
}
