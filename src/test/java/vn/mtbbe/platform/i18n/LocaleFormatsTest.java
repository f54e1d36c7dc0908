package vn.mtbbe.platform.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.web.Formats;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numbers, percentages, dates and plurals in each interface language, as CLDR (through ICU4J) writes them: a
 * number, a rate, a long date and a count of schools, by hand from CLDR's conventions for each language.
 */
class LocaleFormatsTest {

    static final Date DECEMBER_7 = new Date(1796601600000L); // 2026-12-07T00:00:00Z

    record Expected(String tag, String number, String rate, String date, String one, String three) {
    }

    @Test
    void theInterfaceSpeaksFiveLanguagesAndFallsBackToVietnamese() {
        assertEquals(java.util.List.of("vi", "en", "zh", "ms", "km"),
                Messages.SUPPORTED.stream().map(ULocale::toLanguageTag).toList());
        assertEquals("km", Messages.negotiate(java.util.List.of(java.util.Locale.forLanguageTag("km-KH"))).toLanguageTag());
        assertEquals("vi", Messages.negotiate(java.util.List.of(java.util.Locale.FRENCH)).toLanguageTag());
        assertEquals("ខ្មែរ", new ULocale("km").getDisplayName(new ULocale("km")), "the language menu's name for Khmer");
    }

    @Test
    void everyLanguageWritesNumbersRatesDatesAndCountsItsOwnWay() {
        for (Expected e : new Expected[]{
                new Expected("vi", "1.234.567,5", "12,5%", "7 tháng 12, 2026", "1 trường", "3 trường"),
                new Expected("en", "1,234,567.5", "12.5%", "December 7, 2026", "1 school", "3 schools"),
                new Expected("zh", "1,234,567.5", "12.5%", "2026年12月7日", "1 所学校", "3 所学校"),
                new Expected("ms", "1,234,567.5", "12.5%", "7 Disember 2026", "1 sekolah", "3 sekolah"),
                new Expected("km", "1,234,567.5", "12.5%", "7 ធ្នូ 2026", "1 សាលា", "3 សាលា")}) {
            ULocale locale = new ULocale(e.tag());
            assertEquals(e.number(), Formats.numberFormat(locale).format(1234567.5), e.tag());
            assertEquals(e.rate(), Formats.rateFormat(locale).format(0.125).replace("\u00a0", ""), e.tag());
            DateFormat date = DateFormat.getDateInstance(DateFormat.LONG, locale);
            date.setTimeZone(TimeZone.GMT_ZONE);
            assertEquals(e.date(), date.format(DECEMBER_7), e.tag());
            assertEquals(e.one(), Messages.format(locale, "school.list.count", 1), e.tag());
            assertEquals(e.three(), Messages.format(locale, "school.list.count", 3), e.tag());
        }
    }
}
