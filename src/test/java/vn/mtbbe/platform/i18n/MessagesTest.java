package vn.mtbbe.platform.i18n;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void vietnameseIsTheDefault() {
        assertEquals("vi", Messages.negotiate(List.of()).getLanguage());
        assertEquals("vi", Messages.negotiate(List.of(Locale.forLanguageTag("fr"))).getLanguage());
    }

    @Test
    void firstSupportedLanguageOfThePreferenceListWins() {
        assertEquals("zh", Messages.negotiate(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh-CN"),
                Locale.ENGLISH)).getLanguage());
        assertEquals("ms", Messages.negotiate(List.of(Locale.forLanguageTag("ms-MY"))).getLanguage());
    }

    @Test
    void pluralsAndNumbersFollowTheLanguage() {
        assertEquals("One field is not valid; nothing was saved.", Messages.format(ULocale.ENGLISH, "error.validation.detail", 1));
        assertEquals("3 fields are not valid; nothing was saved.", Messages.format(ULocale.ENGLISH, "error.validation.detail", 3));
        assertEquals("Tối đa 1.000 ký tự.", Messages.format(new ULocale("vi"), "validation.tooLong", Map.of("max", 1000)));
        assertEquals("At most 1,000 characters.", Messages.format(ULocale.ENGLISH, "validation.tooLong", Map.of("max", 1000)));
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertTrue(Messages.format(ULocale.ENGLISH, "no.such.key").contains("no.such.key"));
    }
}
