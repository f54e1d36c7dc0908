package vn.mtbbe.cohort.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.web.PlaceChoices;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ProvinceService;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /cohorts/list.xhtml}: the cohorts the caller may see, by province and school, each with its size and
 * where it stands this school year; ordered by school name in the reader's collation, then by start year.
 */
@Named
@ViewScoped
public class CohortList implements Serializable {

    /**
     * One cohort as the list shows it; {@code stageNow} is null before it starts and after grade 5; {@code continuesAt}
     * the school listed that took the cohort's children into grade 1, null where it started.
     */
    public record Row(long id, String schoolCode, String schoolName, String province, String startSchoolYear,
                      String entryStage, String programme, long pupils, String stageNow, boolean finished,
                      String continuesAt)
            implements Serializable {
    }

    @Inject
    PlaceChoices places;

    @Inject
    CohortService cohorts;

    @Inject
    ProvinceService provinces;

    @Inject
    ProgrammeService programmes;

    @Inject
    UserLocale userLocale;

    private String province;
    private String school;
    private List<Choice> provinceChoices;
    private List<Choice> schoolChoices;
    private List<Row> rows;

    @PostConstruct
    void init() {
        provinceChoices = places.provinces(userLocale.current());
    }

    /** After the address's filters ({@code ?province=&school=}) are read. */
    public void load() {
        loadSchoolChoices();
        reload();
    }

    public void provinceChanged() {
        school = null;
        loadSchoolChoices();
        reload();
    }

    public void reload() {
        ULocale locale = userLocale.current();
        Map<String, String> provinceNames = provinces.list(locale).stream()
                .collect(Collectors.toMap(ProvinceService.ProvinceName::code, ProvinceService.ProvinceName::name));
        int thisYear = programmes.currentSchoolYearStart();
        Collator collator = TextKeys.collator(locale);
        rows = cohorts.summaries(province, school).stream()
                .map(s -> row(s, provinceNames, thisYear))
                .sorted(Comparator.comparing(Row::schoolName, collator).thenComparing(Row::schoolCode)
                        .thenComparing(Row::startSchoolYear, Comparator.reverseOrder()))
                .toList();
    }

    private static Row row(CohortService.Summary summary, Map<String, String> provinceNames, int thisYear) {
        Cohort c = summary.cohort();
        Stage now = c.stageIn(thisYear).orElse(null);
        boolean finished = c.finishedBefore(thisYear);
        return new Row(c.getId(), c.getSchool().getCode(), c.getSchool().getName(),
                provinceNames.getOrDefault(c.getSchool().getProvinceCode(), c.getSchool().getProvinceCode()),
                SchoolYear.codeStarting(c.getStartYear()), c.getEntryStage().name(),
                c.getProgramme() == null ? null : c.getProgramme().getName(), summary.pupils(),
                now == null ? null : now.name(), finished,
                summary.receivedAt() == null ? null : summary.receivedAt().getName());
    }

    private void loadSchoolChoices() {
        schoolChoices = places.schools(province, userLocale.current());
    }

    public long getTotalPupils() {
        return rows == null ? 0 : rows.stream().mapToLong(Row::pupils).sum();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Choice> getSchoolChoices() {
        return schoolChoices;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }
}
