package vn.mtbbe.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.calendar.domain.CalendarDay;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.platform.db.Tags;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Province;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * School calendars: every signed-in role but delegation guests reads them (officers their own provinces); ministry
 * staff change the national holidays, and ministry staff or the province's officers the province's own holidays
 * and make-up days. A change replaces the whole list it edits, as one unit, and is refused when the calendar
 * changed since the caller read it (its tag).
 */
@ApplicationScoped
public class CalendarService {

    /** A holiday or make-up day as submitted. */
    @Schema(name = "CalendarEntry", example = """
            {"date": "2026-12-07", "name": "Nghỉ học do lũ"}""")
    public record Entry(LocalDate date, String name) {
    }

    /**
     * Fired inside a calendar change for the days it takes out of the school days of {@code scope} (a province, or
     * {@link CalendarDay#NATIONAL} for every province): an observer that holds records on one of them adds an error
     * for its field, and the change is refused whole.
     */
    public record SchoolDaysWithdrawn(String scope, String schoolYear, Map<LocalDate, String> fields, Validation validation) {
    }

    /** A province's calendar for a school year, with its entries and the tag that names this state of it. */
    public record View(String province, SchoolYear year, SchoolCalendar calendar, List<CalendarDay> entries, String tag) {
    }

    static final int NAME_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<SchoolDaysWithdrawn> schoolDaysWithdrawn;

    /** The calendar of {@code province} for {@code schoolYear}; 404 for a province outside the caller's. */
    public View calendar(String province, String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        Province place = province(province);
        return view(place.getCode(), year(schoolYear));
    }

    /** The codes of the school years that have a calendar, newest first. */
    public List<String> years() {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        return em.createQuery("SELECT DISTINCT d.schoolYear FROM CalendarDay d ORDER BY d.schoolYear DESC", String.class)
                .getResultList();
    }

    /** The national holidays of {@code schoolYear} (no province's own days). */
    public View national(String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        return view(CalendarDay.NATIONAL, year(schoolYear));
    }

    /**
     * Replaces the province's own holidays and make-up days of {@code schoolYear}; {@code basedOnTag} is the tag of
     * the calendar the caller edited.
     */
    @Transactional
    public View saveProvince(String province, String schoolYear, List<Entry> holidays, List<Entry> makeUpDays,
                             String basedOnTag) {
        // The lock comes first: what it reads, and every read after it, is current (also on REPEATABLE READ).
        SchoolYear year = lockedYear(schoolYear);
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        String code = province(province).getCode();
        return replace(caller, code, year, holidays, makeUpDays, basedOnTag);
    }

    /** Replaces the national holidays of {@code schoolYear} (ministry staff). */
    @Transactional
    public View saveNational(String schoolYear, List<Entry> holidays, String basedOnTag) {
        SchoolYear year = lockedYear(schoolYear);
        AppUser caller = currentUser.require(Role.MINISTRY);
        return replace(caller, CalendarDay.NATIONAL, year, holidays, List.of(), basedOnTag);
    }

