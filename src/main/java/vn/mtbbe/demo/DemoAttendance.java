package vn.mtbbe.demo;

import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.attendance.domain.Reason;
import vn.mtbbe.attendance.domain.Status;
import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Outcome;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's attendance: a mark for every pupil on every school day they were enrolled, up to the last day given
 * (yesterday), with the patterns a reader of the reports should see: pilot schools above comparison schools, a dip
 * around Tết and in each province's harvest months (absences excused as seasonal work), storm days in the Central
 * Highlands, attendance falling in the weeks before a recorded dropout, in the running year a few pupils falling away
 * and a class per province with a bad month (for the early warning), and a few recent class-days left unmarked so
 * that the completeness page has work. Deterministic for a seed.
 */
final class DemoAttendance {

    /** The marks of one class-month: by pupil (the index in {@link DemoData#pupils()}), and the days marked. */
    record ClassMonth(ClassSeed schoolClass, YearMonth month, Map<Integer, MonthMarks> marks, SortedSet<LocalDate> marked) {
    }

    static final double PILOT = 0.955;
    static final double COMPARISON = 0.905;
    /** Days before a dropout over which attendance falls, and how low it falls. */
    static final int DECLINE_DAYS = 70;
    static final double DECLINE_TO = 0.45;
    /** Of the last school days up to the last day, how many may be left unmarked, and how likely each is. */
    static final int RECENT_DAYS = 15;
    static final double UNMARKED = 0.02;

    private final DemoData data;
    private final LocalDate lastDay;
    private final Random random;
    private final Map<String, SchoolSeed> schools;
    private final Map<Integer, LocalDate> tets = new HashMap<>();

    private DemoAttendance(DemoData data, LocalDate lastDay, long seed) {
        this.data = data;
        this.lastDay = lastDay;
        this.random = new Random(seed);
        this.schools = data.schools().stream().collect(Collectors.toMap(SchoolSeed::code, Function.identity()));
    }

    /** Every class-month with marks, in the order of the classes. */
    static List<ClassMonth> generate(DemoData data, LocalDate lastDay, long seed) {
        return new DemoAttendance(data, lastDay, seed).run();
    }

    /**
     * In the running school year a few pupils are falling away (not yet recorded as dropping out) and one class of
     * each province has had a bad month: what the early warning is for.
     */
    static final double AT_RISK = 0.03;
    static final int RISK_DAYS = 35;

    private record Member(int pupil, EnrolmentSeed enrolment, double habit, boolean atRisk) {
    }

    private List<ClassMonth> run() {
        Map<ClassSeed, List<Member>> members = new LinkedHashMap<>();
        data.classes().forEach(c -> members.put(c, new java.util.ArrayList<>()));
        List<PupilSeed> pupils = data.pupils();
        for (int i = 0; i < pupils.size(); i++) {
            double habit = (random.nextDouble() - 0.5) * 0.06;
            boolean atRisk = random.nextDouble() < AT_RISK;
            for (EnrolmentSeed e : pupils.get(i).enrolments()) {
                members.get(e.schoolClass()).add(new Member(i, e, habit, atRisk));
            }
        }
        Map<String, YearSeed> years = data.years().stream().collect(Collectors.toMap(YearSeed::code, Function.identity()));
        Map<String, SchoolCalendar> calendars = new HashMap<>();
        List<ClassMonth> result = new java.util.ArrayList<>();
        java.util.Set<String> badMonth = new java.util.HashSet<>();
        for (Map.Entry<ClassSeed, List<Member>> entry : members.entrySet()) {
            ClassSeed schoolClass = entry.getKey();
            SchoolSeed school = schools.get(schoolClass.schoolCode());
            YearSeed year = years.get(schoolClass.year());
            boolean running = year.contains(lastDay);
            // The first comparison class of each province in the running year has had a bad month.
            boolean struggling = running && school.designation() == Designation.COMPARISON && !entry.getValue().isEmpty()
                    && badMonth.add(school.provinceCode());
            SchoolCalendar calendar = calendars.computeIfAbsent(school.provinceCode() + "/" + year.code(),
                    k -> DemoCalendars.calendar(school.provinceCode(), year.start(), year.end()));
            List<LocalDate> days = calendar.schoolDaysBetween(year.start(), lastDay.isBefore(year.end()) ? lastDay : year.end());
            Set<LocalDate> unmarked = new TreeSet<>();
            for (int d = Math.max(0, days.size() - RECENT_DAYS); d < days.size(); d++) {
                if (year.contains(lastDay) && random.nextDouble() < UNMARKED) {
                    unmarked.add(days.get(d));
                }
            }
            Map<YearMonth, ClassMonth> months = new TreeMap<>();
            for (LocalDate day : days) {
                if (unmarked.contains(day)) {
                    continue;
                }
                YearMonth month = YearMonth.from(day);
                ClassMonth classMonth = months.computeIfAbsent(month,
                        m -> new ClassMonth(schoolClass, m, new TreeMap<>(), new TreeSet<>()));
                boolean anyone = false;
                for (Member member : entry.getValue()) {
                    EnrolmentSeed e = member.enrolment();
                    LocalDate end = e.outcomeDate() != null ? e.outcomeDate() : year.end();
                    if (day.isBefore(e.start()) || day.isAfter(end)) {
                        continue;
                    }
                    anyone = true;
                    long daysLeft = ChronoUnit.DAYS.between(day, lastDay);
                    double dip = running && daysLeft < RISK_DAYS
                            ? (member.atRisk() ? 0.45 * (1.0 - (double) daysLeft / RISK_DAYS) : 0) + (struggling ? 0.3 : 0) : 0;
                    Mark mark = mark(school, member, day, dip);
                    classMonth.marks().merge(member.pupil(), MonthMarks.empty(month).with(day, mark),
                            (old, now) -> old.with(day, mark));
                }
                if (anyone) {
                    classMonth.marked().add(day);
                }
            }
            months.values().stream().filter(m -> !m.marked().isEmpty()).forEach(result::add);
        }
        return result;
    }

