package vn.mtbbe.reports.export;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Kind;

/**
 * A report table's values as a reader sees them, in the reader's language, the way the pages format figures
 * ({@link Formats}): counts grouped ("12.345"), shares as percentages with one decimal ("12,5%"), decimals with one
 * decimal, indices with two; a figure without data as an en dash, a hidden figure as the translated "suppressed".
 *
 * <p>One instance per export: ICU's formats are not thread-safe.
 */
public final class TableFormat {

    /** What a figure without data shows. */
    public static final String NO_DATA = "\u2013";

    private final ULocale locale;
    private final NumberFormat count;
    private final NumberFormat share;
    private final NumberFormat decimal;
    private final NumberFormat index;
    private final String suppressed;

    public TableFormat(ULocale locale) {
        this.locale = Messages.supported(locale);
        this.count = Formats.numberFormat(this.locale);
        this.share = Formats.rateFormat(this.locale);
        this.decimal = Formats.tenthsFormat(this.locale);
        this.index = Formats.ratioFormat(this.locale);
        this.suppressed = Messages.format(this.locale, "reports.suppressed");
    }

    /** The interface language the values are formatted in (the supported one nearest to the one asked for). */
    public ULocale locale() {
        return locale;
    }

    /** The translated text of a hidden figure, e.g. "suppressed". */
    public String suppressed() {
        return suppressed;
    }

    /** {@code value} of a column of {@code kind} as shown to the reader. */
    public String format(Kind kind, Object value) {
        if (noData(value)) {
            return NO_DATA;
        }
        if (ReportTable.suppressed(value)) {
            return suppressed;
        }
        if (kind == Kind.TEXT) {
            return value.toString();
        }
        Number number = figure(kind, value);
        return switch (kind) {
            case COUNT -> count.format(number);
            case SHARE -> share.format(number);
            case DECIMAL -> decimal.format(number);
            case INDEX -> index.format(number);
            case TEXT -> throw new AssertionError(kind);
        };
    }

    /** Whether a column of {@code kind} holds figures (right-aligned, numeric cells) rather than text. */
    public static boolean numeric(Kind kind) {
        return kind != Kind.TEXT;
    }

    /** Whether {@code value} is a figure there is no data for: null, or a rate of nothing (NaN, infinite). */
    public static boolean noData(Object value) {
        return value == null || value instanceof Double d && !Double.isFinite(d)
                || value instanceof Float f && !Float.isFinite(f);
    }

    /** A figure's value, or a refusal naming the column kind when the table holds something else there. */
    static Number figure(Kind kind, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("A " + kind + " column holds a " + value.getClass().getSimpleName()
                + " (" + value + "), not a number");
    }
}
