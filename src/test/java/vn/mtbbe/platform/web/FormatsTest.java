package vn.mtbbe.platform.web;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void ratesHaveOneDecimalInTheReadersNotation() {
        assertEquals("12,5%", Formats.rate(new ULocale("vi"), 0.125).replace('\u00a0', ' ').replace(" ", ""));
        assertEquals("12.5%", Formats.rate(ULocale.ENGLISH, 0.125));
        assertEquals("0.0%", Formats.rate(ULocale.ENGLISH, 0));
        assertEquals("1,05", Formats.ratio(new ULocale("vi"), 1.049999));
        assertEquals("", Formats.rate(ULocale.ENGLISH, null));
    }

    @Test
    void listsAreJoinedAsTheLanguageJoinsThem() {
        List<String> subjects = List.of("Maths", "Science", "History");
        assertEquals("Maths, Science, and History", Formats.list(ULocale.ENGLISH, subjects));
        assertEquals("Maths, Science và History", Formats.list(new ULocale("vi"), subjects));
        assertEquals("Maths、Science和History", Formats.list(new ULocale("zh"), subjects));
    }
}
