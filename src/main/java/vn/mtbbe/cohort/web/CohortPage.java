package vn.mtbbe.cohort.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.domain.CohortFlow;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.domain.Subject;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.registry.service.ReferenceNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /cohorts/view.xhtml?id=}: one cohort — where it stands in the language transition this school year
 * (stage, the language of each subject now and next year, whether this is a switching year), and its flow over
 * the years (started, promoted, repeated, transferred, dropped out, completed), per grade, by sex and by
 * ethnicity. Officers of the cohort's province and ministry staff; anyone else gets 404.
 */
@Named
@RequestScoped
public class CohortPage {

    /**
     * One subject in the transition status: its language in semesters 1 and 2, this year and next (mode names,
     * null where not taught), and how it changes this year and next ({@link Schedule.Change} names), from the
     * schedule's {@link Schedule.SubjectOutlook} as on the class and pupil pages.
     */
    public record SubjectStatus(String subject, String name, boolean core, String now1, String now2, String next1,
                                String next2, String thisYear, String nextYear) {

        static SubjectStatus of(Schedule.SubjectOutlook outlook, String name, boolean core) {
            return new SubjectStatus(outlook.subject(), name, core, mode(outlook.now1()), mode(outlook.now2()),
                    mode(outlook.next1()), mode(outlook.next2()), outlook.thisYear().name(), outlook.nextYear().name());
        }

        public boolean isSwitchesNow() {
            return Schedule.Change.SWITCHES.name().equals(thisYear);
        }

        public boolean isSwitchesNext() {
            return Schedule.Change.SWITCHES.name().equals(nextYear);
        }

        public boolean isSplitNow() {
            return now1 != null && !now1.equals(now2);
        }

        public boolean isSplitNext() {
            return next1 != null && !next1.equals(next2);
        }
    }

    /**
     * One row of a flow table: counts and rates of a school year (of one group when {@code group} is set);
     * {@code firstOfYear} marks the first row of a year in a table cut by groups.
     */
    public record FlowRow(String schoolYear, String stage, String group, boolean firstOfYear, int enrolled,
                          int promoted, int repeated, int transferred, int droppedOut, int completed,
                          double promotionRate, double repetitionRate, double dropoutRate) {

        static FlowRow of(CohortFlow.Year y, String group, boolean firstOfYear) {
            return new FlowRow(y.schoolYear(), y.stage() == null ? null : y.stage().name(), group, firstOfYear,
                    y.enrolled(), y.promoted(), y.repeated(), y.transferred(), y.droppedOut(), y.completed(),
                    y.promotionRate(), y.repetitionRate(), y.dropoutRate());
        }

        /** Pupils whose enrolment of the year is still open (the year is under way or not rolled over yet). */
        public int getOpen() {
            return Math.max(0, enrolled - promoted - repeated - transferred - droppedOut - completed);
        }

        /** Whether every enrolment of the year has ended, so that its rates are final. */
        public boolean isClosed() {
            return getOpen() == 0;
        }

        /** Width in per cent of {@code count} in the bar of the year. */
        public double width(int count) {
            return enrolled == 0 ? 0 : Math.round(count * 1000.0 / enrolled) / 10.0;
        }
    }

    @Inject
    CohortService cohorts;

    @Inject
    ProgrammeService programmes;

    @Inject
    ProvinceService provinces;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private String id;
    private Cohort cohort;
    private int pupils;
    private String province;
    private ScheduleVersion version;
    private int thisYear;
    private Stage stageNow;
    private List<SubjectStatus> subjects = List.of();
    private List<String> switchingNow = List.of();
    private List<String> switchingNext = List.of();
    private List<FlowRow> years = List.of();
    private List<FlowRow> byGrade = List.of();
    private List<FlowRow> bySex = List.of();
    private List<FlowRow> byEthnicity = List.of();
    private List<Double> parity = List.of();

    public void load() {
        long cohortId;
        try {
            cohortId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.cohort", String.valueOf(id));
        }
        ULocale locale = userLocale.current();
        CohortService.Report report = cohorts.report(cohortId);
        cohort = report.cohort();
        pupils = report.pupils();
        province = provinces.list(locale).stream().filter(p -> p.code().equals(cohort.getSchool().getProvinceCode()))
                .map(ProvinceService.ProvinceName::name).findFirst().orElse(cohort.getSchool().getProvinceCode());
        thisYear = programmes.currentSchoolYearStart();
        stageNow = cohort.stageIn(thisYear).orElse(null);
        version = cohort.getProgramme() == null ? null
                : programmes.inForce(cohort.getProgramme(), cohort.getStartYear()).orElse(null);
        if (version != null && stageNow != null) {
            transition(version.schedule(), locale);
        }
        years = report.years().stream().map(y -> FlowRow.of(y, null, true)).toList();
        byGrade = report.byGrade().stream().map(y -> FlowRow.of(y, null, true)).toList();
        Collator collator = TextKeys.collator(locale);
        bySex = byGroup(report.bySex(), sex -> sex, Comparator.naturalOrder());
        byEthnicity = byGroup(report.byEthnicity(),
                code -> names.name(RefName.Kind.ETHNICITY, code, locale, code), collator);
        parity = report.years().stream().map(y -> parity(report.bySex(), y.schoolYear())).toList();
    }

