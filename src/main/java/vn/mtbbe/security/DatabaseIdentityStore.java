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

    @Inject
    CurrentUser currentUser;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> found = accounts.findByUsername(username);
        Instant now = accounts.now();
        // A password verified a moment ago (the API's Basic authentication sends it with every request) is accepted
        // without asking the throttle: a lock comes from wrong passwords, and a wrong password makes this store
        // forget the verified one (below), so no lock can stand against a password still remembered.
        if (found.isPresent() && found.get().isActiveAt(now)
                && verified.isKnown(username, password, found.get().getPasswordHash(), now)) {
            return valid(found.get());
        }
        if (throttle.lockedUntilHere(username).isPresent()) {
            PasswordHasher.verify(password, DecoyHash.VALUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (found.isPresent() && found.get().isActiveAt(now)) {
            AppUser user = found.get();
            if (PasswordHasher.verify(password, user.getPasswordHash())) {
                verified.remember(username, password, user.getPasswordHash(), now);
                throttle.succeeded(username);
                return valid(user);
            }
            verified.forget(username);
        } else {
            PasswordHasher.verify(password, found.map(AppUser::getPasswordHash).orElse(DecoyHash.VALUE));
        }
        throttle.recordFailure(username);
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** Valid: the account just read is this request's caller, so that the request does not read it again. */
    private CredentialValidationResult valid(AppUser user) {
        currentUser.authenticated(user);
        return new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().group()));
    }

    /** A hash of a random password, checked where there is no account, so that the refusal takes as long. */
    private static final class DecoyHash {
        static final String VALUE = PasswordHasher.hash(UUID.randomUUID().toString().toCharArray());
    }
}
