package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a password was verified against a stored hash, so that HTTP Basic
 * calls do not pay 600,000 PBKDF2 iterations each. What is kept is an HMAC (with a key that never leaves
 * this process) of user, password and stored hash: never the password, and a changed hash no longer
 * matches.
 * <p>
 * Deliberately per node, not on the data grid ({@code platform.cluster}): callers pass the stored hash as they
 * have just read it from the database, so a password changed through another node changes the hash and no entry
 * made before matches any more, on any node. A node that does not know a credential pays for one PBKDF2 check and
 * then knows it. Sharing the entries would gain little and would put password-derived MACs, and the key they need
 * (which never leaves this process), on the network.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    private record Entry(byte[] mac, Instant expires) {
    }

    public boolean isKnown(String username, char[] password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password, storedHash));
    }

    public void remember(String username, char[] password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> !now.isBefore(e.getValue().expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password, storedHash), now.plus(LIFETIME)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password, String storedHash) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
