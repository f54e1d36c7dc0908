package vn.mtbbe.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.db.Tags;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Attendance of a class, entered per class-day: officers mark their provinces' classes, ministry staff read them.
 * A save replaces the day's marks as one unit, checked whole by {@link DayRules} first, and is refused when the day
 * changed since the caller read it (its tag) unless it asks for exactly what is stored already, so a resend is harmless.
 */
@ApplicationScoped
public class AttendanceService {

    /** A pupil of the class as the entry needs them; the native name is written in the mother tongue. */
    public record Line(long id, String code, String nativeName, String vietnameseName, Sex sex, String motherTongue) {
    }

    /**
     * A class-day: the pupils enrolled that day (by code), their marks (none for a day never marked), why the day
     * takes no marks (a message key, or null) and the tag that names this state of it.
     */
    public record ClassDay(SchoolClass schoolClass, LocalDate date, String dayProblem, boolean marked,
                           List<Line> pupils, Map<String, Mark> marks, String tag) {
    }

    /**
     * A class-month: the month's school days, the pupils enrolled any day of it (each with the days they were),
     * their marks by day, the days marked, and the tag that names this state of it.
     */
    public record ClassMonth(SchoolClass schoolClass, YearMonth month, List<LocalDate> schoolDays, List<Line> pupils,
                             Map<String, Set<LocalDate>> enrolledDays, Map<String, Map<LocalDate, Mark>> marks,
                             Set<LocalDate> marked, String tag) {
    }

    /** One saved change of a class-day: who, when, and each changed pupil's mark before and after (codes, '.' none). */
    public record Change(java.time.Instant at, String username, Map<String, String> before, Map<String, String> after) {
    }

