package vn.mtbbe.platform.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.i18n.Messages;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The interface texts for pages, in the reader's language: {@code #{msg['pupil.list.title']}} for a text
 * without arguments, {@code #{msg.format('pupil.list.total', count)}} for one with arguments. Every pattern
 * goes through ICU MessageFormat, so doubled apostrophes, plurals and numbers come out right.
 */
@Named("msg")
@RequestScoped
public class PageMessages extends AbstractMap<String, String> {

    @Inject
    UserLocale userLocale;

    public ULocale locale() {
        return userLocale.current();
    }

    @Override
    public String get(Object key) {
        return Messages.format(locale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && Messages.pattern(locale(), key.toString()) != null;
    }

    public String format(String key, Object first) {
        return Messages.format(locale(), key, first);
    }

    public String format(String key, Object first, Object second) {
        return Messages.format(locale(), key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return Messages.format(locale(), key, first, second, third);
    }

    public String format(String key, Object first, Object second, Object third, Object fourth) {
        return Messages.format(locale(), key, first, second, third, fourth);
    }

    /** A pattern with named arguments, e.g. a service's field error. */
    public String formatNamed(String key, Map<String, Object> args) {
        return Messages.format(locale(), key, args);
    }

    /** The label of a coded value, e.g. {@code label('pupil.sex', 'F')} reads {@code pupil.sex.F}. */
    public String label(String prefix, Object value) {
        return value == null ? "" : Messages.format(locale(), prefix + "." + value);
    }

    /** Not a real map: EL reads single keys only. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
