package vn.mtbbe.registry.service;

import vn.mtbbe.platform.error.Validation;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an enum constant from request text, recording a field error (with the allowed values) when it can't. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Validation v) {
        if (value == null || value.isBlank() || v.hasError(field)) {
            return null; // "required" is a Bean Validation constraint of the input
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            v.add(field, "validation.oneOf", Map.of("allowed", allowed));
            return null;
        }
    }
}
