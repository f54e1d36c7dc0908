package vn.mtbbe.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects broken rules: Bean Validation constraints (whose messages are bundle keys in braces, e.g.
 * {@code {validation.required}}) and rules checked by hand, then throws them together.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public static Validation start() {
        return new Validation();
    }

    public <T> Validation constraints(Validator validator, T bean) {
        // One message per field: "required" says all there is to say about an empty field.
        Map<String, FieldError> byField = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(bean)) {
            FieldError error = toFieldError(violation);
            byField.merge(error.field(), error, (a, b) -> "validation.required".equals(b.messageKey()) ? b : a);
        }
        errors.addAll(byField.values());
        return this;
    }

    public Validation add(String field, String messageKey) {
        errors.add(FieldError.of(field, messageKey));
        return this;
    }

    public Validation add(String field, String messageKey, Map<String, Object> args) {
        errors.add(FieldError.of(field, messageKey, args));
        return this;
    }

    public Validation check(boolean ok, String field, String messageKey) {
        if (!ok) {
            add(field, messageKey);
        }
        return this;
    }

    public Validation check(boolean ok, String field, String messageKey, Map<String, Object> args) {
        if (!ok) {
            add(field, messageKey, args);
        }
        return this;
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> args = new LinkedHashMap<>();
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        descriptor.getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof String) {
                args.put(name, value);
            }
        });
        return FieldError.of(violation.getPropertyPath().toString(), key, args);
    }
}
