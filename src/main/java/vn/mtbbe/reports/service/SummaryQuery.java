package vn.mtbbe.reports.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.security.ProvinceScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one query over a summary table (attendance_summary, achievement_summary, flow_summary, each aliased {@code a}):
 * the asked dimensions as group-by columns, then the report's sums, restricted to the reader's provinces, the filter
 * and the report's own conditions. Every report reads its table through it, so grouping, filtering and scoping are
 * written once.
 */
final class SummaryQuery {

    private final String table;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private SummaryQuery(String table) {
        this.table = table;
    }

    static SummaryQuery over(String table) {
        if (!Set.of("attendance_summary", "achievement_summary", "flow_summary").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return new SummaryQuery(table);
    }

    /** A condition with its parameters written as {@code ?}, bound in order. */
    SummaryQuery and(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                parameters.add(values[next++]);
                numbered.append('?').append(parameters.size());
            } else {
                numbered.append(c);
            }
        }
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(numbered);
        return this;
    }

    /** The rows of the reader's provinces only (nothing for ministry staff and guests, who read all). */
    SummaryQuery scope(ProvinceScope scope) {
        if (!scope.all()) {
            in("a.province_code", List.copyOf(scope.codes()));
        }
        return this;
    }

    SummaryQuery filter(ReportFilter filter) {
        filter.values().forEach((d, values) -> {
            if (d == Dimension.SCHOOL) {
                // Schools are named by code.
                and("a.school_id IN (SELECT id FROM school WHERE code IN (" + marks(values.size()) + "))",
                        values.toArray());
            } else {
                in(d.column(), values.stream().map(v -> ReportFilter.numeric(d) ? (Object) Long.valueOf(v) : v).toList());
            }
        });
        return this;
    }

    private void in(String column, List<?> values) {
        and(column + " IN (" + marks(values.size()) + ")", values.toArray());
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Runs it: one Object[] per group, the dimensions' values first, then the sums. */
    List<Object[]> run(EntityManager em, List<Dimension> dimensions, String sums) {
        String groups = dimensions.stream().map(Dimension::column).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT ");
        if (!groups.isEmpty()) {
            sql.append(groups).append(", ");
        }
        sql.append(sums).append(" FROM ").append(table).append(" a");
        if (dimensions.contains(Dimension.SCHOOL)) {
            sql.append(" JOIN school s ON s.id = a.school_id");
        }
        sql.append(where);
        if (!groups.isEmpty()) {
            sql.append(" GROUP BY ").append(groups).append(" ORDER BY ").append(groups);
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(result instanceof Object[] array ? array : new Object[]{result});
        }
        return rows;
    }

    /** A row's group, typed as the API gives it. */
    static Map<Dimension, Object> group(List<Dimension> dimensions, Object[] row) {
        Map<Dimension, Object> group = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            group.put(dimensions.get(i), Figures.value(dimensions.get(i), row[i]));
        }
        return group;
    }
}
