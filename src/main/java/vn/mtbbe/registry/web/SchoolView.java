package vn.mtbbe.registry.web;

import com.ibm.icu.util.ULocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.programme.web.TransitionRow;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.registry.service.ReferenceNames;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /schools/view.xhtml?code=...&year=...}: a school's details; for officers of the province and ministry
 * staff also its classes of a school year with where each stands in the transition, and its cohorts.
 * Administrators see the details only (classes and cohorts lead to children's data).
 */
@Named
@ViewScoped
public class SchoolView implements Serializable {

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Inject
    CohortService cohorts;

    @Inject
    InstructionService instruction;

    @Inject
    ProgrammeService programmes;

    @Inject
    ProvinceService provinces;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    vn.mtbbe.registry.service.PupilService pupils;

    private String code;
    private String year;
    private Details school;
    private boolean classesShown;
    private List<String> years = List.of();
    private List<ClassRow> classRows = List.of();
    private List<CohortRow> cohortRows = List.of();
    private List<ArrivalRow> arrivalRows = List.of();

    /** The school as the page shows it, with codes already named in the reader's language. */
    public record Details(String code, String name, String nativeName, String languageCode, String province,
                          String district, String level, String designation, String programmeLanguage,
                          String programmeName) implements Serializable {
    }

    /** A class of the school year and where it stands: status is an {@link InstructionService.Status} name. */
    public record ClassRow(long id, String stage, String name, long pupils, String status, boolean switchingYear,
                           String switchingSubjects) implements Serializable {
    }

    /** A child transferred to the school and in none of its classes yet. */
    public record ArrivalRow(String code, String vietnameseName, String fromSchool, java.time.LocalDate leftOn)
            implements Serializable {
    }

    /** A cohort of the school; {@code startedAt} the preschool where a cohort the school took into grade 1 started. */
    public record CohortRow(long id, String startYear, String entryStage, long pupils, String startedAt) implements Serializable {
    }

    public void load() {
        if (code == null || code.isBlank()) {
            throw AppException.notFound("error.notFound.school", "");
        }
        ULocale locale = userLocale.current();
        School s = schools.get(code.strip());
        code = s.getCode();
        String province = provinces.list(locale).stream().filter(p -> p.code().equals(s.getProvinceCode()))
                .map(ProvinceService.ProvinceName::name).findFirst().orElse(s.getProvinceCode());
        String programme = s.getProgrammeId() == null ? null
                : programmes.find(s.getProgrammeId()).map(Programme::getName).orElse(null);
        school = new Details(s.getCode(), s.getName(), s.getNativeName(), s.getProgrammeLanguage(), province,
                s.getDistrict().getName(), s.getLevel().name(), s.getDesignation().name(),
                names.name(RefName.Kind.LANGUAGE, s.getProgrammeLanguage(), locale, s.getProgrammeLanguage()), programme);
        classesShown = currentUser.hasRole(Role.OFFICER, Role.MINISTRY);
        if (classesShown) {
            String current = SchoolYear.codeStarting(programmes.currentSchoolYearStart());
            years = new ArrayList<>(classes.years(code));
            if (!years.contains(current)) {
                years.add(0, current);
                years.sort(Comparator.reverseOrder());
            }
            if (year == null || !years.contains(year)) {
                year = current;
            }
            yearChanged();
            cohortRows = cohorts.summaries(null, code).stream()
                    .map(row -> new CohortRow(row.cohort().getId(), SchoolYear.codeStarting(row.cohort().getStartYear()),
                            row.cohort().getEntryStage().name(), row.pupils(),
                            row.receivedAt() == null ? null : row.cohort().getSchool().getName()))
                    .toList();
        }
        if (currentUser.hasRole(Role.OFFICER)) {
            arrivalRows = pupils.arrivals(code).stream().map(a -> new ArrivalRow(a.pupil().getCode(),
                    a.pupil().getVietnameseName(), a.left().getSchoolClass().getSchool().getName(), a.left().getEndDate()))
                    .toList();
        }
    }

    public List<ArrivalRow> getArrivals() {
        return arrivalRows;
    }

    /** The classes of the year chosen. */
    public void yearChanged() {
        ULocale locale = userLocale.current();
        List<InstructionService.ClassPlan> plans = instruction.plans(code, year);
        Map<Long, Long> counts = classes.pupilCounts(plans.stream().map(p -> p.schoolClass().getId()).toList());
        classRows = plans.stream().map(p -> new ClassRow(p.schoolClass().getId(), p.schoolClass().getStage().name(),
                p.schoolClass().getName(), counts.getOrDefault(p.schoolClass().getId(), 0L), p.status().name(),
                p.switchingYear(), TransitionRow.switchingText(p, names, locale))).toList();
    }

    public Details getSchool() {
        return school;
    }

    public boolean isClassesShown() {
        return classesShown;
    }

    public List<String> getYears() {
        return years;
    }

    public List<ClassRow> getClasses() {
        return classRows;
    }

    public List<CohortRow> getCohorts() {
        return cohortRows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
