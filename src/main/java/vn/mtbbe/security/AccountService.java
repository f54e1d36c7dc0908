package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Accounts: lookup for sign-in, and creation. */
@ApplicationScoped
public class AccountService {

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

    /** What a page session checks on every request: the account's role, its version, whether it is active. */
    public record SessionState(Role role, long version, boolean active) {
    }

    /** The state of the account now, in one small query; empty when it no longer exists. */
    public Optional<SessionState> sessionState(String username) {
        Instant now = now();
        return em.createQuery("SELECT u.role, u.version, u.enabled, u.expiresAt FROM AppUser u WHERE u.username = :username",
                        Object[].class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(row -> new SessionState((Role) row[0], ((Number) row[1]).longValue(),
                        Boolean.TRUE.equals(row[2]) && (row[3] == null || now.isBefore((Instant) row[3]))));
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