    /** A class, its school calendar and the days of a month it has marked. */
    public record Overview(SchoolClass schoolClass, SchoolCalendar calendar, Set<LocalDate> marked) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.mtbbe.platform.metrics.AppMetrics metrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Inject
    AttendanceStore store;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** The class-day; 404 for a class outside the caller's provinces. */
    @Transactional
    public ClassDay classDay(long classId, LocalDate date) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolClass schoolClass = scoped(em.find(SchoolClass.class, classId), classId);
        return read(schoolClass, date, calendar(schoolClass));
    }

    /** The class's school calendar and the days of {@code month} it has marked. */
    @Transactional
    public Overview overview(long classId, YearMonth month) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolClass schoolClass = scoped(em.find(SchoolClass.class, classId), classId);
        return new Overview(schoolClass, calendar(schoolClass), markedDays(store.classMonth(classId, month).orElse(null), month));
    }

    /**
     * Replaces the class-day's marks; {@code basedOnTag} is the tag of the day the caller read (null: whatever is
     * stored; {@link IfMatch#ANY}: any marks, as long as the day was marked). 412 when the day changed since, 422 with every broken rule; nothing written either way.
     */
    @Transactional
    public ClassDay saveClassDay(long classId, LocalDate date, List<DayRules.Submitted> marks, String basedOnTag) {
        // The class's lock comes first: saves of a class take turns, and every read after it is current.
        SchoolClass schoolClass = scoped(em.find(SchoolClass.class, classId, LockModeType.PESSIMISTIC_WRITE), classId);
        AppUser caller = currentUser.require(Role.OFFICER);
        SchoolCalendar calendar = calendar(schoolClass);
        YearMonth month = YearMonth.from(date);
        List<Line> pupils = pupilsOn(classId, date);
        Set<LocalDate> markedDays = markedDays(store.classMonth(classId, month).orElse(null), month);
        Map<Long, MonthMarks> old = store.marks(classId, month);
        ClassDay before = day(schoolClass, date, calendar, pupils, markedDays.contains(date), old);

        Validation v = Validation.start();
        Set<String> enrolled = before.pupils().stream().map(Line::code).collect(Collectors.toSet());
        Map<String, Mark> submitted = DayRules.check(v, "marks", calendar, date, today.date(), enrolled,
                marks == null ? List.of() : marks);
        if (before.marked() && submitted.equals(before.marks()) && v.isValid()) {
            return before;
        }
        boolean stale = IfMatch.ANY.equals(basedOnTag) ? !before.marked()
                : basedOnTag != null && !basedOnTag.equals(before.tag());
        if (stale) {
            throw AppException.stale();
        }
        v.throwIfInvalid();

        Map<Long, MonthMarks> now = new HashMap<>(old);
        Map<String, Object> changedFrom = new TreeMap<>();
        Map<String, Object> changedTo = new TreeMap<>();
        for (Line pupil : before.pupils()) {
            Mark mark = submitted.get(pupil.code());
            Mark was = before.marks().get(pupil.code());
            if (!Objects.equals(mark, was)) {
                changedFrom.put(pupil.code(), describe(was));
                changedTo.put(pupil.code(), describe(mark));
            }
            now.put(pupil.id(), now.getOrDefault(pupil.id(), MonthMarks.empty(month)).with(date, mark));
        }
        markedDays.add(date);
        store.write(schoolClass, month, old, now, markedDays);
        metrics.attendanceSaved(false);
        audit.record(caller.getUsername(), before.marked() ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE,
                "ClassDay", classId + "/" + date, before.marked() ? changedFrom : null, changedTo);
        return day(schoolClass, date, calendar, pupils, true, now);
    }

    /** The saved changes of a class-day, oldest first, from the audit log. */
    public List<Change> history(long classId, LocalDate date) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        scoped(em.find(SchoolClass.class, classId), classId);
        return audit.history("ClassDay", classId + "/" + date).stream()
                .map(e -> new Change(e.getAt(), e.getUsername(), codes(e.getBefore()), codes(e.getAfter()))).toList();
    }

    /** An audit state of a class-day (pupil → "STATUS" or "STATUS REASON") as mark codes. */
    private static Map<String, String> codes(String json) {
        Map<String, String> codes = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return codes;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            reader.readObject().forEach((pupil, value) -> {
                if (value.getValueType() != jakarta.json.JsonValue.ValueType.STRING) {
                    codes.put(pupil, String.valueOf(Mark.NONE));
                    return;
                }
                String[] parts = ((jakarta.json.JsonString) value).getString().split(" ");
                Mark mark = Mark.of(vn.mtbbe.attendance.domain.Status.valueOf(parts[0]),
                        parts.length > 1 ? vn.mtbbe.attendance.domain.Reason.valueOf(parts[1]) : null);
                codes.put(pupil, String.valueOf(mark.code()));
            });
        }
        return codes;
    }

    /** For each day from {@code first} to {@code last}, the codes of the pupils enrolled in the class that day. */
    Map<LocalDate, Set<String>> enrolledByDay(long classId, LocalDate first, LocalDate last) {
        Map<LocalDate, Set<String>> days = new HashMap<>();
        for (Enrolled e : enrolled(classId, first, last)) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (e.activeOn(d)) {
                    days.computeIfAbsent(d, k -> new java.util.HashSet<>()).add(e.line().code());
                }
            }
        }
        return days;
    }

    /**
     * Writes class-days of one class-month that the caller has checked ({@link DayRules}) and whose class it holds
     * locked: each replaces that day's marks; audited per class-day as a save is. The number of marks changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int writeDays(String username, SchoolClass schoolClass, YearMonth month, Map<LocalDate, Map<String, Mark>> days) {
        long classId = schoolClass.getId();
        Map<String, Long> ids = new HashMap<>();
        enrolled(classId, month.atDay(1), month.atEndOfMonth()).forEach(e -> ids.put(e.line().code(), e.line().id()));
        Set<LocalDate> markedDays = markedDays(store.classMonth(classId, month).orElse(null), month);
        Map<Long, MonthMarks> old = store.marks(classId, month);
        Map<Long, MonthMarks> now = new HashMap<>(old);
        int changed = 0;
        for (Map.Entry<LocalDate, Map<String, Mark>> day : days.entrySet()) {
            LocalDate date = day.getKey();
            Map<String, Object> from = new TreeMap<>();
            Map<String, Object> to = new TreeMap<>();
            Set<Long> written = new java.util.HashSet<>();
            for (Map.Entry<String, Mark> mark : day.getValue().entrySet()) {
                long pupil = ids.get(mark.getKey());
                written.add(pupil);
                MonthMarks m = now.getOrDefault(pupil, MonthMarks.empty(month));
                Mark was = m.get(date).orElse(null);
                if (!Objects.equals(was, mark.getValue())) {
                    from.put(mark.getKey(), describe(was));
                    to.put(mark.getKey(), describe(mark.getValue()));
                }
                now.put(pupil, m.with(date, mark.getValue()));
            }
            // Anybody else marked that day (no longer enrolled then) loses the mark: the day is replaced whole.
            for (Map.Entry<Long, MonthMarks> row : new HashMap<>(now).entrySet()) {
                MonthMarks m = row.getValue();
                if (!written.contains(row.getKey()) && m.get(date).isPresent()) {
                    String code = codeOf(ids, row.getKey());
                    from.put(code, describe(m.get(date).get()));
                    to.put(code, null);
                    now.put(row.getKey(), m.with(date, null));
                }
            }
            changed += to.size();
            if (!to.isEmpty() || !markedDays.contains(date)) {
                audit.record(username, markedDays.contains(date) ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE,
                        "ClassDay", classId + "/" + date, markedDays.contains(date) ? from : null, to);
            }
            markedDays.add(date);
        }
        store.write(schoolClass, month, old, now, markedDays);
        return changed;
    }

    /** The code of a pupil of the class-month, or of any pupil (one who is no longer enrolled in it). */
    private String codeOf(Map<String, Long> ids, long pupilId) {
        return ids.entrySet().stream().filter(e -> e.getValue() == pupilId).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> em.createQuery("SELECT p.code FROM Pupil p WHERE p.id = :id", String.class)
                        .setParameter("id", pupilId).getSingleResult());
    }

    /**
     * Takes a pupil's marks in a class after {@code end} (the day they left) out of the class-days that hold them, the
     * other pupils' marks kept: inside the transaction that records the departure. The number of marks taken out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeAfter(String username, long classId, long pupilId, LocalDate end) {
        YearMonth first = YearMonth.from(end);
        if (!store.hasMarksFrom(classId, pupilId, first)) {
            // Nothing to take out (the usual case): the class is not locked, so a departure waits for no save.
            return 0;
        }
        SchoolClass schoolClass = em.find(SchoolClass.class, classId, LockModeType.PESSIMISTIC_WRITE);
        int removed = 0;
        for (YearMonth month : store.classMonths(classId, first, first.plusYears(1)).keySet()) {
            Map<Long, MonthMarks> stored = store.marks(classId, month);
            MonthMarks leaving = stored.get(pupilId);
            if (leaving == null) {
                continue;
            }
            Map<Long, String> codes = new HashMap<>();
            enrolled(classId, month.atDay(1), month.atEndOfMonth()).forEach(e -> codes.put(e.line().id(), e.line().code()));
            Map<LocalDate, Map<String, Mark>> days = new TreeMap<>();
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                if (!day.isAfter(end) || leaving.get(day).isEmpty()) {
                    continue;
                }
                Map<String, Mark> others = new TreeMap<>();
                stored.forEach((pupil, marks) -> {
                    if (pupil != pupilId && codes.containsKey(pupil)) {
                        marks.get(day).ifPresent(mark -> others.put(codes.get(pupil), mark));
                    }
                });
                days.put(day, others);
                removed++;
            }
            if (!days.isEmpty()) {
                writeDays(username, schoolClass, month, days);
            }
        }
        return removed;
    }

    /** The class-month; 404 for a class outside the caller's provinces. */
    @Transactional
    public ClassMonth classMonth(long classId, YearMonth month) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolClass schoolClass = scoped(em.find(SchoolClass.class, classId), classId);
        return readMonth(schoolClass, month, calendar(schoolClass));
    }

    /**
     * Replaces the marks of a class-month as one unit: {@code marks} by day, each day's marks checked as a class-day's
     * are; a day with no mark in {@code marks} is left unmarked. {@code basedOnTag} as for a class-day.
     */
    @Transactional
    public ClassMonth saveClassMonth(long classId, YearMonth month, Map<LocalDate, List<DayRules.Submitted>> marks,
                                     String basedOnTag) {
        SchoolClass schoolClass = scoped(em.find(SchoolClass.class, classId, LockModeType.PESSIMISTIC_WRITE), classId);
        AppUser caller = currentUser.require(Role.OFFICER);
        SchoolCalendar calendar = calendar(schoolClass);
        ClassMonth before = readMonth(schoolClass, month, calendar);

        Validation v = Validation.start();
        Map<LocalDate, Map<String, Mark>> submitted = new TreeMap<>();
        for (Map.Entry<LocalDate, List<DayRules.Submitted>> day : new TreeMap<>(marks).entrySet()) {
            LocalDate date = day.getKey();
            String problem = YearMonth.from(date).equals(month) ? DayRules.dayProblem(calendar, date, today.date())
                    : "validation.attendance.otherMonth";
            if (problem != null) {
                v.add("days." + date, problem, Map.of("date", date));
                continue;
            }
            Set<String> enrolled = before.pupils().stream()
                    .filter(p -> before.enrolledDays().get(p.code()).contains(date)).map(Line::code)
                    .collect(Collectors.toSet());
            submitted.put(date, DayRules.check(v, "days." + date, calendar, date, today.date(), enrolled, day.getValue()));
        }
        Map<String, Map<LocalDate, Mark>> after = new HashMap<>();
        submitted.forEach((date, byPupil) -> byPupil.forEach((pupil, mark) ->
                after.computeIfAbsent(pupil, k -> new TreeMap<>()).put(date, mark)));
        if (v.isValid() && submitted.keySet().equals(before.marked()) && sameMarks(before.marks(), after)) {
            return before;
        }
        boolean stale = IfMatch.ANY.equals(basedOnTag) ? before.marked().isEmpty()
                : basedOnTag != null && !basedOnTag.equals(before.tag());
        if (stale) {
            throw AppException.stale();
        }
        v.throwIfInvalid();

        Map<Long, MonthMarks> old = store.marks(classId, month);
        Map<Long, MonthMarks> now = new HashMap<>();
        for (Line pupil : before.pupils()) {
            MonthMarks m = MonthMarks.empty(month);
            for (Map.Entry<LocalDate, Mark> e : after.getOrDefault(pupil.code(), Map.of()).entrySet()) {
                m = m.with(e.getKey(), e.getValue());
            }
            now.put(pupil.id(), m);
        }
        store.write(schoolClass, month, old, now, submitted.keySet());
        metrics.attendanceSaved(true);
        Set<LocalDate> days = new TreeSet<>(before.marked());
        days.addAll(submitted.keySet());
        for (LocalDate date : days) {
            Map<String, Object> from = new TreeMap<>();
            Map<String, Object> to = new TreeMap<>();
            for (Line pupil : before.pupils()) {
                Mark was = before.marks().getOrDefault(pupil.code(), Map.of()).get(date);
                Mark is = after.getOrDefault(pupil.code(), Map.of()).get(date);
                if (!Objects.equals(was, is)) {
                    from.put(pupil.code(), describe(was));
                    to.put(pupil.code(), describe(is));
                }
            }
            if (!to.isEmpty()) {
                boolean existed = before.marked().contains(date);
                audit.record(caller.getUsername(), !existed ? AuditLog.Action.CREATE
                                : submitted.containsKey(date) ? AuditLog.Action.UPDATE : AuditLog.Action.DELETE,
                        "ClassDay", classId + "/" + date, existed ? from : null, submitted.containsKey(date) ? to : null);
            }
        }
        return readMonth(schoolClass, month, calendar);
    }

    private static boolean sameMarks(Map<String, Map<LocalDate, Mark>> a, Map<String, Map<LocalDate, Mark>> b) {
        Map<String, Map<LocalDate, Mark>> left = new HashMap<>(a);
        left.values().removeIf(Map::isEmpty);
        Map<String, Map<LocalDate, Mark>> right = new HashMap<>(b);
        right.values().removeIf(Map::isEmpty);
        return left.equals(right);
    }

    private ClassMonth readMonth(SchoolClass schoolClass, YearMonth month, SchoolCalendar calendar) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<LocalDate> schoolDays = calendar == null ? List.of() : calendar.schoolDays(month);
        Map<String, Set<LocalDate>> enrolledDays = new HashMap<>();
        Map<String, Line> lines = new TreeMap<>();
        for (Enrolled e : enrolled(schoolClass.getId(), first, last)) {
            Set<LocalDate> days = enrolledDays.computeIfAbsent(e.line().code(), k -> new TreeSet<>());
            schoolDays.stream().filter(e::activeOn).forEach(days::add);
            lines.putIfAbsent(e.line().code(), e.line());
        }
        List<Line> pupils = List.copyOf(lines.values());
        Set<LocalDate> marked = markedDays(store.classMonth(schoolClass.getId(), month).orElse(null), month);
        Map<Long, MonthMarks> stored = marked.isEmpty() ? Map.of() : store.marks(schoolClass.getId(), month);
        Map<String, Map<LocalDate, Mark>> marks = new LinkedHashMap<>();
        StringBuilder state = new StringBuilder(schoolClass.getId() + "|" + month);
        marked.forEach(d -> state.append('|').append(d.getDayOfMonth()));
        for (Line pupil : pupils) {
            MonthMarks m = stored.get(pupil.id());
            Map<LocalDate, Mark> byDay = new TreeMap<>();
            if (m != null) {
                for (LocalDate d : marked) {
                    m.get(d).ifPresent(mark -> byDay.put(d, mark));
                }
            }
            marks.put(pupil.code(), byDay);
            state.append('|').append(pupil.code()).append('=').append(m == null ? "" : m.text());
        }
        return new ClassMonth(schoolClass, month, schoolDays, pupils, enrolledDays, marks, marked, Tags.of(state));
    }

    private ClassDay read(SchoolClass schoolClass, LocalDate date, SchoolCalendar calendar) {
        YearMonth month = YearMonth.from(date);
        AttendanceStore.ClassMonth classMonth = store.classMonth(schoolClass.getId(), month).orElse(null);
        boolean marked = classMonth != null && classMonth.isMarked(date);
        return day(schoolClass, date, calendar, pupilsOn(schoolClass.getId(), date), marked,
                marked ? store.marks(schoolClass.getId(), month) : Map.of());
    }

    /** The class-day as {@code stored} (the class-month's marks by pupil id) holds it. */
    private ClassDay day(SchoolClass schoolClass, LocalDate date, SchoolCalendar calendar, List<Line> pupils,
                         boolean marked, Map<Long, MonthMarks> stored) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        if (marked) {
            for (Line pupil : pupils) {
                MonthMarks m = stored.get(pupil.id());
                if (m != null) {
                    m.get(date).ifPresent(mark -> marks.put(pupil.code(), mark));
                }
            }
        }
        String problem = calendar == null ? "validation.attendance.notSchoolDay"
                : DayRules.dayProblem(calendar, date, today.date());
        StringBuilder state = new StringBuilder(schoolClass.getId() + "|" + date + "|" + marked);
        pupils.forEach(p -> state.append('|').append(p.code()).append('=')
                .append(marks.containsKey(p.code()) ? marks.get(p.code()).code() : Mark.NONE));
        return new ClassDay(schoolClass, date, problem, marked, pupils, marks, Tags.of(state));
    }

    /** A pupil's time in the class, as far as attendance needs it. */
    private record Enrolled(Line line, LocalDate start, LocalDate end) {
        boolean activeOn(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    /** The pupils enrolled in the class on {@code date}, by code. */
    private List<Line> pupilsOn(long classId, LocalDate date) {
        return enrolled(classId, date, date).stream().filter(e -> e.activeOn(date)).map(Enrolled::line).distinct()
                .sorted(Comparator.comparing(Line::code)).toList();
    }

    /** The class's enrolments that overlap {@code first} to {@code last}: read as values, no entity is built. */
    private List<Enrolled> enrolled(long classId, LocalDate first, LocalDate last) {
        return em.createNamedQuery("Enrolment.linesInClassBetween", Object[].class)
                .setParameter("classId", classId).setParameter("first", first).setParameter("last", last)
                .getResultList().stream()
                .map(r -> new Enrolled(new Line((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Sex) r[4], (String) r[7]),
                        (LocalDate) r[5], (LocalDate) r[6]))
                .toList();
    }

    private static Set<LocalDate> markedDays(AttendanceStore.ClassMonth classMonth, YearMonth month) {
        Set<LocalDate> days = new TreeSet<>();
        if (classMonth != null) {
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                if (classMonth.isMarked(month.atDay(d))) {
                    days.add(month.atDay(d));
                }
            }
        }
        return days;
    }

    private static String describe(Mark mark) {
        return mark == null ? null : mark.reason() == null ? mark.status().name() : mark.status() + " " + mark.reason();
    }

    private SchoolCalendar calendar(SchoolClass schoolClass) {
        return calendars.schoolCalendar(schoolClass.getSchool().getProvinceCode(), schoolClass.getSchoolYear());
    }

    private SchoolClass scoped(SchoolClass schoolClass, long id) {
        if (schoolClass == null || !currentUser.scope().includes(schoolClass.getSchool().getProvinceCode())) {
            throw AppException.notFound("error.notFound.class", id);
        }
        return schoolClass;
    }
}
