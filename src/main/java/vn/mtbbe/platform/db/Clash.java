package vn.mtbbe.platform.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import vn.mtbbe.platform.error.AppException;

import java.util.function.Supplier;

/**
 * A write that another writer may have overtaken: versioned rows changed by someone else since they were read
 * make the persistence provider fail (at any flush, also the automatic one before a query); that failure becomes
 * a translated 409 ({@link AppException#changedMeanwhile}) and the caller's transaction rolls back whole.
 */
public final class Clash {

    private Clash() {
    }

    /** Runs {@code work} (inside the caller's transaction), then flushes, refusing a clash with {@code detailKey}. */
    public static <T> T refused(EntityManager em, String detailKey, Supplier<T> work) {
        try {
            T result = work.get();
            em.flush();
            return result;
        } catch (PersistenceException e) {
            if (isOptimisticLock(e)) {
                throw AppException.changedMeanwhile(detailKey);
            }
            throw e;
        }
    }

    static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
