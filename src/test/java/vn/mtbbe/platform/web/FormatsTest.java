package vn.mtbbe.platform.web;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates on pages and in date inputs: numeric, four-digit year, in the order of the reader's language. */
class FormatsTest {

    @Test
    void datePatternsFollowTheLanguage() {
        assertEquals("dd/MM/yyyy", Formats.datePattern(new ULocale("vi")));
        assertEquals("dd/MM/yyyy", Formats.datePattern(new ULocale("ms")));
        assertEquals("yyyy/MM/dd", Formats.datePattern(new ULocale("zh")));
        assertEquals("MM/dd/yyyy", Formats.datePattern(ULocale.ENGLISH));
    }
}
