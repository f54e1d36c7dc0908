package vn.mtbbe.it.server;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.DatabaseIdentityStore;
import vn.mtbbe.security.Role;
import vn.mtbbe.security.SignInThrottle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;

/** Inside the server: the identity store's rules for locked and expired accounts, on the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {


    @Inject
    AccountService accounts;

    @Inject
    DatabaseIdentityStore store;

    @Inject
    SignInThrottle throttle;

    @Test
    void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() {
        String user = create(Role.OFFICER, null);
        assertEquals(VALID, validate(user, "right-password").getStatus());
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(INVALID, validate(user, "wrong-" + i).getStatus());
        }
        assertEquals(INVALID, validate(user, "right-password").getStatus(), "locked");
        Instant until = throttle.lockedUntil(user).orElseThrow();
        assertTrue(until.isAfter(Instant.now().plus(SignInThrottle.LOCK_TIME).minusSeconds(60)), until::toString);
        assertTrue(throttle.lockedNames().contains(user));
    }

    @Test
    void anExpiredGuestCannotSignIn() {
        String expired = create(Role.DELEGATION, Instant.now().minus(Duration.ofMinutes(1)));
        String current = create(Role.DELEGATION, Instant.now().plus(Duration.ofDays(1)));
        assertEquals(INVALID, validate(expired, "right-password").getStatus());
        CredentialValidationResult ok = validate(current, "right-password");
        assertEquals(VALID, ok.getStatus());
        assertEquals(Set.of("delegation"), ok.getCallerGroups());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        String user = create(Role.MINISTRY, null);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertEquals(INVALID, validate(user, "wrong").getStatus());
        }
        assertEquals(SignInThrottle.MAX_FAILURES - 1, throttle.failures(user), "each failure counted");
        assertEquals(VALID, validate(user, "right-password").getStatus());
        assertEquals(0, throttle.failures(user));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            validate(user, "wrong");
        }
        assertEquals(VALID, validate(user, "right-password").getStatus(), "the count started again after the success");
    }

    String create(Role role, Instant expires) {
        String name = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, name, "right-password".toCharArray(), role, List.of(), expires, false);
        return name;
    }

    private CredentialValidationResult validate(String user, String password) {
        return store.validate(new UsernamePasswordCredential(user, password));
    }
}
