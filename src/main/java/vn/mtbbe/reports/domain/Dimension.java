package vn.mtbbe.reports.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a report can be grouped and filtered by, as the API names it ({@code groupBy=province,month},
 * {@code province=10}), and the column of the summary tables that holds it. {@code personal} dimensions narrow a figure
 * towards a school, a class or a cohort of a few children: delegation guests may neither group nor filter by them.
 */
public enum Dimension {
    PROVINCE("province", "a.province_code", false, Source.ALL),
    DISTRICT("district", "a.district_id", false, Source.ALL),
    SCHOOL("school", "s.code", true, Source.ALL),
    CLASS("class", "a.class_id", true, Source.ALL),
    DESIGNATION("designation", "a.designation", false, Source.ALL),
    PROGRAMME_LANGUAGE("programmeLanguage", "a.programme_language", false, Source.ALL),
    ETHNICITY("ethnicity", "a.ethnicity_code", false, Source.ALL),
    /** Ethnic-minority or Kinh (the majority group, marked so in the reference data) pupils: the equity gap. */
    ETHNIC_GROUP("ethnicGroup", "CASE WHEN a.ethnicity_code = '" + Dimension.MAJORITY_CODE + "' THEN 'MAJORITY' ELSE 'MINORITY' END",
            false, Source.ALL),
    SEX("sex", "a.sex", false, Source.ALL),
    STAGE("stage", "a.stage", false, Source.ALL),
    COHORT("cohort", "a.cohort_id", true, Source.ALL),
    YEAR("year", "a.school_year", false, EnumSet.of(Source.FLOW)),
    MONTH("month", "a.month_start", false, EnumSet.of(Source.ATTENDANCE)),
    SITTING("sitting", "a.sitting_id", false, EnumSet.of(Source.ACHIEVEMENT)),
    ROUND("round", "a.round", false, EnumSet.of(Source.ACHIEVEMENT)),
    INSTRUMENT("instrument", "a.instrument_id", false, EnumSet.of(Source.ACHIEVEMENT)),
    SUBTASK("subtask", "a.subtask_id", false, EnumSet.of(Source.ACHIEVEMENT)),
    LANGUAGE("language", "a.language_code", false, EnumSet.of(Source.ACHIEVEMENT)),
    SKILL("skill", "a.skill", false, EnumSet.of(Source.ACHIEVEMENT));

    /** The ethnic group the reference data marks as the majority (V3: Kinh). */
    public static final String MAJORITY_CODE = "KINH";

    /** The summary tables a report reads: attendance_summary, achievement_summary, flow_summary. */
    public enum Source {
        ATTENDANCE, ACHIEVEMENT, FLOW;

        static final Set<Source> ALL = EnumSet.allOf(Source.class);
    }

    private final String apiName;
    private final String column;
    private final boolean personal;
    private final Set<Source> sources;

    Dimension(String apiName, String column, boolean personal, Set<Source> sources) {
        this.apiName = apiName;
        this.column = column;
        this.personal = personal;
        this.sources = sources;
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
            Dimension d = of(name).filter(x -> x.in(report)).orElse(null);
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

    /** Whether the report's summary table has this dimension. */
    public boolean in(Source report) {
        return sources.contains(report);
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