    private Mark mark(SchoolSeed school, Member member, LocalDate day, double dip) {
        double p = (school.designation() == Designation.PILOT ? PILOT : COMPARISON) + member.habit() - dip;
        boolean harvest = harvest(school.provinceCode(), day);
        if (harvest) {
            p -= 0.06;
        }
        if (nearTet(day)) {
            p -= 0.07;
        }
        boolean stormSeason = !school.provinceCode().equals("10") && (day.getMonthValue() == 10 || day.getMonthValue() == 11);
        EnrolmentSeed e = member.enrolment();
        if (e.outcome() == Outcome.DROPPED_OUT) {
            long before = ChronoUnit.DAYS.between(day, e.outcomeDate());
            if (before < DECLINE_DAYS) {
                double share = 1.0 - (double) before / DECLINE_DAYS;
                p -= share * (p - DECLINE_TO);
            }
        }
        if (random.nextDouble() < p) {
            return random.nextDouble() < 0.03 ? Mark.LATE : Mark.PRESENT;
        }
        if (random.nextDouble() < 0.55) {
            return Mark.ABSENT_UNEXCUSED;
        }
        double r = random.nextDouble();
        Reason reason;
        if (harvest && r < 0.6) {
            reason = Reason.SEASONAL_WORK;
        } else if (stormSeason && r < 0.3) {
            reason = Reason.WEATHER;
        } else if (r < 0.75) {
            reason = Reason.ILLNESS;
        } else if (r < 0.92) {
            reason = Reason.FAMILY;
        } else {
            reason = Reason.OTHER;
        }
        return new Mark(Status.ABSENT_EXCUSED, reason);
    }

    /** The two weeks around the Tết break, when many children stay home longer (ICU's lunar calendar, once a year). */
    boolean nearTet(LocalDate day) {
        int year = day.getMonthValue() >= 8 ? day.getYear() + 1 : day.getYear();
        long fromTet = ChronoUnit.DAYS.between(tets.computeIfAbsent(year, LunarDates::tet), day);
        return fromTet >= -10 && fromTet <= 14;
    }

    /** The harvest months that keep children home: rice in Lào Cai and Trà Vinh, coffee in Gia Lai. */
    static boolean harvest(String province, LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return switch (province) {
            case "10" -> !md.isBefore(MonthDay.of(9, 15)) && !md.isAfter(MonthDay.of(10, 20));
            case "64" -> !md.isBefore(MonthDay.of(11, 10)) && !md.isAfter(MonthDay.of(12, 31));
            case "84" -> !md.isBefore(MonthDay.of(11, 20)) && !md.isAfter(MonthDay.of(12, 20));
            default -> false;
        };
    }
}
