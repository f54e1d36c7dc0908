package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts and password hashes in the database, for the pages and the API alike. A name locked after failed
 * sign-ins ({@link SignInThrottle}) and an expired or deactivated account are refused even with the right
 * password. Every refusal costs one password hash check, also for a name without an account, and is answered
 * alike, so neither the answer nor its time tells which accounts exist.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (throttle.lockedUntil(username).isPresent()) {
            PasswordHasher.verify(password, DecoyHash.VALUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> found = accounts.findByUsername(username);
        Instant now = accounts.now();
        if (found.isPresent() && found.get().isActiveAt(now)) {
            AppUser user = found.get();
            if (verified.isKnown(username, password, user.getPasswordHash(), now)) {
                return valid(user);
            }
            if (PasswordHasher.verify(password, user.getPasswordHash())) {
                verified.remember(username, password, user.getPasswordHash(), now);
                throttle.clear(username);
                return valid(user);
            }
            verified.forget(username);
        } else {
            PasswordHasher.verify(password, found.map(AppUser::getPasswordHash).orElse(DecoyHash.VALUE));
        }
        throttle.recordFailure(username);
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(AppUser user) {
        return new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().group()));
    }

    /** A hash of a random password, checked where there is no account, so that the refusal takes as long. */
    private static final class DecoyHash {
        static final String VALUE = PasswordHasher.hash(UUID.randomUUID().toString().toCharArray());
    }
}
