package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Failed sign-ins in a row, counted per name tried (existing account or not, so that no answer tells them apart):
 * after {@link #MAX_FAILURES} the name is locked for {@link #LOCK_TIME}, even for the right password. Counting is
 * one atomic statement in its own transaction, so guesses sent in parallel are each counted and never clash.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failed sign-ins in a row after which the name is locked for {@link #LOCK_TIME}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private static final String ACCOUNT = "account:";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    static String subject(String username) {
        return ACCOUNT + username.strip().toLowerCase(Locale.ROOT);
    }

    /** Until when sign-ins with this name are refused; empty when they are not. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = accounts.now();
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM sign_in_throttle WHERE subject = ? AND locked_until > ?")
                .setParameter(1, subject(username)).setParameter(2, utc(now)).getResultList();
        return rows.stream().findFirst().map(SignInThrottle::instant);
    }

    /** The names locked now (lower case), for the accounts list. */
    public Set<String> lockedNames() {
        Set<String> names = new HashSet<>();
        for (Object subject : em.createNativeQuery("SELECT subject FROM sign_in_throttle WHERE locked_until > ?")
                .setParameter(1, utc(accounts.now())).getResultList()) {
            names.add(((String) subject).substring(ACCOUNT.length()));
        }
        return names;
    }

    /** One more failure; the fifth in a row locks the name. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username) {
        String subject = subject(username);
        LocalDateTime now = utc(accounts.now());
        em.createNativeQuery("INSERT INTO sign_in_throttle (subject, failures, locked_until, updated_at) VALUES (?, 1, NULL, ?)"
                        + " ON DUPLICATE KEY UPDATE failures = failures + 1, updated_at = ?")
                .setParameter(1, subject).setParameter(2, now).setParameter(3, now).executeUpdate();
        em.createNativeQuery("UPDATE sign_in_throttle SET failures = 0, locked_until = ? WHERE subject = ? AND failures >= ?")
                .setParameter(1, now.plus(LOCK_TIME)).setParameter(2, subject).setParameter(3, MAX_FAILURES).executeUpdate();
    }

    /** A successful sign-in (or an administrator's unlock) clears the count and any lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String username) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE subject = ?").setParameter(1, subject(username)).executeUpdate();
    }

    /** The failures counted in a row for the name (0 after a success or a lock). */
    public int failures(String username) {
        List<?> rows = em.createNativeQuery("SELECT failures FROM sign_in_throttle WHERE subject = ?")
                .setParameter(1, subject(username)).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
