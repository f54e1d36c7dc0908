package vn.mtbbe.calendar.domain;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates of the Vietnamese lunisolar calendar (âm lịch) that school calendars follow: Tết Nguyên Đán (the first
 * day of the first month) and the Hùng Kings' Commemoration (the tenth day of the third month).
 * <p>
 * The Vietnamese calendar is the Chinese one reckoned at Hà Nội's meridian (UTC+7) instead of Beijing's (UTC+8):
 * a new moon shortly after 16:00 UTC begins a month one day earlier in Viet Nam, and the years differ now and then
 * (Tết 2007 fell on 17 February in Viet Nam, on 18 February in China). ICU4J computes the Chinese calendar for any
 * zone of astronomical reckoning, as it does for the Korean one.
 */
public final class LunarDates {

    /** The zone in which new moons and solar terms are reckoned for the Vietnamese calendar. */
    static final TimeZone VIETNAM_ASTRONOMY = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

    private LunarDates() {
    }

    /** The first day of the lunar year that begins in {@code year} (between 21 January and 20 February). */
    public static LocalDate tet(int year) {
        return find(LocalDate.of(year, 1, 20), 1, 1);
    }

    /** The Hùng Kings' Commemoration in {@code year}: the tenth day of the third lunar month. */
    public static LocalDate hungKings(int year) {
        return find(tet(year), 3, 10);
    }

    /**
     * The first day from {@code from} on that is day {@code day} of lunar month {@code month} (1–12, not a leap month).
     */
    static LocalDate find(LocalDate from, int month, int day) {
        Calendar lunar = new VietnameseCalendar();
        for (LocalDate d = from; d.isBefore(from.plusDays(400)); d = d.plusDays(1)) {
            lunar.setTimeInMillis(d.atStartOfDay().toEpochSecond(ZoneOffset.ofHours(7)) * 1000);
            if (lunar.get(Calendar.MONTH) == month - 1 && lunar.get(Calendar.IS_LEAP_MONTH) == 0
                    && lunar.get(Calendar.DAY_OF_MONTH) == day) {
                return d;
            }
        }
        throw new IllegalStateException("no lunar " + month + "/" + day + " within a year of " + from);
    }

    /** ICU's Chinese calendar with Viet Nam's zone for its astronomy and for its days. */
    private static final class VietnameseCalendar extends ChineseCalendar {
        VietnameseCalendar() {
            super(VIETNAM_ASTRONOMY, ULocale.ROOT, VIETNAM_ASTRONOMY);
        }
    }
}
