package vn.mtbbe.platform.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a state of some records by a hash of what they hold: the tag a page or an API client (as its ETag) keeps
 * and sends back, so a change can be refused when the records changed meanwhile, and an identical resend is seen as
 * such. The same content always gives the same tag.
 */
public final class Tags {

    private Tags() {
    }

    public static String of(CharSequence content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
