package vn.mtbbe.reports.domain;

import vn.mtbbe.platform.error.Validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report is narrowed to: for each filtered dimension the values kept ({@code province=10&sex=F}). The same
 * dimensions as groupBy, checked the same way: a dimension unknown to the report's table, or a personal one for a
 * guest, is a problem at its parameter; an identifier that is not a number is too.
 */
public record ReportFilter(Map<Dimension, Set<String>> values) {

    /** The dimensions a report may be filtered by (the others are only for grouping). */
    public static final List<Dimension> FILTERS = List.of(Dimension.PROVINCE, Dimension.DISTRICT, Dimension.SCHOOL,
            Dimension.CLASS, Dimension.DESIGNATION, Dimension.PROGRAMME_LANGUAGE, Dimension.ETHNICITY, Dimension.ETHNIC_GROUP,
            Dimension.SEX,
            Dimension.STAGE, Dimension.COHORT);

    public static final ReportFilter NONE = new ReportFilter(Map.of());

    public ReportFilter {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        values.forEach((d, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(v)));
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The filter from request parameters (each a comma-separated list, blank: no filter), checked for the report's
     * table and the reader.
     */
    public static ReportFilter parse(Map<String, String> parameters, Dimension.Source report, boolean guest,
                                     Validation v) {
        Map<Dimension, Set<String>> values = new EnumMap<>(Dimension.class);
        for (Dimension d : FILTERS) {
            String text = parameters.get(d.apiName());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!d.in(report)) {
                v.add(d.apiName(), "validation.report.dimension", Map.of("value", d.apiName()));
                continue;
            }
            if (guest && d.personal()) {
                v.add(d.apiName(), "validation.report.personal", Map.of("value", d.apiName()));
                continue;
            }
            Set<String> kept = new LinkedHashSet<>();
            for (String value : text.split(",")) {
                String s = value.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (numeric(d) && !s.matches("\\d{1,18}")) {
                    v.add(d.apiName(), "validation.report.identifier", Map.of("value", s));
                    break;
                }
                kept.add(s);
            }
            values.put(d, kept);
        }
        return new ReportFilter(values);
    }

    /** The same, refused whole (422, every problem at its parameter) unless every filter is right. */
    public static ReportFilter of(Map<String, String> parameters, Dimension.Source report, boolean guest) {
        Validation v = Validation.start();
        ReportFilter filter = parse(parameters, report, guest, v);
        v.throwIfInvalid();
        return filter;
    }

    /** Dimensions whose values are row identifiers. */
    public static boolean numeric(Dimension d) {
        return d == Dimension.DISTRICT || d == Dimension.CLASS || d == Dimension.COHORT;
    }

    public ReportFilter with(Dimension d, String value) {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        copy.put(d, value == null ? Set.of() : Set.of(value));
        return new ReportFilter(copy);
    }

    public ReportFilter without(Dimension d) {
        return with(d, null);
    }

    public Set<String> get(Dimension d) {
        return values.getOrDefault(d, Set.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
