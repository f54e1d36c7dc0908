package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts and password hashes in the database, for the pages and the API alike. A locked account
 * (too many failed sign-ins) and an expired guest account are refused even with the right password.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    VerifiedCredentials verified;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        AppUser user = found.get();
        Instant now = accounts.now();
        if (!user.isActiveAt(now) || user.isLockedAt(now)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (verified.isKnown(username, password, user.getPasswordHash(), now)) {
            return valid(user);
        }
        if (PasswordHasher.verify(password, user.getPasswordHash())) {
            verified.remember(username, password, user.getPasswordHash(), now);
            if (user.getFailedSignins() > 0 || user.getLockedUntil() != null) {
                accounts.recordSuccess(username);
            }
            return valid(user);
        }
        accounts.recordFailure(username);
        verified.forget(username);
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(AppUser user) {
        return new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().group()));
    }
}
