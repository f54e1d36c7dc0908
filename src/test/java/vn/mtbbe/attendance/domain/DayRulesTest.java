package vn.mtbbe.attendance.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.Validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DayRulesTest {

    // 2025-10-13 is a Monday; the 15th a holiday of this calendar; the 18th (Saturday) made up.
    static final SchoolCalendar CALENDAR = new SchoolCalendar(LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 29),
            Map.of(LocalDate.of(2025, 10, 15), "Nghỉ bão"), Map.of(LocalDate.of(2025, 10, 18), "Học bù"));
    static final LocalDate MONDAY = LocalDate.of(2025, 10, 13);
    static final LocalDate TODAY = LocalDate.of(2025, 10, 20);
    static final Set<String> ENROLLED = Set.of("A1", "A2", "A3");

    @Test
    void oneKnownMarkForEachEnrolledPupilIsAccepted() {
        Validation v = Validation.start();
        Map<String, Mark> marks = DayRules.check(v, "marks", CALENDAR, MONDAY, TODAY, ENROLLED, List.of(
                new DayRules.Submitted("A1", "PRESENT", null),
                new DayRules.Submitted(" A2 ", "absent_excused", "illness"),
                new DayRules.Submitted("A3", "LATE", "")));
        assertTrue(v.isValid(), () -> v.errors().toString());
        assertEquals(Map.of("A1", Mark.PRESENT, "A2", new Mark(Status.ABSENT_EXCUSED, Reason.ILLNESS), "A3", Mark.LATE), marks);
    }

    @Test
    void aFutureDayAHolidayAndAWeekendTakeNoMarks() {
        assertEquals("validation.attendance.future", DayRules.dayProblem(CALENDAR, TODAY.plusDays(1), TODAY));
        assertEquals("validation.attendance.notSchoolDay", DayRules.dayProblem(CALENDAR, LocalDate.of(2025, 10, 15), TODAY));
        assertEquals("validation.attendance.notSchoolDay", DayRules.dayProblem(CALENDAR, LocalDate.of(2025, 10, 19), TODAY));
        assertNull(DayRules.dayProblem(CALENDAR, LocalDate.of(2025, 10, 18), TODAY), "a make-up Saturday");
        assertNull(DayRules.dayProblem(CALENDAR, TODAY, TODAY), "today itself");

        Validation v = Validation.start();
        DayRules.check(v, "marks", CALENDAR, LocalDate.of(2025, 10, 15), TODAY, ENROLLED, List.of());
        assertEquals(List.of("date"), v.errors().stream().map(FieldError::field).toList(), "one error, for the day");
    }

    @Test
    void everyBrokenRuleIsReportedAtItsField() {
        Validation v = Validation.start();
        DayRules.check(v, "marks", CALENDAR, MONDAY, TODAY, ENROLLED, List.of(
                new DayRules.Submitted("A1", "PRESENT", null),
                new DayRules.Submitted("A1", "LATE", null),
                new DayRules.Submitted("B9", "PRESENT", null),
                new DayRules.Submitted("A2", "SLEEPING", null),
                new DayRules.Submitted(null, "PRESENT", null)));
        Validation w = Validation.start();
        DayRules.check(w, "marks", CALENDAR, MONDAY, TODAY, ENROLLED, List.of(
                new DayRules.Submitted("A1", "LATE", "ILLNESS"),
                new DayRules.Submitted("A2", "ABSENT_EXCUSED", "BORED"),
                new DayRules.Submitted("A3", "", null)));
        assertEquals(List.of(
                "marks[1].pupil validation.attendance.duplicatePupil",
                "marks[2].pupil validation.attendance.notEnrolled",
                "marks[3].status validation.attendance.unknownStatus",
                "marks[4].pupil validation.required",
                "marks validation.attendance.missingPupil"), describe(v));
        assertEquals(List.of(
                "marks[0].reason validation.attendance.reasonOnlyExcused",
                "marks[1].reason validation.attendance.unknownReason",
                "marks[2].status validation.required"), describe(w));
    }

    private static List<String> describe(Validation v) {
        return v.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
    }
}
