package vn.mtbbe.attendance.domain;

import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.platform.error.Validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a class-day's marks keep: the day is a school day of the class's calendar and not in the future, and
 * there is exactly one known mark for each pupil enrolled in the class that day, and none for anybody else. Every
 * broken rule is reported against the field that breaks it ({@code marks[i].pupil}, {@code marks[i].status} ...), so
 * a page or an API client can point at it.
 */
public final class DayRules {

    /**
     * A mark as submitted: codes and names as text, still to be checked. {@code field} is where its errors are
     * reported (null: at the list's field and the mark's index).
     */
    public record Submitted(String pupil, String status, String reason, String field) {

        public Submitted(String pupil, String status, String reason) {
            this(pupil, status, reason, null);
        }
    }

    private DayRules() {
    }

    /** Whether marks may be entered for {@code day} at all; the message key of the refusal, or null. */
    public static String dayProblem(SchoolCalendar calendar, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            return "validation.attendance.future";
        }
        if (!calendar.isSchoolDay(day)) {
            return "validation.attendance.notSchoolDay";
        }
        return null;
    }

    /**
     * Checks the marks of {@code day} against the pupils {@code enrolled} that day (their codes) and returns them by
     * pupil code, in the order given. {@code prefix} is the field path of the day's marks (e.g. {@code marks}).
     */
    public static Map<String, Mark> check(Validation v, String prefix, SchoolCalendar calendar, LocalDate day,
                                          LocalDate today, Set<String> enrolled, List<Submitted> marks) {
        Map<String, Mark> result = new LinkedHashMap<>();
        String dayProblem = dayProblem(calendar, day, today);
        if (dayProblem != null) {
            v.add("date", dayProblem, Map.of("date", day));
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            Submitted s = marks.get(i);
            String field = s != null && s.field() != null ? s.field() : prefix + "[" + i + "]";
            if (s == null || s.pupil() == null || s.pupil().isBlank()) {
                v.add(field + ".pupil", "validation.required");
                continue;
            }
            String pupil = s.pupil().strip();
            if (!seen.add(pupil)) {
                v.add(field + ".pupil", "validation.attendance.duplicatePupil", Map.of("pupil", pupil));
                continue;
            }
            if (!enrolled.contains(pupil)) {
                v.add(field + ".pupil", "validation.attendance.notEnrolled", Map.of("pupil", pupil, "date", day));
                continue;
            }
            Status status = parse(Status.class, s.status());
            if (status == null) {
                v.add(field + ".status", s.status() == null || s.status().isBlank() ? "validation.required"
                        : "validation.attendance.unknownStatus", Map.of("value", String.valueOf(s.status())));
                continue;
            }
            Reason reason = null;
            if (s.reason() != null && !s.reason().isBlank()) {
                reason = parse(Reason.class, s.reason());
                if (reason == null) {
                    v.add(field + ".reason", "validation.attendance.unknownReason", Map.of("value", s.reason()));
                    continue;
                }
                if (status != Status.ABSENT_EXCUSED) {
                    v.add(field + ".reason", "validation.attendance.reasonOnlyExcused");
                    continue;
                }
            }
            result.put(pupil, Mark.of(status, reason));
        }
        for (String pupil : enrolled) {
            if (!seen.contains(pupil)) {
                v.add(prefix, "validation.attendance.missingPupil", Map.of("pupil", pupil, "date", day));
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
