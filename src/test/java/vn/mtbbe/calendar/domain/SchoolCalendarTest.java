package vn.mtbbe.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolCalendarTest {

    // September 2025: the 5th is a Friday.
    static final LocalDate FIRST = LocalDate.of(2025, 9, 5);
    static final LocalDate LAST = LocalDate.of(2025, 9, 30);

    @Test
    void weekdaysBetweenTheTermDatesAreSchoolDays() {
        SchoolCalendar calendar = new SchoolCalendar(FIRST, LAST, Map.of(), Map.of());
        assertEquals(18, calendar.schoolDays().size(), "5 Sep (Fri) and 16 weekdays from 8 to 30 Sep, less none");
        assertEquals(FIRST, calendar.schoolDays().get(0));
        assertFalse(calendar.isSchoolDay(LocalDate.of(2025, 9, 6)), "a Saturday");
        assertFalse(calendar.isSchoolDay(LocalDate.of(2025, 9, 4)), "before the first day");
        assertFalse(calendar.isSchoolDay(LocalDate.of(2025, 10, 1)), "after the last day");
    }

    @Test
    void holidaysAreTakenOutAndMakeUpDaysPutIn() {
        LocalDate storm = LocalDate.of(2025, 9, 22);
        LocalDate saturday = LocalDate.of(2025, 9, 27);
        SchoolCalendar calendar = new SchoolCalendar(FIRST, LAST, Map.of(storm, "Nghỉ học do bão"),
                Map.of(saturday, "Học bù"));
        assertFalse(calendar.isSchoolDay(storm));
        assertTrue(calendar.isSchoolDay(saturday));
        assertEquals(18, calendar.schoolDays().size(), "one day lost, one made up");
        assertEquals(List.of(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 30)),
                calendar.schoolDaysBetween(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 10)));
    }

    @Test
    void aMonthHasTheSchoolDaysOfTheYearInIt() {
        SchoolCalendar calendar = new SchoolCalendar(FIRST, LAST, Map.of(), Map.of());
        assertEquals(18, calendar.schoolDays(YearMonth.of(2025, 9)).size());
        assertEquals(List.of(), calendar.schoolDays(YearMonth.of(2025, 8)));
    }

    @Test
    void daysThatCannotBeHolidaysOrMakeUpDays() {
        SchoolCalendar calendar = new SchoolCalendar(FIRST, LAST, Map.of(), Map.of());
        assertEquals(Optional.of(SchoolCalendar.Problem.OUTSIDE_TERM), calendar.holidayProblem(LocalDate.of(2025, 8, 29), "Nghỉ"));
        assertEquals(Optional.of(SchoolCalendar.Problem.NAME_MISSING), calendar.holidayProblem(LocalDate.of(2025, 9, 8), " "));
        assertEquals(Optional.empty(), calendar.holidayProblem(LocalDate.of(2025, 9, 8), "Nghỉ"));
        assertEquals(Optional.of(SchoolCalendar.Problem.MAKE_UP_ON_WEEKDAY), calendar.makeUpProblem(LocalDate.of(2025, 9, 8), "Học bù"));
        assertEquals(Optional.empty(), calendar.makeUpProblem(LocalDate.of(2025, 9, 13), "Học bù"));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(LAST, FIRST, Map.of(), Map.of()));
    }
}
