package vn.mtbbe.calendar.domain;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LunarDatesTest {

    @Test
    void tetFallsOnTheDatesVietNamKept() {
        assertEquals(LocalDate.of(2023, 1, 22), LunarDates.tet(2023));
        assertEquals(LocalDate.of(2024, 2, 10), LunarDates.tet(2024));
        assertEquals(LocalDate.of(2025, 1, 29), LunarDates.tet(2025));
        assertEquals(LocalDate.of(2026, 2, 17), LunarDates.tet(2026));
        assertEquals(LocalDate.of(2027, 2, 6), LunarDates.tet(2027));
    }

    @Test
    void tetIsReckonedAtHanoisMeridianNotBeijings() {
        // 2007: the new moon of 17 February came at 16:14 UTC, after midnight in Beijing, before it in Hà Nội.
        assertEquals(LocalDate.of(2007, 2, 17), LunarDates.tet(2007));
        assertEquals(LocalDate.of(2007, 2, 18), chineseNewYear(2007), "in China the year began a day later");
        assertEquals(chineseNewYear(2026), LunarDates.tet(2026), "as most years, the same day in both");
    }

    /** The Chinese New Year as ICU reckons it in Beijing. */
    private static LocalDate chineseNewYear(int year) {
        TimeZone beijing = TimeZone.getTimeZone("Asia/Shanghai");
        ChineseCalendar chinese = new ChineseCalendar(beijing);
        for (LocalDate d = LocalDate.of(year, 1, 20); ; d = d.plusDays(1)) {
            chinese.setTimeInMillis(d.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli());
            if (chinese.get(Calendar.MONTH) == 0 && chinese.get(Calendar.DAY_OF_MONTH) == 1
                    && chinese.get(Calendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
    }

    @Test
    void theHungKingsAreCommemoratedOnTheTenthDayOfTheThirdMonth() {
        assertEquals(LocalDate.of(2024, 4, 18), LunarDates.hungKings(2024));
        assertEquals(LocalDate.of(2025, 4, 7), LunarDates.hungKings(2025));
        assertEquals(LocalDate.of(2026, 4, 26), LunarDates.hungKings(2026));
    }
}
