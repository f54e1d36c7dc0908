package vn.mtbbe.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.db.InList;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reporting completeness: for each class with pupils, the school days of a period up to today on which it was
 * expected to mark attendance and the days it did, by school (with its district and province), and the class-days
 * still missing, newest first. Read from the class-month rows that every save keeps and the provinces' calendars;
 * officers see their provinces, ministry staff every province.
 */
@ApplicationScoped
public class CompletenessService {

    /** A school's figures; {@code rate} = marked ÷ expected. */
    public record SchoolRow(String schoolCode, String schoolName, String districtName, String provinceCode, long expected,
                            long marked) {
        public double rate() {
            return expected == 0 ? 1.0 : (double) marked / expected;
        }
    }

    /** A class-day expected and not marked. */
    public record Missing(long classId, String className, String schoolCode, String schoolName, LocalDate date) {
    }

    public record Result(LocalDate from, LocalDate to, List<SchoolRow> schools, List<Missing> missing) {
        public long expected() {
            return schools.stream().mapToLong(SchoolRow::expected).sum();
        }

        public long marked() {
            return schools.stream().mapToLong(SchoolRow::marked).sum();
        }
    }

    /** The longest period asked at once (a school year and a little). */
    static final int MAX_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Inject
    Today today;

    /** Completeness of {@code province} (null: every province the caller may see) from {@code from} to {@code to}. */
    public Result completeness(String province, LocalDate from, LocalDate to) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        if (province != null && !scope.includes(province)) {
            throw AppException.notFound("error.notFound.province", province);
        }
        LocalDate last = to.isAfter(today.date()) ? today.date() : to;
        Validation.start().check(!to.isBefore(from), "to", "validation.report.period")
                .check(!to.isAfter(from.plusDays(MAX_DAYS)), "to", "validation.attendance.periodTooLong").throwIfInvalid();

        StringBuilder sql = new StringBuilder("SELECT c.id, c.name, c.school_year, s.code, s.name, s.province_code, d.name, "
                + "MIN(e.start_date), MAX(COALESCE(e.end_date, y.end_date)) FROM school_class c "
                + "JOIN school s ON s.id = c.school_id JOIN district d ON d.id = s.district_id "
                + "JOIN school_year y ON y.code = c.school_year JOIN enrolment e ON e.class_id = c.id "
                + "WHERE y.start_date <= ?1 AND y.end_date >= ?2");
        List<String> provinces = province != null ? List.of(province) : scope.all() ? List.of() : List.copyOf(scope.codes());
        InList inProvinces = new InList("s.province_code", provinces, 3);
        sql.append(inProvinces.sql()).append(" GROUP BY c.id, c.name, c.school_year, s.code, s.name, s.province_code, d.name");
        Query classes = inProvinces.bind(em.createNativeQuery(sql.toString()).setParameter(1, last).setParameter(2, from));

        StringBuilder marks = new StringBuilder("SELECT class_id, month_start, marked FROM attendance_class_month "
                + "WHERE month_start BETWEEN ?1 AND ?2");
        InList markedIn = new InList("province_code", provinces, 3);
        marks.append(markedIn.sql());
        Query marked = markedIn.bind(em.createNativeQuery(marks.toString()).setParameter(1, from.withDayOfMonth(1))
                .setParameter(2, last));
        Map<Long, Map<YearMonth, String>> markedByClass = new HashMap<>();
        for (Object row : marked.getResultList()) {
            Object[] r = (Object[]) row;
            markedByClass.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(YearMonth.from(date(r[1])), (String) r[2]);
        }

        Map<String, SchoolCalendar> calendarsByPlace = new HashMap<>();
        Map<String, SchoolRow> schools = new LinkedHashMap<>();
        List<Missing> missing = new ArrayList<>();
        if (last.isBefore(from)) {
            return new Result(from, to, List.of(), List.of());
        }
        for (Object row : classes.getResultList()) {
            Object[] r = (Object[]) row;
            long classId = ((Number) r[0]).longValue();
            String schoolYear = (String) r[2];
            String provinceCode = (String) r[5];
            SchoolCalendar calendar = calendarsByPlace.computeIfAbsent(provinceCode + "/" + schoolYear,
                    k -> calendars.schoolCalendar(provinceCode, schoolYear));
            LocalDate start = max(from, date(r[7]));
            LocalDate end = min(last, date(r[8]));
            if (calendar == null || end.isBefore(start)) {
                continue;
            }
            Map<YearMonth, String> classMarks = markedByClass.getOrDefault(classId, Map.of());
            long expected = 0;
            long done = 0;
            for (LocalDate day : calendar.schoolDaysBetween(start, end)) {
                expected++;
                String month = classMarks.get(YearMonth.from(day));
                if (month != null && month.charAt(day.getDayOfMonth() - 1) == AttendanceStore.MARKED) {
                    done++;
                } else {
                    missing.add(new Missing(classId, (String) r[1], (String) r[3], (String) r[4], day));
                }
            }
            long e = expected;
            long m = done;
            schools.merge((String) r[3], new SchoolRow((String) r[3], (String) r[4], (String) r[6], provinceCode, e, m),
                    (a, b) -> new SchoolRow(a.schoolCode(), a.schoolName(), a.districtName(), a.provinceCode(),
                            a.expected() + b.expected(), a.marked() + b.marked()));
        }
        missing.sort(Comparator.comparing(Missing::date).reversed().thenComparing(Missing::schoolCode)
                .thenComparing(Missing::className));
        List<SchoolRow> rows = new ArrayList<>(schools.values());
        rows.sort(Comparator.comparing(SchoolRow::provinceCode).thenComparing(SchoolRow::districtName)
                .thenComparing(SchoolRow::schoolCode));
        return new Result(from, last, rows, missing);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
