package vn.mtbbe.platform.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates and numbers for pages, formatted by ICU for the reader's language: {@code #{fmt.date(pupil.dateOfBirth)}},
 * {@code #{fmt.number(total)}}. Dates are shown with a four-digit year in the order usual for the language
 * (dd/MM/yyyy in Vietnamese and Malay, yyyy/MM/dd in Chinese), and date inputs take the same pattern.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    /** Dates and times are shown in Viet Nam's time, whatever the server's zone. */
    static final TimeZone ZONE = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    @Inject
    UserLocale userLocale;

    private String datePattern;

    private ULocale locale() {
        return userLocale.current();
    }

    /** The numeric date pattern of the reader's language with a four-digit year, e.g. {@code dd/MM/yyyy}. */
    public String getDatePattern() {
        if (datePattern == null) {
            datePattern = datePattern(locale());
        }
        return datePattern;
    }

    static String datePattern(ULocale locale) {
        return DateTimePatternGenerator.getInstance(locale).getBestPattern("yyyyMMdd");
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat(getDatePattern(), locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
        format.setTimeZone(ZONE);
        return format.format(Date.from(instant));
    }

    public String number(Number value) {
        return value == null ? "" : numberFormat(locale()).format(value);
    }

    public String percent(Number value) {
        return value == null ? "" : NumberFormat.getPercentInstance(locale()).format(value);
    }

    /** A rate (0 to 1) as a percentage with one decimal, e.g. "12,5 %" in Vietnamese. */
    public String rate(Number value) {
        return rate(locale(), value);
    }

    static String rate(ULocale locale, Number value) {
        return value == null ? "" : rateFormat(locale).format(value);
    }

    /** A figure with one decimal, e.g. a reading rate "44,8" in Vietnamese. */
    public String tenths(Number value) {
        return value == null ? "" : tenthsFormat(locale()).format(value);
    }

    /** A ratio such as a parity index, with two decimals. */
    public String ratio(Number value) {
        return ratio(locale(), value);
    }

    static String ratio(ULocale locale, Number value) {
        return value == null ? "" : ratioFormat(locale).format(value);
    }

    /** Names joined as the language lists them, e.g. "A, B and C" / "A、B和C". */
    public String list(java.util.Collection<String> items) {
        return list(locale(), items);
    }

    static String list(ULocale locale, java.util.Collection<String> items) {
        return items == null ? "" : ListFormatter.getInstance(locale).format(items);
    }

    // The formats behind the methods above, for code that formats outside a page (report exports): a new instance on
    // each call, since ICU's formats are not thread-safe.

    /** Numbers as the language groups them, e.g. "12.345" in Vietnamese, "12,345" in English. */
    public static NumberFormat numberFormat(ULocale locale) {
        return NumberFormat.getInstance(locale);
    }

    /** Rates (0 to 1) as percentages with one decimal, e.g. "12,5%" in Vietnamese. */
    public static NumberFormat rateFormat(ULocale locale) {
        return withDecimals(NumberFormat.getPercentInstance(locale), 1);
    }

    /** Figures with one decimal, e.g. "44,8" in Vietnamese. */
    public static NumberFormat tenthsFormat(ULocale locale) {
        return withDecimals(NumberFormat.getInstance(locale), 1);
    }

    /** Ratios such as a parity index, with two decimals, e.g. "1,05" in Vietnamese. */
    public static NumberFormat ratioFormat(ULocale locale) {
        return withDecimals(NumberFormat.getInstance(locale), 2);
    }

    private static NumberFormat withDecimals(NumberFormat format, int decimals) {
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }
}
