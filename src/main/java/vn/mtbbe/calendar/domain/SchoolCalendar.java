package vn.mtbbe.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The school calendar of one province for one school year: the weekdays from the first to the last day of the
 * year's terms are school days, except the holidays (national ones and the province's own); a make-up day (a
 * Saturday or Sunday taught to make up for a day lost, e.g. to a storm) is a school day too.
 * <p>
 * Attendance is taken on school days only, so "days expected" of every attendance figure comes from here.
 */
public final class SchoolCalendar {

    /** Why a day cannot be a holiday or a make-up day of this calendar; the values name message keys. */
    public enum Problem {
        OUTSIDE_TERM("validation.calendar.outsideTerm"),
        MAKE_UP_ON_WEEKDAY("validation.calendar.makeUpOnWeekday"),
        NAME_MISSING("validation.calendar.nameMissing");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final SortedMap<LocalDate, String> holidays;
    private final SortedMap<LocalDate, String> makeUpDays;

    /**
     * A calendar from {@code firstDay} to {@code lastDay} (both school days unless a holiday); holidays and make-up
     * days map each date to its name. Days that {@link #problem} refuses are the caller's to refuse first.
     */
    public SchoolCalendar(LocalDate firstDay, LocalDate lastDay, Map<LocalDate, String> holidays,
                          Map<LocalDate, String> makeUpDays) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day " + lastDay + " comes before the first " + firstDay);
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
        this.makeUpDays = Collections.unmodifiableSortedMap(new TreeMap<>(makeUpDays));
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public SortedMap<LocalDate, String> holidays() {
        return holidays;
    }

    public SortedMap<LocalDate, String> makeUpDays() {
        return makeUpDays;
    }

    public boolean isSchoolDay(LocalDate day) {
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return false;
        }
        if (makeUpDays.containsKey(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.containsKey(day);
    }

    /** Every school day of the year, in order. */
    public List<LocalDate> schoolDays() {
        return schoolDaysBetween(firstDay, lastDay);
    }

    /** The school days of {@code month} (none for a month outside the year). */
    public List<LocalDate> schoolDays(YearMonth month) {
        return schoolDaysBetween(month.atDay(1), month.atEndOfMonth());
    }

    /** The school days from {@code from} to {@code to}, both included. */
    public List<LocalDate> schoolDaysBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate start = from.isBefore(firstDay) ? firstDay : from;
        LocalDate end = to.isAfter(lastDay) ? lastDay : to;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Why {@code day} named {@code name} cannot be a holiday of this calendar, if it cannot. */
    public Optional<Problem> holidayProblem(LocalDate day, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.NAME_MISSING);
        }
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return Optional.of(Problem.OUTSIDE_TERM);
        }
        return Optional.empty();
    }

    /** Why {@code day} named {@code name} cannot be a make-up day of this calendar, if it cannot. */
    public Optional<Problem> makeUpProblem(LocalDate day, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.NAME_MISSING);
        }
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return Optional.of(Problem.OUTSIDE_TERM);
        }
        if (!isWeekend(day)) {
            return Optional.of(Problem.MAKE_UP_ON_WEEKDAY);
        }
        return Optional.empty();
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
