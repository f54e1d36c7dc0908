package vn.mtbbe.platform.i18n;

import com.ibm.icu.util.ULocale;
import jakarta.validation.MessageInterpolator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation messages from our bundles: a constraint's message is a bundle key in braces, e.g.
 * {@code @NotBlank(message = "{validation.required}")}, formatted with ICU MessageFormat in the
 * requested locale, with the constraint's attributes ({@code max}, {@code min} …) as named arguments.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Messages.DEFAULT.toLocale());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        String key = key(messageTemplate);
        if (key == null) {
            return messageTemplate;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        context.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof CharSequence) {
                args.put(name, value);
            }
        });
        return Messages.format(ULocale.forLocale(locale), key, args);
    }

    /** The bundle key of a template written {@code {key}}, or null for any other template. */
    static String key(String template) {
        if (template != null && template.length() > 2 && template.startsWith("{") && template.endsWith("}")
                && template.indexOf('{', 1) < 0) {
            return template.substring(1, template.length() - 1);
        }
        return null;
    }
}
