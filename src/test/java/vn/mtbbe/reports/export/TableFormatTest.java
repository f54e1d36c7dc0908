package vn.mtbbe.reports.export;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of figure in each interface language, as the reports show it. */
class TableFormatTest {

    private static String[] formatted(String language) {
        TableFormat format = new TableFormat(new ULocale(language));
        return new String[]{
                format.format(Kind.COUNT, 12345L),
                format.format(Kind.SHARE, 0.1253),
                format.format(Kind.DECIMAL, 44.84),
                format.format(Kind.INDEX, 1.049999),
                format.format(Kind.COUNT, null),
                format.format(Kind.SHARE, ReportTable.SUPPRESSED),
                format.format(Kind.TEXT, "Lào Cai")};
    }

    @Test
    void vietnamese() {
        assertEquals(String.join("|", "12.345", "12,5%", "44,8", "1,05", "–", "ẩn (dưới ngưỡng)", "Lào Cai"),
                String.join("|", formatted("vi")));
    }

    @Test
    void english() {
        assertEquals(String.join("|", "12,345", "12.5%", "44.8", "1.05", "–", "suppressed", "Lào Cai"),
                String.join("|", formatted("en")));
    }

    @Test
    void chinese() {
        assertEquals(String.join("|", "12,345", "12.5%", "44.8", "1.05", "–", "已隐藏", "Lào Cai"),
                String.join("|", formatted("zh")));
    }

    @Test
    void malay() {
        assertEquals(String.join("|", "12,345", "12.5%", "44.8", "1.05", "–", "disembunyikan", "Lào Cai"),
                String.join("|", formatted("ms")));
    }

    @Test
    void khmer() {
        assertEquals("12,345", new TableFormat(new ULocale("km")).format(Kind.COUNT, 12345L));
        assertEquals(Messages.format(new ULocale("km"), "reports.suppressed"),
                new TableFormat(new ULocale("km")).format(Kind.COUNT, vn.mtbbe.reports.domain.ReportTable.SUPPRESSED));
    }

    @Test
    void anUnsupportedLanguageGetsVietnamese() {
        assertEquals("12.345", new TableFormat(new ULocale("fr")).format(Kind.COUNT, 12345L));
    }

    @Test
    void aRateOfNothingIsNoData() {
        TableFormat format = new TableFormat(ULocale.ENGLISH);
        assertEquals("–", format.format(Kind.SHARE, Double.NaN));
        assertEquals("0.0%", format.format(Kind.SHARE, 0.0));
        assertEquals("-0.26", format.format(Kind.INDEX, -0.255));
    }

    @Test
    void textWhereAFigureBelongsIsRefused() {
        TableFormat format = new TableFormat(ULocale.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> format.format(Kind.COUNT, "12"));
    }
}
