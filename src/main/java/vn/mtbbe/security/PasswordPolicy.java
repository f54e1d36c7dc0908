package vn.mtbbe.security;

import vn.mtbbe.platform.error.Validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules for a password someone chooses (a new account's, a reset's, the first administrator's, one's own), after
 * NIST SP 800-63B: long rather than complicated (at least {@link #MIN_LENGTH} characters, any characters), and not one
 * that attackers try first: a common password from the list bundled with the application ({@code
 * common-passwords.txt}), also when only digits or symbols follow it ({@code password2024!}), one character repeated,
 * or one containing the account's name. Existing passwords are never judged again.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_COMMON_STEM = 4;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Adds to {@code v}, at {@code field}, the first rule {@code password} breaks for the account {@code username}. */
    public static void check(char[] password, String username, String field, Validation v) {
        String problem = problem(password, username);
        if (problem != null) {
            v.add(field, problem, Map.of("min", MIN_LENGTH, "max", MAX_LENGTH));
        }
    }

    /** The message key of the first rule {@code password} breaks, or null when it is acceptable. */
    public static String problem(char[] password, String username) {
        if (password == null || password.length == 0) {
            return "validation.required";
        }
        String text = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return "validation.password.short";
        }
        if (length > MAX_LENGTH) {
            return "validation.password.long";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() == 1 || isCommon(lower)) {
            return "validation.password.common";
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return "validation.password.username";
        }
        return null;
    }

    /** A common password, or one followed by nothing but digits and symbols. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end >= MIN_COMMON_STEM && end < lower.length() && COMMON.contains(lower.substring(0, end));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
