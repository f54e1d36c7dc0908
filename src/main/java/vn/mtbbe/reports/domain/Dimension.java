package vn.mtbbe.reports.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a report can be grouped by, as the API names it ({@code groupBy=province,month}), and the column of the
 * summary tables that holds it. {@code personal} dimensions narrow a figure towards a school or a cohort of a few
 * children: delegation guests may not group by them.
 */
public enum Dimension {
    PROVINCE("province", "a.province_code", false, Source.BOTH),
    SCHOOL("school", "s.code", true, Source.BOTH),
    DESIGNATION("designation", "a.designation", false, Source.BOTH),
    PROGRAMME_LANGUAGE("programmeLanguage", "a.programme_language", false, Source.BOTH),
    ETHNICITY("ethnicity", "a.ethnicity_code", false, Source.BOTH),
    SEX("sex", "a.sex", false, Source.BOTH),
    STAGE("stage", "a.stage", false, Source.BOTH),
    COHORT("cohort", "a.cohort_id", true, Source.BOTH),
    MONTH("month", "a.month_start", false, Source.ATTENDANCE),
    SITTING("sitting", "a.sitting_id", false, Source.ACHIEVEMENT),
    ROUND("round", "a.round", false, Source.ACHIEVEMENT),
    INSTRUMENT("instrument", "a.instrument_id", false, Source.ACHIEVEMENT),
    SUBTASK("subtask", "a.subtask_id", false, Source.ACHIEVEMENT),
    LANGUAGE("language", "a.language_code", false, Source.ACHIEVEMENT),
    SKILL("skill", "a.skill", false, Source.ACHIEVEMENT);

    /** The summary table a dimension is a column of: attendance_summary, achievement_summary, or both. */
    public enum Source { ATTENDANCE, ACHIEVEMENT, BOTH }

    private final String apiName;
    private final String column;
    private final boolean personal;
    private final Source source;

    Dimension(String apiName, String column, boolean personal, Source source) {
        this.apiName = apiName;
        this.column = column;
        this.personal = personal;
        this.source = source;
    }

    /**
     * The dimensions named in a report's groupBy, each once, in order: a name unknown or of another report's table,
     * or (for guests) a personal one, is a problem at groupBy.
     */
    public static java.util.List<Dimension> parse(java.util.List<String> names, Source report, boolean guest,
                                                  vn.mtbbe.platform.error.Validation v) {
        java.util.List<Dimension> dimensions = new java.util.ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Dimension d = of(name).filter(x -> x.source == Source.BOTH || x.source == report).orElse(null);
            if (d == null) {
                v.add("groupBy", "validation.report.dimension", java.util.Map.of("value", name));
            } else if (guest && d.personal()) {
                v.add("groupBy", "validation.report.personal", java.util.Map.of("value", name));
            } else if (!dimensions.contains(d)) {
                dimensions.add(d);
            }
        }
        return dimensions;
    }

    public String apiName() {
        return apiName;
    }

    public String column() {
        return column;
    }

    public boolean personal() {
        return personal;
    }

    public static Optional<Dimension> of(String apiName) {
        String name = apiName == null ? "" : apiName.strip().toLowerCase(Locale.ROOT);
        for (Dimension d : values()) {
            if (d.apiName.toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
