package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Accounts: lookup for sign-in, the failed-sign-in throttle, and creation. */
@ApplicationScoped
public class AccountService {

    /** Failed sign-ins in a row after which the account is locked for {@link #LOCK_TIME}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Until when the account is locked after repeated failed sign-ins; empty when it is not locked now. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return findByUsername(username).filter(user -> user.isLockedAt(now)).map(AppUser::getLockedUntil);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username) {
        findByUsername(username).ifPresent(user -> {
            int failures = user.getFailedSignins() + 1;
            user.setFailedSignins(failures);
            if (failures >= MAX_FAILURES) {
                user.setLockedUntil(now().plus(LOCK_TIME));
                user.setFailedSignins(0);
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        findByUsername(username).ifPresent(user -> {
            user.setFailedSignins(0);
            user.setLockedUntil(null);
        });
    }

    @Transactional
    public AppUser create(String username, String displayName, char[] password, Role role,
                          Collection<String> provinces, Instant expiresAt, boolean demo) {
        AppUser user = new AppUser(username, displayName, PasswordHasher.hash(password), role);
        user.getProvinces().addAll(provinces);
        user.setExpiresAt(expiresAt);
        user.setDemo(demo);
        em.persist(user);
        return user;
    }
}
