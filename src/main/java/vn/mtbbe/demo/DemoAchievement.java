package vn.mtbbe.demo;

import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Round;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.ProvinceSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.demo.DemoInstruments.InstrumentSeed;
import vn.mtbbe.demo.DemoInstruments.SubtaskSeed;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's learning achievement: in each province and school year a baseline sitting (late September) and an endline
 * (mid May) of the province's mother-tongue reading instrument, Vietnamese reading and mathematics, and results for
 * every pupil of grades 1 to 3 in the province's schools: Vietnamese reading and mathematics for all, the mother-tongue
 * instrument for the children whose mother tongue it is. Each class is assessed on one school day of the sitting;
 * a class whose day lies after the last day given (yesterday) has no results yet, nor has a sitting that starts later.
 * <p>
 * The results show what the pilot's evaluations reported: pilot pupils read better in their mother tongue from grade 1;
 * in Vietnamese they start behind (taught to read in the mother tongue first) and catch up by grade 3, although fewer
 * of them cannot read a word; comparison pupils have clearly more zero scores, in both languages, most of all in grade
 * 1; every group grows from baseline to endline. A few pupils are absent. Deterministic for a seed.
 */
final class DemoAchievement {

    /** A sitting; its instruments by series, its schools by code. */
    record SittingSeed(String name, Round round, String year, String province, LocalDate startsOn, LocalDate endsOn,
                       List<String> instruments, List<String> schools) {
    }

    /** One result of a pupil (the index in {@link DemoData#pupils()}). */
    record Result(int pupil, SubtaskSeed subtask, Scoring.Entry entry) {
    }

    /** The results of one class in one sitting, assessed on {@code assessedOn}. */
    record ClassResults(SittingSeed sitting, ClassSeed schoolClass, LocalDate assessedOn, List<Result> results) {

        long pupils() {
            return results.stream().mapToInt(Result::pupil).distinct().count();
        }
    }

    record Achievement(List<InstrumentSeed> instruments, List<SittingSeed> sittings, List<ClassResults> classes) {

        long results() {
            return classes.stream().mapToLong(c -> c.results().size()).sum();
        }
    }

    /** The share of pupils absent on their class's day: pilot schools, comparison schools, and more in a harvest. */
    static final double ABSENT_PILOT = 0.03;
    static final double ABSENT_COMPARISON = 0.045;
    static final double ABSENT_HARVEST = 0.025;
    /** How far into its grade a sitting finds a pupil, in school years. */
    static final double ENDLINE = 0.7;

    private final DemoData data;
    private final LocalDate lastDay;
    private final Random random;
    private final Map<String, SchoolSeed> schools;
    private final Map<String, YearSeed> years;

    private DemoAchievement(DemoData data, LocalDate lastDay, long seed) {
        this.data = data;
        this.lastDay = lastDay;
        this.random = new Random(seed);
        this.schools = data.schools().stream().collect(Collectors.toMap(SchoolSeed::code, Function.identity()));
        this.years = data.years().stream().collect(Collectors.toMap(YearSeed::code, Function.identity()));
    }

    /** The instruments, the sittings of every demo year and province, and the results up to {@code lastDay}. */
    static Achievement generate(DemoData data, LocalDate lastDay, long seed) {
        return new DemoAchievement(data, lastDay, seed).run();
    }

    /** The mother-tongue reading instrument of a province's pilot. */
    private static InstrumentSeed motherTongue(String province) {
        return DemoInstruments.reading(switch (province) {
            case "10" -> "hmn";
            case "64" -> "jra";
            case "84" -> "km";
            default -> throw new IllegalArgumentException("no pilot language for province " + province);
        });
    }

