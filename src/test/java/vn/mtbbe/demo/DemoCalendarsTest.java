package vn.mtbbe.demo;

import org.junit.jupiter.api.Test;
import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.calendar.domain.SchoolCalendar;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCalendarsTest {

    static final LocalDate FIRST = LocalDate.of(2025, 9, 5);
    static final LocalDate LAST = LocalDate.of(2026, 5, 31);

    @Test
    void tetIsPlacedOnItsRealDates() {
        SchoolCalendar laoCai = DemoCalendars.calendar("10", FIRST, LAST);
        LocalDate tet = LocalDate.of(2026, 2, 17);
        assertEquals(LunarDates.tet(2026), tet);
        for (LocalDate d = tet.minusDays(3); !d.isAfter(tet.plusDays(5)); d = d.plusDays(1)) {
            assertFalse(laoCai.isSchoolDay(d), d::toString);
        }
        assertTrue(laoCai.isSchoolDay(tet.minusDays(4)), "the Friday before the break");
        assertTrue(laoCai.isSchoolDay(tet.plusDays(6)), "back to school on Monday 23 February");
        assertEquals("Giỗ Tổ Hùng Vương", laoCai.holidays().get(LocalDate.of(2026, 4, 26)), "10th day of the 3rd month");
        assertFalse(laoCai.isSchoolDay(LocalDate.of(2026, 4, 30)));
        assertFalse(laoCai.isSchoolDay(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aSchoolYearHasTheWeekdaysOfItsTermsLessItsHolidays() {
        // 191 weekdays from Friday 5 September 2025 to Sunday 31 May 2026, less 1 January, the five weekdays of the
        // Tết break (16-20 February), 30 April and 1 May; the Hùng Kings' day (26 April) is a Sunday.
        assertEquals(191 - 8, DemoCalendars.calendar("10", FIRST, LAST).schoolDays().size());
    }

    @Test
    void provincesAddTheirOwnDays() {
        SchoolCalendar laoCai = DemoCalendars.calendar("10", FIRST, LAST);
        SchoolCalendar traVinh = DemoCalendars.calendar("84", FIRST, LAST);
        SchoolCalendar giaLai = DemoCalendars.calendar("64", FIRST, LAST);
        assertTrue(laoCai.isSchoolDay(LocalDate.of(2026, 4, 14)));
        assertFalse(traVinh.isSchoolDay(LocalDate.of(2026, 4, 14)), "Khmer New Year in Trà Vinh");
        assertEquals(laoCai.schoolDays().size() - 3, traVinh.schoolDays().size(), "14–16 April 2026 are weekdays");
        LocalDate storm = LocalDate.of(2025, 10, 6);
        assertFalse(giaLai.isSchoolDay(storm));
        assertTrue(giaLai.isSchoolDay(LocalDate.of(2025, 10, 11)), "made up on the Saturday after");
        assertEquals(laoCai.schoolDays().size(), giaLai.schoolDays().size(), "a day lost, a day made up");
    }
}
