package vn.mtbbe.platform.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.text.Format;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts: bundles {@code i18n/messages*.properties} (UTF-8), patterns in ICU MessageFormat.
 * The base bundle is Vietnamese, the default language of the product.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final ULocale DEFAULT = new ULocale("vi");
    /** The interface languages, in the order the language menu shows them. */
    public static final List<ULocale> SUPPORTED = List.of(DEFAULT, ULocale.ENGLISH, new ULocale("zh"), new ULocale("ms"),
            new ULocale("km"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(ULocale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale).toLocale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The raw pattern for {@code key}, or null when no bundle defines it. */
    public static String pattern(ULocale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static String format(ULocale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        Object[] values = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = dateOf(values[i]);
        }
        return utc(new MessageFormat(pattern, supported(locale))).format(values);
    }

    public static String format(ULocale locale, String key, Map<String, Object> args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        Map<String, Object> values = new HashMap<>();
        args.forEach((name, value) -> values.put(name, dateOf(value)));
        return utc(new MessageFormat(pattern, supported(locale))).format(values);
    }

    /**
     * A calendar date as the instant ICU's date formats take: midnight UTC, formatted in UTC (see {@link #utc}), so the
     * day printed is the day given whatever the server's time zone.
     */
    private static Object dateOf(Object value) {
        return value instanceof LocalDate day ? Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()) : value;
    }

    private static MessageFormat utc(MessageFormat format) {
        for (Format f : format.getFormats()) {
            if (f instanceof DateFormat date) {
                date.setTimeZone(TimeZone.GMT_ZONE);
            }
        }
        return format;
    }

    /** The supported interface language nearest to {@code locale}; Vietnamese when none is near. */
    public static ULocale supported(ULocale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        String language = locale.getLanguage();
        for (ULocale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(language)) {
                return candidate;
            }
        }
        return DEFAULT;
    }

    public static boolean isSupported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return false;
        }
        String language = ULocale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    /** Picks the first supported language from a client's preference list (Accept-Language order). */
    public static ULocale negotiate(List<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                if (locale != null && !"*".equals(locale.getLanguage()) && isSupported(locale.toLanguageTag())) {
                    return supported(ULocale.forLocale(locale));
                }
            }
        }
        return DEFAULT;
    }
}
