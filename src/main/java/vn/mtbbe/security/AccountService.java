package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Accounts: lookup for sign-in, creation, and the caller's own password. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    Clock clock = Clock.systemUTC();

    /** Set once an account is known to exist: accounts are never deleted, so the answer cannot turn back. */
    private volatile boolean accountsExist;

    public Instant now() {
        return clock.instant();
    }

    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Whether any account exists: a new installation has none until the first administrator is configured. */
    public boolean anyAccount() {
        if (!accountsExist) {
            accountsExist = anyAccountInDatabase();
        }
        return accountsExist;
    }

    /** The same, read from the database now. */
    boolean anyAccountInDatabase() {
        return !em.createQuery("SELECT u.id FROM AppUser u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * What a page session checks on every request: the account's role, its version, whether it is active, and
     * whether its password must be changed before anything else.
     */
    public record SessionState(Role role, long version, boolean active, boolean passwordChangeRequired) {
    }

    /** The state of the account now, in one small query; empty when it no longer exists. */
    public Optional<SessionState> sessionState(String username) {
        Instant now = now();
        return em.createQuery("SELECT u.role, u.version, u.enabled, u.expiresAt, u.passwordChangeRequired FROM AppUser u"
                                + " WHERE u.username = :username", Object[].class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(row -> new SessionState((Role) row[0], ((Number) row[1]).longValue(),
                        Boolean.TRUE.equals(row[2]) && (row[3] == null || now.isBefore((Instant) row[3])),
                        Boolean.TRUE.equals(row[4])));
    }

    @Transactional
    public AppUser create(String username, String displayName, char[] password, Role role,
                          Collection<String> provinces, Instant expiresAt, boolean demo) {
        AppUser user = new AppUser(username, displayName, PasswordHasher.hash(password), role);
        user.getProvinces().addAll(provinces);
        user.setExpiresAt(expiresAt);
        user.setDemo(demo);
        user.setCreatedAt(now());
        em.persist(user);
        accountsExist = true;
        return user;
    }

    /**
     * The caller changes their own password: the current one is required (a wrong one counts as a failed sign-in),
     * the new one must follow {@link PasswordPolicy} and differ from it. The account's version moves on, so every
     * other session of the account ends at once; the caller's own session is renewed by the page
     * ({@link PageAuthentication#renew}).
     */
    @Transactional
    public void changeOwnPassword(String username, char[] current, char[] next) {
        AppUser user = findByUsername(username).orElseThrow(AppException::notSignedIn);
        Validation v = Validation.start();
        boolean currentOk = current != null && current.length > 0 && PasswordHasher.verify(current, user.getPasswordHash());
        if (current == null || current.length == 0) {
            v.add("currentPassword", "validation.required");
        } else if (!currentOk) {
            throttle.recordFailure(username);
            v.add("currentPassword", "validation.password.current");
        }
        PasswordPolicy.check(next, username, "newPassword", v);
        if (currentOk && !v.hasError("newPassword") && Arrays.equals(current, next)) {
            v.add("newPassword", "validation.password.same");
        }
        v.throwIfInvalid();
        boolean wasRequired = user.isPasswordChangeRequired();
        setPassword(user, next, false);
        audit.record(username, AuditLog.Action.UPDATE, AccountDirectory.ENTITY, username,
                Map.of("password", wasRequired ? "set by administrator" : "set"), Map.of("password", "changed by its user"));
    }

    /**
     * A new password hash for {@code user}; {@code mustChange} asks for a new one at the next sign-in. Remembered
     * verifications end with the old hash, and the version moves on (sessions of the account end).
     */
    void setPassword(AppUser user, char[] password, boolean mustChange) {
        user.setPasswordHash(PasswordHasher.hash(password));
        user.setPasswordChangeRequired(mustChange);
        verified.forget(user.getUsername());
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
