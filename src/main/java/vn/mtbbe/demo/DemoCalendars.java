package vn.mtbbe.demo;

import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.calendar.domain.SchoolCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's school calendars: for the school year that begins in {@code startYear}, the national holidays on
 * their real dates (Tết and the Hùng Kings' day from the lunar calendar) and a few provincial entries of the kind
 * officers make: the Khmer New Year in Trà Vinh, a day lost to a storm and made up on a Saturday in Gia Lai.
 * Names are data (Vietnamese, as the ministry publishes them), like the names of subjects.
 */
final class DemoCalendars {

    /** Pupils' Tết break: from three days before the first day of the lunar year to five days after it. */
    static final int TET_BEFORE = 3;
    static final int TET_AFTER = 5;

    private DemoCalendars() {
    }

    /** The holidays that hold in every province. */
    static Map<LocalDate, String> nationalHolidays(int startYear) {
        int year = startYear + 1;
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarDates.tet(year);
        for (LocalDate d = tet.minusDays(TET_BEFORE); !d.isAfter(tet.plusDays(TET_AFTER)); d = d.plusDays(1)) {
            days.put(d, "Nghỉ Tết Nguyên Đán");
        }
        days.put(LunarDates.hungKings(year), "Giỗ Tổ Hùng Vương");
        days.put(LocalDate.of(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước");
        days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        return days;
    }

    /** The province's own holidays. */
    static Map<LocalDate, String> provincialHolidays(String province, int startYear) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        switch (province) {
            case "84" -> {
                for (int d = 14; d <= 16; d++) {
                    days.put(LocalDate.of(startYear + 1, 4, d), "Tết Chôl Chnăm Thmây");
                }
            }
            case "64" -> days.put(stormDay(startYear), "Nghỉ học do bão");
            default -> {
            }
        }
        return days;
    }

    /** The province's make-up days. */
    static Map<LocalDate, String> makeUpDays(String province, int startYear) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        if (province.equals("64")) {
            days.put(stormDay(startYear).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)), "Học bù ngày nghỉ do bão");
        }
        return days;
    }

    /** The whole calendar of a province for the year whose terms run from {@code firstDay} to {@code lastDay}. */
    static SchoolCalendar calendar(String province, LocalDate firstDay, LocalDate lastDay) {
        int startYear = firstDay.getYear();
        Map<LocalDate, String> holidays = new LinkedHashMap<>(nationalHolidays(startYear));
        holidays.putAll(provincialHolidays(province, startYear));
        holidays.keySet().removeIf(d -> d.isBefore(firstDay) || d.isAfter(lastDay));
        return new SchoolCalendar(firstDay, lastDay, holidays, makeUpDays(province, startYear));
    }

    /** The first Monday of October: schools of the Central Highlands closed for a storm. */
    private static LocalDate stormDay(int startYear) {
        return LocalDate.of(startYear, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
}
