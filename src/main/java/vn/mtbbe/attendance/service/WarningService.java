package vn.mtbbe.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.db.InList;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Early warning: the pupils and classes of the running school year whose attendance over their last school days
 * (20 unless configured) is under the thresholds (80 % for a pupil, 70 % for a class unless configured, or set for
 * the class's programme), the switching year flagged, since teaching moving to Vietnamese is when children are most
 * likely to drop out. Only marked days count; a pupil or class with fewer than half the window's days marked is not
 * judged (the completeness page shows what is missing).
 */
@ApplicationScoped
public class WarningService {

    public record PupilWarning(String pupil, String nativeName, String vietnameseName, long classId, String className,
                               String schoolName, double rate, int days, double threshold, boolean switchingYear) {
    }

    public record ClassWarning(long classId, String className, String schoolName, Stage stage, double rate, int days,
                               double threshold, boolean switchingYear) {
    }

    public record Result(List<PupilWarning> pupils, List<ClassWarning> classes, int window) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Inject
    ProgrammeService programmes;

    @Inject
    Today today;

    @Inject
    @ConfigProperty(name = "mtbbe.attendance.warning.pupil", defaultValue = "0.8")
    double pupilThreshold;

    @Inject
    @ConfigProperty(name = "mtbbe.attendance.warning.class", defaultValue = "0.7")
    double classThreshold;

    @Inject
    @ConfigProperty(name = "mtbbe.attendance.warning.days", defaultValue = "20")
    int window;

    private record ClassInfo(long id, String name, String schoolName, String province, Stage stage, Long programmeId,
                             Integer cohortStart, BigDecimal pupilRate, BigDecimal classRate) {
    }

    /** The thresholds that hold where a programme sets none: pupil, class (shares). */
    public double[] defaults() {
        return new double[]{pupilThreshold, classThreshold};
    }

    /** Warnings for {@code province} (null: every province the caller may see). */
    public Result warnings(String province) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        if (province != null && !scope.includes(province)) {
            throw AppException.notFound("error.notFound.province", province);
        }
        String year = SchoolYear.codeStarting(today.schoolYearStart());
        List<String> provinces = province != null ? List.of(province) : scope.all() ? List.of() : List.copyOf(scope.codes());
        StringBuilder sql = new StringBuilder("SELECT c.id, c.name, s.name, s.province_code, c.stage, p.id, h.start_year, "
                + "p.warning_pupil_rate, p.warning_class_rate FROM school_class c JOIN school s ON s.id = c.school_id "
                + "LEFT JOIN cohort h ON h.id = c.cohort_id LEFT JOIN programme p ON p.id = h.programme_id "
                + "WHERE c.school_year = ?1");
        InList classesIn = new InList("s.province_code", provinces, 2);
        sql.append(classesIn.sql());
        Query query = classesIn.bind(em.createNativeQuery(sql.toString()).setParameter(1, year));
        Map<Long, ClassInfo> classes = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            classes.put(((Number) r[0]).longValue(), new ClassInfo(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], Stage.valueOf((String) r[4]), r[5] == null ? null : ((Number) r[5]).longValue(),
                    r[6] == null ? null : ((Number) r[6]).intValue(), decimal(r[7]), decimal(r[8])));
        }
        if (classes.isEmpty()) {
            return new Result(List.of(), List.of(), window);
        }
        // Each province's last school days up to today: the window every class of it is judged on.
        Map<String, List<LocalDate>> windows = new HashMap<>();
        LocalDate earliest = today.date();
        for (String p : classes.values().stream().map(ClassInfo::province).distinct().toList()) {
            SchoolCalendar calendar = calendars.schoolCalendar(p, year);
            List<LocalDate> days = calendar == null ? List.of() : calendar.schoolDaysBetween(calendar.firstDay(), today.date());
            List<LocalDate> last = days.subList(Math.max(0, days.size() - window), days.size());
            windows.put(p, last);
            if (!last.isEmpty() && last.get(0).isBefore(earliest)) {
                earliest = last.get(0);
            }
        }
        StringBuilder marks = new StringBuilder("SELECT a.class_id, a.month_start, a.marks, p.code, p.native_name, "
                + "p.vietnamese_name FROM attendance_month a JOIN school_class c ON c.id = a.class_id "
                + "JOIN school s ON s.id = c.school_id JOIN pupil p ON p.id = a.pupil_id "
                + "WHERE c.school_year = ?1 AND a.month_start >= ?2");
        InList marksIn = new InList("s.province_code", provinces, 3);
        marks.append(marksIn.sql());
        Query rows = marksIn.bind(em.createNativeQuery(marks.toString()).setParameter(1, year)
                .setParameter(2, earliest.withDayOfMonth(1)));

        Map<String, int[]> pupilCounts = new HashMap<>();
        Map<String, Object[]> pupilInfo = new HashMap<>();
        Map<Long, int[]> classCounts = new HashMap<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            long classId = ((Number) r[0]).longValue();
            ClassInfo info = classes.get(classId);
            if (info == null) {
                continue;
            }
            YearMonth month = YearMonth.from(r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1]);
            MonthMarks m = MonthMarks.parse(month, (String) r[2]);
            String key = classId + "/" + r[3];
            int[] counts = pupilCounts.computeIfAbsent(key, k -> new int[2]);
            int[] total = classCounts.computeIfAbsent(classId, k -> new int[3]);
            pupilInfo.putIfAbsent(key, r);
            for (LocalDate day : windows.get(info.province())) {
                if (YearMonth.from(day).equals(month)) {
                    Optional<Mark> mark = m.get(day);
                    if (mark.isPresent()) {
                        counts[0]++;
                        total[0]++;
                        if (mark.get().status().attended()) {
                            counts[1]++;
                            total[1]++;
                        }
                    }
                }
            }
            total[2] = Math.max(total[2], counts[0]);
        }
        Map<String, Boolean> switching = new HashMap<>();
        List<PupilWarning> pupils = new ArrayList<>();
        pupilCounts.forEach((key, c) -> {
            long classId = Long.parseLong(key.substring(0, key.indexOf('/')));
            ClassInfo info = classes.get(classId);
            double threshold = info.pupilRate() == null ? pupilThreshold : info.pupilRate().doubleValue();
            if (c[0] * 2 >= windows.get(info.province()).size() && c[0] > 0 && (double) c[1] / c[0] < threshold) {
                Object[] r = pupilInfo.get(key);
                pupils.add(new PupilWarning((String) r[3], (String) r[4], (String) r[5], classId, info.name(), info.schoolName(),
                        (double) c[1] / c[0], c[0], threshold, switching(info, switching)));
            }
        });
        List<ClassWarning> classWarnings = new ArrayList<>();
        classCounts.forEach((classId, c) -> {
            ClassInfo info = classes.get(classId);
            double threshold = info.classRate() == null ? classThreshold : info.classRate().doubleValue();
            // Judged like a pupil: on at least half the window's days marked (its most marked pupil's days).
            if (c[2] * 2 >= windows.get(info.province()).size() && c[0] > 0 && (double) c[1] / c[0] < threshold) {
                classWarnings.add(new ClassWarning(classId, info.name(), info.schoolName(), info.stage(), (double) c[1] / c[0],
                        c[2], threshold, switching(info, switching)));
            }
        });
        // The switching year first, then the lowest attendance.
        pupils.sort(Comparator.comparing((PupilWarning w) -> !w.switchingYear()).thenComparingDouble(PupilWarning::rate));
        classWarnings.sort(Comparator.comparing((ClassWarning w) -> !w.switchingYear()).thenComparingDouble(ClassWarning::rate));
        return new Result(pupils, classWarnings, window);
    }

    /** Whether the class's stage is where its programme's schedule (in force for its cohort) moves teaching. */
    private boolean switching(ClassInfo info, Map<String, Boolean> known) {
        if (info.programmeId() == null || info.cohortStart() == null) {
            return false;
        }
        return known.computeIfAbsent(info.programmeId() + "/" + info.cohortStart() + "/" + info.stage(), k ->
                programmes.find(info.programmeId()).flatMap(p -> programmes.inForce(p, info.cohortStart()))
                        .map(v -> v.schedule().isSwitchingStage(info.stage(), programmes.coreSubjects())).orElse(false));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
