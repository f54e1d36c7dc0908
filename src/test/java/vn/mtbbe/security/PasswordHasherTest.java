package vn.mtbbe.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = PasswordHasher.hash("Mật khẩu 1".toCharArray(), 1_000);
        assertTrue(PasswordHasher.verify("Mật khẩu 1".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("Mat khau 1".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "garbage"));
    }

    @Test
    void saltedSoTheSamePasswordHashesDifferently() {
        assertNotEquals(PasswordHasher.hash("demo".toCharArray(), 1_000), PasswordHasher.hash("demo".toCharArray(), 1_000));
    }

    @Test
    void defaultCostIsOwaspStrength() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
        assertTrue(PasswordHasher.hash("demo".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void verifiedCredentialsAreForgottenWhenTheHashChangesOrTimeRunsOut() {
        VerifiedCredentials cache = new VerifiedCredentials();
        Instant now = Instant.parse("2025-09-05T08:00:00Z");
        cache.remember("officer", "demo".toCharArray(), "hash-1", now);
        assertTrue(cache.isKnown("officer", "demo".toCharArray(), "hash-1", now.plusSeconds(60)));
        assertFalse(cache.isKnown("officer", "wrong".toCharArray(), "hash-1", now.plusSeconds(60)));
        assertFalse(cache.isKnown("officer", "demo".toCharArray(), "hash-2", now.plusSeconds(60)));
        assertFalse(cache.isKnown("officer", "demo".toCharArray(), "hash-1", now.plus(VerifiedCredentials.LIFETIME)));
    }
}
