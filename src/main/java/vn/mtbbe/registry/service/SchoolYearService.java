package vn.mtbbe.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The school years and their dates: anyone but delegation guests reads them; ministry staff (and administrators) open a
 * new one and correct the dates of one, which must stay within its own two calendar years, not overlap another year,
 * and keep every enrolment and attendance mark of the year inside it.
 */
@ApplicationScoped
public class SchoolYearService {

    /** The dates submitted for a year: ISO dates. */
    @Schema(name = "SchoolYearDates", description = "A school year's code and its first and last day (ISO dates)",
            example = """
            {"code": "2027-2028", "startDate": "2027-09-05", "endDate": "2028-05-31"}""")
    public record YearDates(String code, String startDate, String endDate) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public List<SchoolYear> list() {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        return em.createNamedQuery("SchoolYear.findAll", SchoolYear.class).getResultList();
    }

    public SchoolYear get(String code) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        SchoolYear year = code == null ? null : em.find(SchoolYear.class, code.strip());
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", code);
        }
        return year;
    }

    /** The year after the last one, with the usual dates (5 September to 31 May), as the page proposes it. */
    public YearDates proposal() {
        List<SchoolYear> years = list();
        int start = years.isEmpty() ? LocalDate.now().getYear() : years.get(years.size() - 1).startYear() + 1;
        return new YearDates(SchoolYear.codeStarting(start), LocalDate.of(start, 9, 5).toString(),
                LocalDate.of(start + 1, 5, 31).toString());
    }

    @Transactional
    public SchoolYear open(YearDates input) {
        AppUser caller = currentUser.require(Role.MINISTRY, Role.ADMIN);
        Validation v = Validation.start();
        String code = input.code() == null ? "" : input.code().strip();
        if (!SchoolYear.isValidCode(code)) {
            v.add("code", code.isEmpty() ? "validation.required" : "validation.schoolYear");
        }
        LocalDate[] dates = dates(input, v);
        if (v.isValid()) {
            checkDates(code, dates[0], dates[1], v);
        }
        v.throwIfInvalid();
        if (em.find(SchoolYear.class, code) != null) {
            throw AppException.conflict("error.conflict.schoolYear", code);
        }
        SchoolYear year = new SchoolYear(code, dates[0], dates[1]);
        em.persist(year);
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "SchoolYear", code, null, ClassService.yearState(year));
        return year;
    }

    /** New dates for a year; {@code expectedTag} (when given) must be {@link #tag} of the year as read. */
    @Transactional
    public SchoolYear update(String code, YearDates input, String expectedTag) {
        AppUser caller = currentUser.require(Role.MINISTRY, Role.ADMIN);
        SchoolYear year = get(code);
        if (expectedTag != null && !expectedTag.equals(tag(year))) {
            throw AppException.stale();
        }
        Validation v = Validation.start();
        LocalDate[] dates = dates(input, v);
        if (v.isValid()) {
            checkDates(year.getCode(), dates[0], dates[1], v);
        }
        if (v.isValid()) {
            long outside = em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.schoolClass.schoolYear = :year"
                            + " AND (e.startDate < :first OR e.startDate > :last)", Long.class)
                    .setParameter("year", year.getCode()).setParameter("first", dates[0]).setParameter("last", dates[1])
                    .getSingleResult();
            Number marked = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attendance_month a JOIN school_class c"
                            + " ON c.id = a.class_id WHERE c.school_year = ? AND (a.month_start < ? OR a.month_start > ?)")
                    .setParameter(1, year.getCode()).setParameter(2, dates[0].withDayOfMonth(1))
                    .setParameter(3, dates[1]).getSingleResult();
            if (outside > 0 || marked.longValue() > 0) {
                v.add("startDate", "validation.schoolYear.recordsOutside",
                        Map.of("enrolments", outside, "months", marked.longValue()));
            }
        }
        v.throwIfInvalid();
        Map<String, Object> before = ClassService.yearState(year);
        year.setDates(dates[0], dates[1]);
        Map<String, Object> after = ClassService.yearState(year);
        if (!after.equals(before)) {
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "SchoolYear", year.getCode(), before, after);
        }
        return year;
    }

    /** What the dates of a year were when read: its ETag. */
    public static String tag(SchoolYear year) {
        return year.getStartDate() + "_" + year.getEndDate();
    }

    private static LocalDate[] dates(YearDates input, Validation v) {
        LocalDate[] dates = new LocalDate[2];
        String[] given = {input.startDate(), input.endDate()};
        String[] fields = {"startDate", "endDate"};
        for (int i = 0; i < 2; i++) {
            if (given[i] == null || given[i].isBlank()) {
                v.add(fields[i], "validation.required");
                continue;
            }
            try {
                dates[i] = LocalDate.parse(given[i].strip());
            } catch (DateTimeParseException e) {
                v.add(fields[i], "validation.date");
            }
        }
        return dates;
    }

    /** A year runs within its own two calendar years, from its start to its end, and overlaps no other year. */
    private void checkDates(String code, LocalDate start, LocalDate end, Validation v) {
        int first = Integer.parseInt(code.substring(0, 4));
        if (start.getYear() != first || end.getYear() != first + 1 || !start.isBefore(end)) {
            v.add("endDate", "validation.schoolYear.dates", Map.of("first", first, "last", first + 1));
            return;
        }
        long overlapping = em.createQuery("SELECT COUNT(y) FROM SchoolYear y WHERE y.code <> :code"
                        + " AND y.startDate <= :end AND y.endDate >= :start", Long.class)
                .setParameter("code", code).setParameter("start", start).setParameter("end", end).getSingleResult();
        if (overlapping > 0) {
            v.add("startDate", "validation.schoolYear.overlap");
        }
    }
}
