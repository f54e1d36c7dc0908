package vn.mtbbe.attendance.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthMarksTest {

    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Test
    void everyMarkIsStoredAsOneCharacterAndReadBack() {
        MonthMarks marks = MonthMarks.empty(FEBRUARY);
        int day = 1;
        for (Status status : Status.values()) {
            marks = marks.with(FEBRUARY.atDay(day++), Mark.of(status, null));
        }
        for (Reason reason : Reason.values()) {
            marks = marks.with(FEBRUARY.atDay(day++), Mark.of(Status.ABSENT_EXCUSED, reason));
        }
        assertEquals("PEULIFSWO......................", marks.text());
        MonthMarks read = MonthMarks.parse(FEBRUARY, marks.text());
        assertEquals(marks, read);
        assertEquals(Optional.of(new Mark(Status.ABSENT_EXCUSED, Reason.SEASONAL_WORK)), read.get(FEBRUARY.atDay(7)));
        assertEquals(Optional.empty(), read.get(FEBRUARY.atDay(28)));
    }

    @Test
    void countsSplitTheMarkedDaysAndLateIsAttended() {
        MonthMarks marks = MonthMarks.parse(FEBRUARY, "PPLU.IE" + ".".repeat(24));
        MonthMarks.Counts c = marks.counts();
        assertEquals(new MonthMarks.Counts(6, 2, 1, 2, 1), c);
        assertEquals(3, c.attended());
        assertEquals(new MonthMarks.Counts(12, 4, 2, 4, 2), c.plus(c));
    }

    @Test
    void clearingTheLastMarkLeavesAnEmptyMonth() {
        LocalDate day = FEBRUARY.atDay(10);
        MonthMarks marks = MonthMarks.empty(FEBRUARY).with(day, Mark.LATE);
        assertNotEquals(MonthMarks.empty(FEBRUARY), marks);
        assertTrue(marks.with(day, null).isEmpty());
        assertEquals(MonthMarks.empty(FEBRUARY), marks.with(day, null));
    }

    @Test
    void storedTextIsCheckedWhole() {
        assertThrows(IllegalArgumentException.class, () -> MonthMarks.parse(FEBRUARY, "P"), "too short");
        assertThrows(IllegalArgumentException.class, () -> MonthMarks.parse(FEBRUARY, "X" + ".".repeat(30)), "unknown code");
        assertThrows(IllegalArgumentException.class, () -> MonthMarks.parse(FEBRUARY, ".".repeat(28) + "P.."),
                "29 February 2026 does not exist");
        assertThrows(IllegalArgumentException.class, () -> MonthMarks.empty(FEBRUARY).with(LocalDate.of(2026, 3, 1), Mark.PRESENT),
                "a day of another month");
        assertThrows(IllegalArgumentException.class, () -> new Mark(Status.LATE, Reason.ILLNESS));
    }
}