    /** Two school weeks from the first Monday on or after 22 September, and on or after 8 May. */
    static LocalDate startOf(Round round, YearSeed year) {
        LocalDate first = round == Round.BASELINE ? LocalDate.of(year.start().getYear(), 9, 22)
                : LocalDate.of(year.end().getYear(), 5, 8);
        return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    static String sittingName(Round round, YearSeed year, ProvinceSeed province) {
        return (round == Round.BASELINE ? "Đánh giá đầu năm " : "Đánh giá cuối năm ") + year.code().replace('-', '–')
                + " · " + province.name();
    }

    private List<SittingSeed> sittings() {
        List<SittingSeed> sittings = new ArrayList<>();
        for (YearSeed year : data.years()) {
            for (ProvinceSeed province : data.provinces()) {
                List<String> schoolCodes = data.schools().stream()
                        .filter(s -> s.provinceCode().equals(province.code()) && s.level() != SchoolLevel.PRESCHOOL)
                        .map(SchoolSeed::code).toList();
                List<String> instruments = List.of(motherTongue(province.code()).series(), DemoInstruments.EGRA_VI.series(),
                        DemoInstruments.EGMA.series());
                for (Round round : List.of(Round.BASELINE, Round.ENDLINE)) {
                    LocalDate start = startOf(round, year);
                    sittings.add(new SittingSeed(sittingName(round, year, province), round, year.code(), province.code(),
                            start, start.plusDays(11), instruments, schoolCodes));
                }
            }
        }
        return sittings;
    }

    /** A pupil's lasting traits: general aptitude (reading follows it) and a related one for mathematics. */
    private record Traits(double aptitude, double numeracy) {
    }

    private record Member(int pupil, EnrolmentSeed enrolment) {
    }

    private Achievement run() {
        List<SittingSeed> sittings = sittings();
        List<PupilSeed> pupils = data.pupils();
        List<Traits> traits = new ArrayList<>(pupils.size());
        for (int i = 0; i < pupils.size(); i++) {
            double aptitude = random.nextGaussian();
            traits.add(new Traits(aptitude, 0.6 * aptitude + 0.8 * random.nextGaussian()));
        }
        Map<ClassSeed, List<Member>> members = new LinkedHashMap<>();
        Map<ClassSeed, Double> classEffects = new HashMap<>();
        for (ClassSeed c : data.classes()) {
            if (DemoInstruments.STAGES.contains(c.stage())) {
                members.put(c, new ArrayList<>());
                classEffects.put(c, Math.exp(0.12 * random.nextGaussian()));
            }
        }
        for (int i = 0; i < pupils.size(); i++) {
            for (EnrolmentSeed e : pupils.get(i).enrolments()) {
                List<Member> list = members.get(e.schoolClass());
                if (list != null) {
                    list.add(new Member(i, e));
                }
            }
        }
        Map<String, InstrumentSeed> instruments = DemoInstruments.ALL.stream()
                .collect(Collectors.toMap(InstrumentSeed::series, Function.identity()));
        List<ClassResults> results = new ArrayList<>();
        Map<String, SchoolCalendar> calendars = new HashMap<>();
        for (SittingSeed sitting : sittings) {
            if (sitting.startsOn().isAfter(lastDay)) {
                continue;
            }
            YearSeed year = years.get(sitting.year());
            List<LocalDate> days = calendars.computeIfAbsent(sitting.province() + "/" + year.code(),
                            k -> DemoCalendars.calendar(sitting.province(), year.start(), year.end()))
                    .schoolDaysBetween(sitting.startsOn(), sitting.endsOn());
            List<InstrumentSeed> taken = sitting.instruments().stream().map(instruments::get).toList();
            // Each class is assessed on one day; a pupil who moved between two classes during the sitting, in the
            // class they were in on its day (or the first).
            Map<ClassSeed, LocalDate> assessedOn = new LinkedHashMap<>();
            Map<Integer, ClassSeed> classOf = new HashMap<>();
            for (Map.Entry<ClassSeed, List<Member>> e : members.entrySet()) {
                ClassSeed c = e.getKey();
                if (!c.year().equals(sitting.year()) || !sitting.schools().contains(c.schoolCode())) {
                    continue;
                }
                LocalDate day = days.get(random.nextInt(days.size()));
                assessedOn.put(c, day);
                for (Member m : e.getValue()) {
                    if (overlaps(m.enrolment(), sitting.startsOn(), sitting.endsOn())
                            && (!classOf.containsKey(m.pupil()) || enrolledOn(m.enrolment(), day))) {
                        classOf.put(m.pupil(), c);
                    }
                }
            }
            for (Map.Entry<ClassSeed, LocalDate> e : assessedOn.entrySet()) {
                ClassSeed c = e.getKey();
                LocalDate day = e.getValue();
                if (day.isAfter(lastDay)) {
                    continue;
                }
                List<Result> classResults = new ArrayList<>();
                for (Member m : members.get(c)) {
                    if (c.equals(classOf.get(m.pupil()))) {
                        assess(sitting, c, m, day, traits.get(m.pupil()), classEffects.get(c), taken, classResults);
                    }
                }
                if (!classResults.isEmpty()) {
                    results.add(new ClassResults(sitting, c, day, List.copyOf(classResults)));
                }
            }
        }
        return new Achievement(DemoInstruments.ALL, List.copyOf(sittings), List.copyOf(results));
    }

    private static boolean overlaps(EnrolmentSeed e, LocalDate first, LocalDate last) {
        return !e.start().isAfter(last) && (e.outcomeDate() == null || !e.outcomeDate().isBefore(first));
    }

    private static boolean enrolledOn(EnrolmentSeed e, LocalDate day) {
        return overlaps(e, day, day);
    }

    /** The pupil's results in every instrument of the sitting they take; absent from all of them, or from none. */
    private void assess(SittingSeed sitting, ClassSeed c, Member member, LocalDate day, Traits traits, double classEffect,
                        List<InstrumentSeed> instruments, List<Result> into) {
        PupilSeed pupil = data.pupils().get(member.pupil());
        SchoolSeed school = schools.get(c.schoolCode());
        boolean pilot = school.designation() == Designation.PILOT;
        double absence = (pilot ? ABSENT_PILOT : ABSENT_COMPARISON)
                + (DemoAttendance.harvest(school.provinceCode(), day) ? ABSENT_HARVEST : 0);
        boolean absent = !enrolledOn(member.enrolment(), day) || random.nextDouble() < absence;
        double t = c.stage().ordinal() - Stage.GRADE_1.ordinal() + (sitting.round() == Round.ENDLINE ? ENDLINE : 0);
        boolean kinh = "vi".equals(pupil.motherTongue());
        for (InstrumentSeed instrument : instruments) {
            boolean motherTongueTest = instrument.area() == Area.READING && !instrument.language().equals("vi");
            if (!instrument.appliesTo(c.stage()) || motherTongueTest && !instrument.language().equals(pupil.motherTongue())) {
                continue;
            }
            List<Scoring.Entry> entries;
            if (absent) {
                entries = instrument.subtasks().stream().map(s -> Scoring.Entry.ABSENT).toList();
            } else if (instrument.area() == Area.MATHEMATICS) {
                entries = mathematics(instrument, t, pilot, kinh, traits);
            } else {
                Profile profile = motherTongueTest ? (pilot ? Profile.MOTHER_TONGUE_PILOT : Profile.MOTHER_TONGUE_COMPARISON)
                        : kinh ? Profile.VIETNAMESE_KINH : pilot ? Profile.VIETNAMESE_PILOT : Profile.VIETNAMESE_COMPARISON;
                entries = reading(instrument, profile, t, traits, classEffect);
            }
            for (int i = 0; i < entries.size(); i++) {
                into.add(new Result(member.pupil(), instrument.subtasks().get(i), entries.get(i)));
            }
        }
    }

    /**
     * How a group of pupils reads a language as the years go by: at the baseline and endline of grade 1 and at the
     * endlines of grades 2 and 3 ({@code t} = 0, 0.7, 1.7, 2.7), the share who cannot read a word of a passage and the
     * typical speed (words a minute, on the Vietnamese scale; see {@link DemoInstruments#pace}) of those who can; and
     * how well the pupils understand the language spoken (share of questions answered), at the start and per year.
     */
    enum Profile {
        /** Pilot pupils in their mother tongue: taught to read in it from preschool on. */
        MOTHER_TONGUE_PILOT(new double[] {0.30, 0.06, 0.02, 0.01}, new double[] {10, 30, 44, 56}, 0.70, 0.06),
        /** Comparison pupils in their mother tongue: never taught to read it, some find their way from Vietnamese. */
        MOTHER_TONGUE_COMPARISON(new double[] {0.85, 0.65, 0.45, 0.30}, new double[] {5, 12, 22, 32}, 0.64, 0.05),
        /** Pilot minority pupils in Vietnamese: learning it as a subject first, they decode early but read slowly. */
        VIETNAMESE_PILOT(new double[] {0.68, 0.25, 0.08, 0.04}, new double[] {5, 14, 30, 44}, 0.32, 0.16),
        /** Comparison minority pupils in Vietnamese: taught to read a language many do not yet understand. */
        VIETNAMESE_COMPARISON(new double[] {0.88, 0.50, 0.28, 0.16}, new double[] {7, 20, 33, 44}, 0.30, 0.13),
        /** Kinh pupils in Vietnamese, their mother tongue. */
        VIETNAMESE_KINH(new double[] {0.45, 0.08, 0.03, 0.01}, new double[] {10, 32, 48, 62}, 0.70, 0.07);

        static final double[] AT = {0, ENDLINE, 1 + ENDLINE, 2 + ENDLINE};

        private final double[] nonReaders;
        private final double[] speed;
        private final double understanding;
        private final double understandingGrowth;

        Profile(double[] nonReaders, double[] speed, double understanding, double understandingGrowth) {
            this.nonReaders = nonReaders;
            this.speed = speed;
            this.understanding = understanding;
            this.understandingGrowth = understandingGrowth;
        }

        double nonReaders(double t) {
            return interpolate(nonReaders, t);
        }

        double speed(double t) {
            return interpolate(speed, t);
        }

        double understanding(double t) {
            return Math.min(0.95, understanding + understandingGrowth * t);
        }

        private static double interpolate(double[] values, double t) {
            for (int i = 1; i < AT.length; i++) {
                if (t <= AT[i]) {
                    return values[i - 1] + (values[i] - values[i - 1]) * (t - AT[i - 1]) / (AT[i] - AT[i - 1]);
                }
            }
            return values[values.length - 1];
        }
    }

    /**
     * A reading instrument's results: a pupil who cannot read scores (next to) nothing but some letter sounds;
     * a reader's speed follows their aptitude, their class and the group's profile, the subtasks follow the speed.
     */
    private List<Scoring.Entry> reading(InstrumentSeed instrument, Profile profile, double t, Traits traits,
                                        double classEffect) {
        double pace = DemoInstruments.pace(instrument.language());
        double p = profile.nonReaders(t);
        double logit = Math.log(p / (1 - p)) - 1.1 * traits.aptitude();
        boolean reader = random.nextDouble() >= 1 / (1 + Math.exp(-logit));
        double speed = reader ? Math.min(150, profile.speed(t) * classEffect
                * Math.exp(0.45 * (0.75 * traits.aptitude() + 0.66 * random.nextGaussian()))) : 0;
        double understanding = clamp(profile.understanding(t) + 0.08 * traits.aptitude() + 0.08 * random.nextGaussian());
        List<Scoring.Entry> entries = new ArrayList<>();
        for (SubtaskSeed s : instrument.subtasks()) {
            entries.add(switch (s.skill()) {
                case LETTER_SOUNDS -> timed(s, pace * (reader ? 15 + 0.6 * speed + 6 * random.nextGaussian()
                        : 6 + 5 * t + 6 * random.nextGaussian()));
                case FAMILIAR_WORDS -> timed(s, pace * (reader ? 0.85 * speed + 4 * random.nextGaussian()
                        : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0));
                case INVENTED_WORDS -> timed(s, pace * (reader ? 0.6 * speed + 4 * random.nextGaussian() : 0));
                case ORAL_READING_FLUENCY -> timed(s, pace * speed);
                case READING_COMPREHENSION -> outOf(s, reader ? understanding / (1 + Math.exp(-(speed - 15) / 8)) : 0);
                case LISTENING_COMPREHENSION -> outOf(s, understanding);
                default -> throw new IllegalStateException(s.skill() + " in a reading instrument");
            });
        }
        return entries;
    }

    /** The mathematics results: one level of number sense, higher where children were taught in a language they know. */
    private List<Scoring.Entry> mathematics(InstrumentSeed instrument, double t, boolean pilot, boolean kinh, Traits traits) {
        double level = clamp(0.22 + 0.2 * t + (kinh ? 0.06 : pilot ? 0.04 : -0.04) + 0.12 * traits.numeracy()
                + 0.06 * random.nextGaussian());
        // Word problems are read aloud in Vietnamese: understanding it counts as much as the sums.
        double language = kinh ? 1 : pilot ? Math.min(1, 0.75 + 0.1 * t) : Math.min(1, 0.7 + 0.1 * t);
        List<Scoring.Entry> entries = new ArrayList<>();
        for (SubtaskSeed s : instrument.subtasks()) {
            entries.add(switch (s.skill()) {
                case NUMBER_IDENTIFICATION -> timed(s, 40 * level + 3 * random.nextGaussian());
                case ADDITION -> outOf(s, clamp(1.05 * level));
                case SUBTRACTION -> outOf(s, clamp(0.85 * level));
                case WORD_PROBLEMS -> outOf(s, clamp(0.8 * level * language));
                default -> throw new IllegalStateException(s.skill() + " in a mathematics instrument");
            });
        }
        return entries;
    }

    /**
     * A timed result at {@code perMinute}: the items read in the time limit, or, for a pupil fast enough to finish every
     * item, all of them and the seconds it took.
     */
    static Scoring.Entry timed(SubtaskSeed subtask, double perMinute) {
        int limit = subtask.seconds();
        long correct = Math.round(Math.max(0, perMinute) * limit / 60.0);
        if (correct < subtask.items()) {
            return Scoring.Entry.of((int) correct, limit);
        }
        int seconds = (int) Math.max(1, Math.min(limit, Math.round(subtask.items() * 60.0 / perMinute)));
        return Scoring.Entry.of(subtask.items(), seconds);
    }

    /** A result out of the subtask's items, each answered correctly with {@code chance}. */
    private Scoring.Entry outOf(SubtaskSeed subtask, double chance) {
        int correct = 0;
        for (int i = 0; i < subtask.items(); i++) {
            if (random.nextDouble() < chance) {
                correct++;
            }
        }
        return Scoring.Entry.of(correct, null);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