    private View replace(AppUser caller, String scope, SchoolYear year, List<Entry> holidays, List<Entry> makeUpDays,
                         String basedOnTag) {
        View before = view(scope, year);
        if (!before.tag().equals(basedOnTag)) {
            throw AppException.stale();
        }
        SchoolCalendar term = new SchoolCalendar(year.getStartDate(), year.getEndDate(), Map.of(), Map.of());
        Validation v = Validation.start();
        Set<LocalDate> seen = new HashSet<>();
        check(v, "holidays", holidays, seen, term::holidayProblem);
        check(v, "makeUpDays", makeUpDays, seen, term::makeUpProblem);
        v.throwIfInvalid();

        List<CalendarDay> old = em.createNamedQuery("CalendarDay.findByYearAndScopes", CalendarDay.class)
                .setParameter("year", year.getCode()).setParameter("scopes", List.of(scope)).getResultList();
        old.forEach(em::remove);
        em.flush();
        holidays.forEach(e -> em.persist(new CalendarDay(year.getCode(), scope, e.date(), CalendarDay.Kind.HOLIDAY, e.name().strip())));
        makeUpDays.forEach(e -> em.persist(new CalendarDay(year.getCode(), scope, e.date(), CalendarDay.Kind.MAKE_UP, e.name().strip())));
        em.flush();
        View after = view(scope, year);
        Set<LocalDate> withdrawn = new java.util.TreeSet<>(before.calendar().schoolDays());
        withdrawn.removeAll(after.calendar().schoolDays());
        if (!withdrawn.isEmpty()) {
            // Days that stop being school days: refused where a class has attendance on them (the observers say).
            Map<LocalDate, String> fields = new LinkedHashMap<>();
            for (LocalDate day : withdrawn) {
                int i = indexOf(holidays, day);
                fields.put(day, i >= 0 ? "holidays[" + i + "].date" : "makeUpDays");
            }
            Validation marked = Validation.start();
            schoolDaysWithdrawn.fire(new SchoolDaysWithdrawn(scope, year.getCode(), fields, marked));
            marked.throwIfInvalid();
        }
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "SchoolCalendar", scope + "/" + year.getCode(),
                state(old), state(after.entries().stream().filter(d -> d.getScope().equals(scope)).toList()));
        return after;
    }

    private static int indexOf(List<Entry> entries, LocalDate day) {
        for (int i = 0; i < entries.size(); i++) {
            if (day.equals(entries.get(i).date())) {
                return i;
            }
        }
        return -1;
    }

    private static void check(Validation v, String list, List<Entry> entries, Set<LocalDate> seen,
                              BiFunction<LocalDate, String, Optional<SchoolCalendar.Problem>> rule) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String field = list + "[" + i + "]";
            if (e == null || e.date() == null) {
                v.add(field + ".date", "validation.required");
                continue;
            }
            if (e.name() != null && e.name().strip().length() > NAME_LENGTH) {
                v.add(field + ".name", "validation.tooLong", Map.of("max", NAME_LENGTH));
                continue;
            }
            Optional<SchoolCalendar.Problem> problem = rule.apply(e.date(), e.name());
            if (problem.isPresent()) {
                v.add(field + (problem.get() == SchoolCalendar.Problem.NAME_MISSING ? ".name" : ".date"),
                        problem.get().messageKey());
            } else if (!seen.add(e.date())) {
                v.add(field + ".date", "validation.calendar.twice");
            }
        }
    }

    /**
     * The school calendar that holds for a class of {@code province} in {@code schoolYear}, for services that have
     * checked the caller's right to the class already; null when the school year is unknown.
     */
    public SchoolCalendar schoolCalendar(String province, String schoolYear) {
        SchoolYear year = em.find(SchoolYear.class, schoolYear);
        return year == null ? null : view(province, year).calendar();
    }

    /** The calendar of a province (or, for {@link CalendarDay#NATIONAL}, the national days alone). */
    private View view(String scope, SchoolYear year) {
        List<String> scopes = scope.equals(CalendarDay.NATIONAL) ? List.of(CalendarDay.NATIONAL) : List.of(CalendarDay.NATIONAL, scope);
        List<CalendarDay> entries = em.createNamedQuery("CalendarDay.findByYearAndScopes", CalendarDay.class)
                .setParameter("year", year.getCode()).setParameter("scopes", scopes).getResultList();
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Map<LocalDate, String> makeUp = new LinkedHashMap<>();
        for (CalendarDay d : entries) {
            (d.getKind() == CalendarDay.Kind.HOLIDAY ? holidays : makeUp).putIfAbsent(d.getDay(), d.getName());
        }
        holidays.keySet().removeIf(d -> d.isBefore(year.getStartDate()) || d.isAfter(year.getEndDate()));
        SchoolCalendar calendar = new SchoolCalendar(year.getStartDate(), year.getEndDate(), holidays, makeUp);
        return new View(scope, year, calendar, entries, tag(year, entries));
    }

    /** Names this state of a calendar: its term dates and every entry it reads. */
    private static String tag(SchoolYear year, List<CalendarDay> entries) {
        StringBuilder text = new StringBuilder(year.getCode()).append('|').append(year.getStartDate()).append('|')
                .append(year.getEndDate());
        entries.stream().map(d -> d.getScope() + "/" + d.getDay() + "/" + d.getKind() + "/" + d.getName()).sorted()
                .forEach(s -> text.append('|').append(s));
        return Tags.of(text);
    }

    private static Map<String, Object> state(List<CalendarDay> days) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("days", days.stream().map(d -> d.getDay() + " " + d.getKind() + " " + d.getName()).sorted().toList());
        return state;
    }

    private Province province(String code) {
        Province province = code == null ? null : em.find(Province.class, code);
        if (province == null || !currentUser.scope().includes(province.getCode())) {
            throw AppException.notFound("error.notFound.province", code);
        }
        return province;
    }

    private SchoolYear year(String code) {
        SchoolYear year = code == null ? null : em.find(SchoolYear.class, code);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", code);
        }
        return year;
    }

    /** The school year, locked: the first statement of a change, so that changes of one year's calendars take turns. */
    private SchoolYear lockedYear(String code) {
        SchoolYear year = code == null ? null : em.find(SchoolYear.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", code);
        }
        return year;
    }
}
