package vn.mtbbe.platform.error;

import java.util.Map;

/** One invalid field: its name in the request, the bundle key of the message and the message's arguments. */
public record FieldError(String field, String messageKey, Map<String, Object> args) {

    public FieldError {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static FieldError of(String field, String messageKey) {
        return new FieldError(field, messageKey, Map.of());
    }

    public static FieldError of(String field, String messageKey, Map<String, Object> args) {
        return new FieldError(field, messageKey, args);
    }
}
