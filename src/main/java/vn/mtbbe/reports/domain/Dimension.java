package vn.mtbbe.reports.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a report can be grouped by, as the API names it ({@code groupBy=province,month}), and the column of the
 * summary tables that holds it. {@code personal} dimensions narrow a figure towards a school or a cohort of a few
 * children: delegation guests may not group by them.
 */
public enum Dimension {
    PROVINCE("province", "a.province_code", false),
    SCHOOL("school", "s.code", true),
    DESIGNATION("designation", "a.designation", false),
    PROGRAMME_LANGUAGE("programmeLanguage", "a.programme_language", false),
    ETHNICITY("ethnicity", "a.ethnicity_code", false),
    SEX("sex", "a.sex", false),
    STAGE("stage", "a.stage", false),
    COHORT("cohort", "a.cohort_id", true),
    MONTH("month", "a.month_start", false);

    private final String apiName;
    private final String column;
    private final boolean personal;

    Dimension(String apiName, String column, boolean personal) {
        this.apiName = apiName;
        this.column = column;
        this.personal = personal;
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
