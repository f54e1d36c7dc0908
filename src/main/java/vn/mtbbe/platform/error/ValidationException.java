package vn.mtbbe.platform.error;

import java.util.List;

/** 422: the input breaks one or more rules; every broken rule is listed, nothing was written. */
public class ValidationException extends AppException {

    public ValidationException(List<FieldError> errors) {
        super(422, "error.validation.title", "error.validation.detail", errors, errors.size());
    }

    public static ValidationException of(String field, String messageKey) {
        return new ValidationException(List.of(FieldError.of(field, messageKey)));
    }

    public static ValidationException of(String field, String messageKey, java.util.Map<String, Object> args) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, args)));
    }
}
