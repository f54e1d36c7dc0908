package vn.mtbbe.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PasswordPolicyTest {

    static String problem(String password, String username) {
        return PasswordPolicy.problem(password.toCharArray(), username);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertNull(problem("ngựa trắng qua suối", "officer.laocai"));
        assertNull(problem("correct horse battery", "admin"));
        assertNull(problem("kdx8-Wq2p-LmZ4", "admin"));
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        String decomposed = java.text.Normalizer.normalize("mật khẩu dà", java.text.Normalizer.Form.NFD);
        assertEquals(16, decomposed.length(), "16 UTF-16 units, 11 characters");
        assertEquals("validation.password.short", problem(decomposed, "x"));
        assertNull(problem("សួស្តីពិភពលោកយើង", "x"), "Khmer script, 17 code points");
    }

    @Test
    void shortEmptyAndOverlongPasswordsAreRefused() {
        assertEquals("validation.required", problem("", "admin"));
        assertEquals("validation.password.short", problem("Abc!2345678", "admin"));
        assertEquals("validation.password.long", problem("x".repeat(64) + "y".repeat(65), "admin"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("validation.password.common", problem("123456789012", "admin"));
        assertEquals("validation.password.common", problem("QWERTYUIOP123", "admin"));
        assertEquals("validation.password.common", problem("1q2w3e4r5t6y", "admin"));
    }

    @Test
    void aCommonPasswordFollowedOnlyByDigitsOrSymbolsIsRefused() {
        assertEquals("validation.password.common", problem("Password2024!", "admin"));
        assertEquals("validation.password.common", problem("matkhau@12345", "admin"));
        assertEquals("validation.password.common", problem("dragon99999999", "admin"));
        assertNull(problem("dragon99999999x", "admin"), "letters after the digits: no longer the common one");
    }

    @Test
    void oneRepeatedCharacterAndTheAccountsNameAreRefused() {
        assertEquals("validation.password.common", problem("zzzzzzzzzzzzzz", "admin"));
        assertEquals("validation.password.username", problem("my-officer.laocai-pass", "officer.laocai"));
        assertNull(problem("a different long one", "ab"), "names under 3 characters are not looked for");
    }
}
