package vn.mtbbe.platform.i18n;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
    void calendarDatesPrintAsTheDayGivenInEveryTimeZone() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        com.ibm.icu.util.TimeZone savedIcu = com.ibm.icu.util.TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Honolulu", "Asia/Ho_Chi_Minh", "Pacific/Kiritimati")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
                assertEquals("Pupil P1 was not in this class on October 13, 2025.", Messages.format(ULocale.ENGLISH,
                        "validation.attendance.notEnrolled", Map.of("pupil", "P1", "date", LocalDate.of(2025, 10, 13))), zone);
                assertTrue(Messages.format(new ULocale("vi"), "validation.attendance.notEnrolled",
                        Map.of("pupil", "P1", "date", LocalDate.of(2025, 10, 13))).contains("ngày 13 tháng 10"), zone);
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
            com.ibm.icu.util.TimeZone.setDefault(savedIcu);
        }
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertTrue(Messages.format(ULocale.ENGLISH, "no.such.key").contains("no.such.key"));
    }
}
