package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.web.PlaceChoices;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /classes/departures.xhtml?year=...&province=...}: the classes whose recorded practice departs from
 * their plan in a school year, one row per departing subject and semester. Officers see their provinces,
 * ministry staff all or one.
 */
@Named
@ViewScoped
public class Departures implements Serializable {

    @Inject
    PlaceChoices places;

    @Inject
    InstructionService instruction;

    @Inject
    ClassService classes;

    @Inject
    ProgrammeService programmes;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private String year;
    private String province;
    private List<String> years;
    private List<Choice> provinceChoices;
    private List<Row> rows;
    private long classCount;
    private long schoolCount;

    /** One subject and semester of a departing class. */
    public record Row(long classId, String province, String schoolCode, String schoolName, String className,
                      String stage, String subjectName, int semester, String planned, String actual)
            implements Serializable {
    }

    public void load() {
        ULocale locale = userLocale.current();
        provinceChoices = places.provinces(locale);
        String current = SchoolYear.codeStarting(programmes.currentSchoolYearStart());
        years = new ArrayList<>(classes.years());
        if (!years.contains(current)) {
            years.add(0, current);
        }
        if (year == null || !years.contains(year)) {
            year = current;
        }
        province = Where.given(province);
        if (province != null && provinceChoices.stream().noneMatch(c -> c.value().equals(province))) {
            province = null;
        }
        search();
    }

    /** The year or province changed: the report again. */
    public void search() {
        ULocale locale = userLocale.current();
        Map<String, String> provinceNames = provinceChoices.stream().collect(Collectors.toMap(Choice::value, Choice::label));
        List<InstructionService.ClassPlan> plans = instruction.departures(year, Where.given(province));
        List<Row> found = new ArrayList<>();
        for (InstructionService.ClassPlan plan : plans) {
            SchoolClass c = plan.schoolClass();
            for (InstructionService.Line line : plan.lines()) {
                if (line.departs()) {
                    String p = c.getSchool().getProvinceCode();
                    found.add(new Row(c.getId(), provinceNames.getOrDefault(p, p), c.getSchool().getCode(),
                            c.getSchool().getName(), c.getName(), c.getStage().name(),
                            names.name(RefName.Kind.SUBJECT, line.subject(), locale, line.subject()), line.semester(),
                            line.planned() == null ? null : line.planned().name(), line.actual().name()));
                }
            }
        }
        rows = found;
        classCount = plans.size();
        schoolCount = plans.stream().map(p -> p.schoolClass().getSchool().getCode()).distinct().count();
    }

    /** Ministry staff (and officers of several provinces) choose a province; an officer of one sees theirs. */
    public boolean isProvinceChoice() {
        return provinceChoices.size() > 1;
    }

    public List<String> getYears() {
        return years;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getClassCount() {
        return classCount;
    }

    public long getSchoolCount() {
        return schoolCount;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
