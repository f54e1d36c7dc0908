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
