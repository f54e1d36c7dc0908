package vn.mtbbe.platform.db;

import jakarta.persistence.Query;

import java.util.List;

/**
 * {@code column IN (…)} for native queries, which take no list parameter: one numbered placeholder per value,
 * from {@code first} on, bound in the same order.
 */
public record InList(String column, List<String> values, int first) {

    /** " AND column IN (?first, …)", or nothing for no values (no restriction). */
    public String sql() {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return sql.append(')').toString();
    }

    public Query bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
