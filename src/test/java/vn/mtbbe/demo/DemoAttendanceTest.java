package vn.mtbbe.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.attendance.domain.Reason;
import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Outcome;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's attendance: complete where it should be, and showing the patterns the reports are meant to reveal. */
class DemoAttendanceTest {

    /** The demo's last year begins in September 2025; attendance up to the day before 2 December 2025. */
    static final LocalDate LAST = LocalDate.of(2025, 12, 1);
    static DemoData data;
    static List<DemoAttendance.ClassMonth> months;
    static Map<String, SchoolSeed> schools = new HashMap<>();

    @BeforeAll
    static void generate() {
        data = new DemoDataGenerator(DemoDataGenerator.SEED, 2025).generate();
        months = DemoAttendance.generate(data, LAST, DemoDataGenerator.SEED);
        data.schools().forEach(s -> schools.put(s.code(), s));
    }

    @Test
    void sameSeedSameMarks() {
        assertEquals(months, DemoAttendance.generate(data, LAST, DemoDataGenerator.SEED));
    }

    @Test
    void everyMarkIsOnASchoolDayUpToTheLastDayWhileThePupilWasInTheClass() {
        Map<String, SchoolCalendar> calendars = new HashMap<>();
        long marks = 0;
        for (DemoAttendance.ClassMonth m : months) {
            DemoData.YearSeed year = data.years().stream().filter(y -> y.code().equals(m.schoolClass().year())).findFirst().orElseThrow();
            String province = schools.get(m.schoolClass().schoolCode()).provinceCode();
            SchoolCalendar calendar = calendars.computeIfAbsent(province + year.code(),
                    k -> DemoCalendars.calendar(province, year.start(), year.end()));
            for (Map.Entry<Integer, MonthMarks> e : m.marks().entrySet()) {
                PupilSeed pupil = data.pupils().get(e.getKey());
                for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
                    LocalDate day = m.month().atDay(d);
                    if (e.getValue().get(day).isEmpty()) {
                        continue;
                    }
                    marks++;
                    assertTrue(calendar.isSchoolDay(day) && !day.isAfter(LAST), day::toString);
                    assertTrue(m.marked().contains(day), "a marked day of the class");
                    assertTrue(pupil.enrolments().stream().anyMatch(en -> en.schoolClass().equals(m.schoolClass())
                            && !day.isBefore(en.start()) && (en.outcomeDate() == null || !day.isAfter(en.outcomeDate()))),
                            () -> pupil.code() + " enrolled on " + day);
                }
            }
        }
        assertTrue(marks > 500_000, "marks: " + marks);
    }

    @Test
    void aFewRecentClassDaysAreLeftForTheCompletenessPage() {
        long unmarked = 0;
        long expected = 0;
        Map<String, SchoolCalendar> calendars = new HashMap<>();
        for (DemoAttendance.ClassMonth m : months) {
            if (!m.month().isBefore(YearMonth.from(LAST).minusMonths(1))) {
                SchoolSeed school = schools.get(m.schoolClass().schoolCode());
                SchoolCalendar calendar = calendars.computeIfAbsent(school.provinceCode(),
                        p -> DemoCalendars.calendar(p, LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 31)));
                List<LocalDate> days = calendar.schoolDaysBetween(m.month().atDay(1),
                        m.month().atEndOfMonth().isBefore(LAST) ? m.month().atEndOfMonth() : LAST);
                expected += days.size();
                unmarked += days.stream().filter(d -> !m.marked().contains(d)).count();
            }
        }
        assertTrue(unmarked > 0 && unmarked < expected / 20, "unmarked class-days in the last two months: " + unmarked
                + " of " + expected);
    }

    @Test
    void pilotSchoolsAttendMoreThanComparisonSchoolsAndTetAndHarvestShowDips() {
        double pilot = rate(m -> schools.get(m.schoolClass().schoolCode()).designation() == Designation.PILOT, d -> true);
        double comparison = rate(m -> schools.get(m.schoolClass().schoolCode()).designation() == Designation.COMPARISON, d -> true);
        assertTrue(pilot > comparison + 0.03, pilot + " vs " + comparison);
        assertTrue(pilot > 0.9 && comparison > 0.82, pilot + " vs " + comparison);

        Map<Integer, LocalDate> tets = new HashMap<>();
        Predicate<LocalDate> aroundTet = d -> {
            LocalDate tet = tets.computeIfAbsent(d.getMonthValue() >= 8 ? d.getYear() + 1 : d.getYear(), LunarDates::tet);
            long fromTet = ChronoUnit.DAYS.between(tet, d);
            return fromTet >= -10 && fromTet <= 14;
        };
        double nearTet = rate(m -> true, aroundTet);
        double otherwise = rate(m -> true, aroundTet.negate());
        assertTrue(nearTet < otherwise - 0.04, nearTet + " around Tết vs " + otherwise);
        double laoCaiHarvest = rate(m -> schools.get(m.schoolClass().schoolCode()).provinceCode().equals("10"),
                d -> DemoAttendance.harvest("10", d));
        double laoCaiRest = rate(m -> schools.get(m.schoolClass().schoolCode()).provinceCode().equals("10"),
                d -> !DemoAttendance.harvest("10", d));
        assertTrue(laoCaiHarvest < laoCaiRest - 0.03, laoCaiHarvest + " in the harvest vs " + laoCaiRest);
        long seasonal = months.stream().flatMap(m -> m.marks().values().stream())
                .mapToLong(mm -> mm.text().chars().filter(c -> c == new Mark(vn.mtbbe.attendance.domain.Status.ABSENT_EXCUSED,
                        Reason.SEASONAL_WORK).code()).count()).sum();
        assertTrue(seasonal > 100, "absences excused for seasonal work: " + seasonal);
    }

    @Test
    void attendanceFallsBeforeADropout() {
        int near = 0;
        int nearPresent = 0;
        int far = 0;
        int farPresent = 0;
        for (DemoAttendance.ClassMonth m : months) {
            for (Map.Entry<Integer, MonthMarks> e : m.marks().entrySet()) {
                EnrolmentSeed dropout = data.pupils().get(e.getKey()).enrolments().stream()
                        .filter(en -> en.schoolClass().equals(m.schoolClass()) && en.outcome() == Outcome.DROPPED_OUT)
                        .findFirst().orElse(null);
                if (dropout == null) {
                    continue;
                }
                for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
                    LocalDate day = m.month().atDay(d);
                    var mark = e.getValue().get(day);
                    if (mark.isEmpty()) {
                        continue;
                    }
                    long before = ChronoUnit.DAYS.between(day, dropout.outcomeDate());
                    boolean attended = mark.get().status().attended();
                    if (before < 21) {
                        near++;
                        nearPresent += attended ? 1 : 0;
                    } else if (before > 100) {
                        far++;
                        farPresent += attended ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(near > 100 && far > 100, near + " / " + far);
        double nearRate = (double) nearPresent / near;
        double farRate = (double) farPresent / far;
        assertTrue(nearRate < farRate - 0.2, "the last three weeks " + nearRate + " vs earlier " + farRate);
    }

    @Test
    void inTheRunningYearSomePupilsAndAClassPerProvinceFallUnderTheWarningThresholds() {
        Map<String, long[]> pupils = new HashMap<>();
        Map<ClassSeed, long[]> classes = new HashMap<>();
        LocalDate since = LAST.minusDays(27);
        for (DemoAttendance.ClassMonth m : months) {
            for (Map.Entry<Integer, MonthMarks> e : m.marks().entrySet()) {
                for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
                    LocalDate day = m.month().atDay(d);
                    var mark = e.getValue().get(day);
                    if (mark.isEmpty() || day.isBefore(since)) {
                        continue;
                    }
                    long[] p = pupils.computeIfAbsent(m.schoolClass() + "/" + e.getKey(), k -> new long[2]);
                    long[] c = classes.computeIfAbsent(m.schoolClass(), k -> new long[2]);
                    p[0]++;
                    c[0]++;
                    if (mark.get().status().attended()) {
                        p[1]++;
                        c[1]++;
                    }
                }
            }
        }
        long low = pupils.values().stream().filter(p -> p[0] >= 10 && (double) p[1] / p[0] < 0.8).count();
        assertTrue(low > 5 && low < pupils.size() / 6, low + " of " + pupils.size() + " pupils under 80 %");
        long lowClasses = classes.values().stream().filter(c -> (double) c[1] / c[0] < 0.7).count();
        assertEquals(3, lowClasses, "one class per province under 70 %");
    }

    private static double rate(Predicate<DemoAttendance.ClassMonth> months, Predicate<LocalDate> days) {
        long marked = 0;
        long attended = 0;
        for (DemoAttendance.ClassMonth m : DemoAttendanceTest.months) {
            if (!months.test(m)) {
                continue;
            }
            for (MonthMarks mm : m.marks().values()) {
                for (int d = 1; d <= m.month().lengthOfMonth(); d++) {
                    LocalDate day = m.month().atDay(d);
                    var mark = mm.get(day);
                    if (mark.isPresent() && days.test(day)) {
                        marked++;
                        attended += mark.get().status().attended() ? 1 : 0;
                    }
                }
            }
        }
        return (double) attended / marked;
    }
}