    private void transition(Schedule schedule, ULocale locale) {
        subjects = statuses(schedule, stageNow, programmes.subjects(),
                code -> names.name(RefName.Kind.SUBJECT, code, locale, code));
        switchingNow = subjects.stream().filter(SubjectStatus::isSwitchesNow).map(SubjectStatus::name).toList();
        switchingNext = subjects.stream().filter(SubjectStatus::isSwitchesNext).map(SubjectStatus::name).toList();
    }

    /**
     * The subjects (in the curriculum's order) taught at {@code stage} or the stage after it, with their languages
     * and changes by the schedule's {@link Schedule#outlook}, named by {@code name}.
     */
    public static List<SubjectStatus> statuses(Schedule schedule, Stage stage, List<Subject> curriculum,
                                               Function<String, String> name) {
        Map<String, Boolean> core = new LinkedHashMap<>();
        curriculum.forEach(s -> core.put(s.getCode(), s.isCore()));
        return schedule.outlook(stage, core.keySet()).stream()
                .map(o -> SubjectStatus.of(o, name.apply(o.subject()), core.get(o.subject()))).toList();
    }

    private static String mode(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }

    /** The rows of a flow cut by groups: year by year, the groups of a year in the given order of their labels. */
    private static List<FlowRow> byGroup(Map<String, List<CohortFlow.Year>> groups,
                                         Function<String, String> label, Comparator<? super String> order) {
        List<FlowRow> rows = new ArrayList<>();
        groups.forEach((group, list) -> list.forEach(y -> rows.add(FlowRow.of(y, label.apply(group), false))));
        rows.sort(Comparator.comparing(FlowRow::schoolYear).thenComparing(FlowRow::group, order));
        List<FlowRow> marked = new ArrayList<>(rows.size());
        String year = null;
        for (FlowRow r : rows) {
            marked.add(new FlowRow(r.schoolYear(), r.stage(), r.group(), !r.schoolYear().equals(year), r.enrolled(),
                    r.promoted(), r.repeated(), r.transferred(), r.droppedOut(), r.completed(), r.promotionRate(),
                    r.repetitionRate(), r.dropoutRate()));
            year = r.schoolYear();
        }
        return marked;
    }

    /** Gender parity index of the promotion rate in a year (girls' rate ÷ boys' rate); null when undefined. */
    private static Double parity(Map<String, List<CohortFlow.Year>> bySex, String schoolYear) {
        Optional<CohortFlow.Year> girls = bySex.getOrDefault("F", List.of()).stream().filter(y -> y.schoolYear().equals(schoolYear)).findFirst();
        Optional<CohortFlow.Year> boys = bySex.getOrDefault("M", List.of()).stream().filter(y -> y.schoolYear().equals(schoolYear)).findFirst();
        if (girls.isEmpty() || boys.isEmpty() || boys.get().promotionRate() == 0 || girls.get().promoted() + boys.get().promoted() == 0) {
            return null;
        }
        return girls.get().promotionRate() / boys.get().promotionRate();
    }

    public Double parityOf(int index) {
        return index < parity.size() ? parity.get(index) : null;
    }

    public String getStartSchoolYear() {
        return SchoolYear.codeStarting(cohort.getStartYear());
    }

    public String getThisSchoolYear() {
        return SchoolYear.codeStarting(thisYear);
    }

    public String getNextStage() {
        return stageNow == null ? null : stageNow.next().map(Stage::name).orElse(null);
    }

    public boolean isFinished() {
        return cohort.finishedBefore(thisYear);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public int getPupils() {
        return pupils;
    }

    public String getProvince() {
        return province;
    }

    public ScheduleVersion getVersion() {
        return version;
    }

    public String getStageNow() {
        return stageNow == null ? null : stageNow.name();
    }

    public List<SubjectStatus> getSubjects() {
        return subjects;
    }

    public List<String> getSwitchingNow() {
        return switchingNow;
    }

    public List<String> getSwitchingNext() {
        return switchingNext;
    }

    public List<FlowRow> getYears() {
        return years;
    }

    public List<FlowRow> getByGrade() {
        return byGrade;
    }

    public List<FlowRow> getBySex() {
        return bySex;
    }

    public List<FlowRow> getByEthnicity() {
        return byEthnicity;
    }
}
