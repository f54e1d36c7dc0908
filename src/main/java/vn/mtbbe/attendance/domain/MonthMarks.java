package vn.mtbbe.attendance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil's marks for the days of one month, as stored: 31 characters, day 1 first, {@link Mark#NONE} where the day
 * is not marked. Immutable; {@link #with} returns a changed copy.
 */
public final class MonthMarks {

    public static final int LENGTH = 31;

    private final YearMonth month;
    private final char[] codes;

    private MonthMarks(YearMonth month, char[] codes) {
        this.month = month;
        this.codes = codes;
    }

    public static MonthMarks empty(YearMonth month) {
        char[] codes = new char[LENGTH];
        Arrays.fill(codes, Mark.NONE);
        return new MonthMarks(month, codes);
    }

    /** The marks stored as {@code text}; every character is checked. */
    public static MonthMarks parse(YearMonth month, String text) {
        Objects.requireNonNull(text);
        if (text.length() != LENGTH) {
            throw new IllegalArgumentException("marks are " + LENGTH + " characters, not " + text.length());
        }
        char[] codes = text.toCharArray();
        for (int day = month.lengthOfMonth(); day < LENGTH; day++) {
            if (codes[day] != Mark.NONE) {
                throw new IllegalArgumentException("a mark after the end of " + month);
            }
        }
        for (char c : codes) {
            Mark.fromCode(c);
        }
        return new MonthMarks(month, codes);
    }

    public YearMonth month() {
        return month;
    }

    public Optional<Mark> get(LocalDate day) {
        return Mark.fromCode(codes[index(day)]);
    }

    /** A copy with {@code day} marked {@code mark} (or not marked, for null). */
    public MonthMarks with(LocalDate day, Mark mark) {
        char[] copy = codes.clone();
        copy[index(day)] = mark == null ? Mark.NONE : mark.code();
        return new MonthMarks(month, copy);
    }

    public boolean isEmpty() {
        for (char c : codes) {
            if (c != Mark.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The month's totals. */
    public Counts counts() {
        int present = 0;
        int late = 0;
        int excused = 0;
        int unexcused = 0;
        for (char c : codes) {
            switch (c) {
                case Mark.NONE -> { }
                case 'P' -> present++;
                case 'L' -> late++;
                case 'U' -> unexcused++;
                default -> excused++;
            }
        }
        return new Counts(present + late + excused + unexcused, present, late, excused, unexcused);
    }

    /** The stored form. */
    public String text() {
        return new String(codes);
    }

    private int index(LocalDate day) {
        if (!YearMonth.from(day).equals(month)) {
            throw new IllegalArgumentException(day + " is not in " + month);
        }
        return day.getDayOfMonth() - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthMarks m && m.month.equals(month) && Arrays.equals(m.codes, codes);
    }

    @Override
    public int hashCode() {
        return month.hashCode() * 31 + Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        return month + ":" + text();
    }

    /** Marked days and how they split; {@code present} excludes late arrivals. */
    public record Counts(int days, int present, int late, int excused, int unexcused) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(days + o.days, present + o.present, late + o.late, excused + o.excused,
                    unexcused + o.unexcused);
        }

        /** Days at school (present or late). */
        public int attended() {
            return present + late;
        }
    }
}
