package vn.mtbbe.platform.db;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL WHERE clause built from the filters a caller actually gave, with its parameters, so that the same
 * conditions serve a page query and its count query. (Optional filters written as
 * {@code :p IS NULL OR ...} are avoided: H2 cannot type an unbound {@code ? IS NULL}.)
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static Where start() {
        return new Where();
    }

    /** A filter value as given: stripped, or null when the caller left it out or blank (an empty form field). */
    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds {@code condition} (naming parameter {@code name}) when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code condition}, which uses no parameter, when {@code apply} holds. */
    public Where andIf(boolean apply, String condition) {
        if (apply) {
            conditions.add(condition);
        }
        return this;
    }

    /** A further parameter used by a condition already added. */
    public Where param(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
