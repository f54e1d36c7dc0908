package vn.mtbbe.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language menu links to the same page with another {@code lang}, keeping the other parameters as they were. */
class UserLocaleTest {

    @Test
    void theLanguageParameterIsDroppedAndTheRestKept() {
        assertEquals("", UserLocale.withoutParameter(null, "lang"));
        assertEquals("", UserLocale.withoutParameter("lang=en", "lang"));
        assertEquals("code=100000749", UserLocale.withoutParameter("code=100000749&lang=zh", "lang"));
        assertEquals("q=nguy%E1%BB%85n&school=101002",
                UserLocale.withoutParameter("lang=ms&q=nguy%E1%BB%85n&&school=101002", "lang"));
        assertEquals("language=vi", UserLocale.withoutParameter("language=vi", "lang"));
        assertEquals("", UserLocale.withoutParameter("la%6Eg=en", "lang"), "an encoded name is the same name");
    }
}
