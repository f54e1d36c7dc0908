package vn.mtbbe.platform.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A month laid out as the reader's calendar lays it out (ICU): weeks beginning on the language's first day of the
 * week, the short names of the weekdays and the month's title in the reader's language. The calendar page and the
 * attendance date picker draw their months from it.
 */
public final class MonthGrid {

    private final YearMonth month;
    private final ULocale locale;
    private final DayOfWeek weekStart;

    public MonthGrid(YearMonth month, ULocale locale) {
        this.month = month;
        this.locale = locale;
        int first = Calendar.getInstance(TimeZone.GMT_ZONE, locale).getFirstDayOfWeek(); // ICU: 1 = Sunday … 7 = Saturday
        this.weekStart = DayOfWeek.of(first == Calendar.SUNDAY ? 7 : first - 1);
    }

    /** The short names of the weekdays, from the first day of the week. */
    public List<String> weekdayNames() {
        String[] names = DateFormatSymbols.getInstance(locale).getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.SHORT);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            result.add(names[(weekStart.plus(i).getValue() % 7) + 1]);
        }
        return result;
    }

    /** The month and year, e.g. "tháng 10 năm 2025", "October 2025", "2025年10月". */
    public String title() {
        DateFormat title = DateFormat.getInstanceForSkeleton("yMMMM", locale);
        title.setTimeZone(TimeZone.GMT_ZONE);
        return title.format(Date.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** The whole weeks that hold the month's days, seven days each; the first and last may reach into other months. */
    public List<List<LocalDate>> weeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1);
        while (day.getDayOfWeek() != weekStart) {
            day = day.minusDays(1);
        }
        while (!day.isAfter(month.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(day);
            }
            weeks.add(week);
        }
        return weeks;
    }
}
