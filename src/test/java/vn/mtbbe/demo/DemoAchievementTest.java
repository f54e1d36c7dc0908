package vn.mtbbe.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Band;
import vn.mtbbe.achievement.domain.Round;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.demo.DemoAchievement.ClassResults;
import vn.mtbbe.demo.DemoAchievement.Result;
import vn.mtbbe.demo.DemoAchievement.SittingSeed;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoInstruments.InstrumentSeed;
import vn.mtbbe.demo.DemoInstruments.SubtaskSeed;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Stage;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's learning achievement: complete, within the scoring rules, and showing the pilot's effect. */
class DemoAchievementTest {

    /** The demo's last year begins in September 2025; results up to 1 December 2025. */
    static final LocalDate LAST = LocalDate.of(2025, 12, 1);
    static final Map<String, String> LANGUAGE_OF_PROVINCE = Map.of("10", "hmn", "64", "jra", "84", "km");

    static DemoData data;
    static DemoAchievement.Achievement achievement;
    static Map<String, SchoolSeed> schools;
    /** Every result with its class and sitting. */
    static List<Row> rows = new ArrayList<>();

    record Row(ClassResults classResults, Result result) {

        SubtaskSeed subtask() {
            return result.subtask();
        }

        Scoring.Entry entry() {
            return result.entry();
        }

        Stage stage() {
            return classResults.schoolClass().stage();
        }

        boolean pilot() {
            return schools.get(classResults.schoolClass().schoolCode()).designation() == Designation.PILOT;
        }

        boolean motherTongue() {
            return !subtask().series().equals("EGRA-VI") && !subtask().series().equals("EGMA-VI");
        }

        boolean vietnameseReading() {
            return subtask().series().equals("EGRA-VI");
        }

        Scoring.Derived derived() {
            return Scoring.derive(subtask().spec(), stage(), entry());
        }
    }

    @BeforeAll
    static void generate() {
        data = new DemoDataGenerator(DemoDataGenerator.SEED, 2025).generate();
        achievement = DemoAchievement.generate(data, LAST, DemoDataGenerator.SEED);
        schools = data.schools().stream().collect(Collectors.toMap(SchoolSeed::code, Function.identity()));
        achievement.classes().forEach(c -> c.results().forEach(r -> rows.add(new Row(c, r))));
    }

    @Test
    void sameSeedSameResultsAndAnotherSeedOthers() {
        assertEquals(achievement, DemoAchievement.generate(data, LAST, DemoDataGenerator.SEED));
        assertNotEquals(achievement.classes(), DemoAchievement.generate(data, LAST, DemoDataGenerator.SEED + 1).classes());
    }

    @Test
    void parallelReadingInstrumentsInFourLanguagesAndOneMathematicsTestWithBenchmarksForGrades1To3() {
        List<InstrumentSeed> instruments = achievement.instruments();
        assertEquals(List.of("EGRA-HMN", "EGRA-JRA", "EGRA-KM", "EGRA-VI", "EGMA-VI"),
                instruments.stream().map(InstrumentSeed::series).toList());
        assertEquals(List.of("hmn", "jra", "km", "vi", "vi"), instruments.stream().map(InstrumentSeed::language).toList());
        List<Skill> readingSkills = List.of(Skill.LETTER_SOUNDS, Skill.FAMILIAR_WORDS, Skill.INVENTED_WORDS,
                Skill.ORAL_READING_FLUENCY, Skill.READING_COMPREHENSION, Skill.LISTENING_COMPREHENSION);
        for (InstrumentSeed i : instruments) {
            assertEquals(List.of(Stage.GRADE_1, Stage.GRADE_2, Stage.GRADE_3), i.stages());
            List<Skill> skills = i.subtasks().stream().map(SubtaskSeed::skill).toList();
            assertEquals(i.area() == Area.READING ? readingSkills
                    : List.of(Skill.NUMBER_IDENTIFICATION, Skill.ADDITION, Skill.SUBTRACTION, Skill.WORD_PROBLEMS), skills);
            for (int p = 0; p < i.subtasks().size(); p++) {
                SubtaskSeed s = i.subtasks().get(p);
                assertEquals(p + 1, s.position());
                assertEquals(i.series(), s.series());
                assertTrue(s.skill().area() == i.area(), s.skill() + " in " + i.series());
                assertEquals(s.kind() == SubtaskKind.TIMED ? Integer.valueOf(60) : null, s.seconds());
                assertEquals(Set.copyOf(i.stages()), s.benchmarks().keySet());
                s.benchmarks().values().forEach(b -> assertTrue(b.approachingFrom() <= b.meetingFrom(), s.toString()));
                assertTrue(Normalizer.isNormalized(s.sample(), Normalizer.Form.NFC), s.sample());
                assertTrue(s.sample().codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c)
                        == (i.language().equals("km") ? Character.UnicodeScript.KHMER : Character.UnicodeScript.LATIN)),
                        s.sample());
            }
        }
        // Oral reading fluency: more words a minute each grade; the same level is fewer words in Khmer than in Vietnamese.
        for (String language : List.of("hmn", "jra", "km", "vi")) {
            Map<Stage, Scoring.Thresholds> orf = DemoInstruments.reading(language).subtasks().get(3).benchmarks();
            assertTrue(orf.get(Stage.GRADE_1).meetingFrom() < orf.get(Stage.GRADE_2).meetingFrom()
                    && orf.get(Stage.GRADE_2).meetingFrom() < orf.get(Stage.GRADE_3).meetingFrom(), language);
        }
        assertEquals(List.of(20.0, 34.0, 45.0), meetingOrf("hmn"));
        assertTrue(meetingOrf("km").get(2) < meetingOrf("vi").get(2));
    }

    private static List<Double> meetingOrf(String language) {
        Map<Stage, Scoring.Thresholds> orf = DemoInstruments.reading(language).subtasks().get(3).benchmarks();
        return DemoInstruments.STAGES.stream().map(s -> orf.get(s).meetingFrom()).toList();
    }

    @Test
    void aBaselineAndAnEndlinePerProvinceAndYearWithTheProvincesLanguageVietnameseAndMathematics() {
        List<SittingSeed> sittings = achievement.sittings();
        assertEquals(data.years().size() * 3 * 2, sittings.size());
        assertEquals("Đánh giá đầu năm 2024–2025 · Lào Cai", sittings.stream()
                .filter(s -> s.year().equals("2024-2025") && s.province().equals("10") && s.round() == Round.BASELINE)
                .findFirst().orElseThrow().name());
        Set<SittingSeed> withResults = achievement.classes().stream().map(ClassResults::sitting).collect(Collectors.toSet());
        for (SittingSeed s : sittings) {
            assertEquals(s.round() == Round.BASELINE ? 9 : 5, s.startsOn().getMonthValue(), s.name());
            assertEquals(DayOfWeek.MONDAY, s.startsOn().getDayOfWeek());
            assertEquals(s.startsOn().plusDays(11), s.endsOn());
            assertEquals(List.of("EGRA-" + LANGUAGE_OF_PROVINCE.get(s.province()).toUpperCase(), "EGRA-VI", "EGMA-VI"),
                    s.instruments());
            assertEquals(data.schools().stream().filter(sc -> sc.provinceCode().equals(s.province())
                    && sc.level() != SchoolLevel.PRESCHOOL).map(SchoolSeed::code).toList(), s.schools());
            // Sittings still to come are there to be seen, without results.
            assertEquals(!s.startsOn().isAfter(LAST), withResults.contains(s), s.name());
        }
        assertEquals(3, sittings.stream().filter(s -> s.startsOn().isAfter(LAST)).count(), "this year's endlines");
    }

    @Test
    void everyResultObeysTheScoringRules() {
        assertTrue(rows.size() > 50_000, "results: " + rows.size());
        for (Row row : rows) {
            Scoring.Entry e = row.entry();
            Validation v = Validation.start();
            Scoring.Entry checked = Scoring.check(v, "result", row.subtask().spec(), e.score(), e.seconds(), e.absent());
            assertTrue(v.isValid(), row::toString);
            assertEquals(e, checked);
            if (row.subtask().timed() && !e.absent()) {
                assertNotNull(e.seconds());
                // Only a child who read every item can have stopped before the time limit.
                assertTrue(e.seconds() == 60 || e.score() == row.subtask().items(), row::toString);
            }
        }
    }

    @Test
    void everyPupilOfGrades1To3IsAssessedOnceInTheClassTheyWereInInEveryInstrumentTheyTake() {
        for (SittingSeed sitting : achievement.sittings()) {
            if (sitting.startsOn().isAfter(LAST)) {
                continue;
            }
            Map<Integer, Set<ClassSeed>> expected = new HashMap<>();
            for (int i = 0; i < data.pupils().size(); i++) {
                for (EnrolmentSeed e : data.pupils().get(i).enrolments()) {
                    ClassSeed c = e.schoolClass();
                    if (c.year().equals(sitting.year()) && sitting.schools().contains(c.schoolCode())
                            && DemoInstruments.STAGES.contains(c.stage()) && !e.start().isAfter(sitting.endsOn())
                            && (e.outcomeDate() == null || !e.outcomeDate().isBefore(sitting.startsOn()))) {
                        expected.computeIfAbsent(i, k -> new HashSet<>()).add(c);
                    }
                }
            }
            Map<Integer, ClassSeed> assessedIn = new HashMap<>();
            for (ClassResults c : achievement.classes()) {
                if (!c.sitting().equals(sitting)) {
                    continue;
                }
                assertFalse(c.assessedOn().isBefore(sitting.startsOn()) || c.assessedOn().isAfter(sitting.endsOn())
                        || c.assessedOn().isAfter(LAST), c.assessedOn().toString());
                assertTrue(c.assessedOn().getDayOfWeek().getValue() <= 5, "a school day");
                Map<Integer, List<Result>> byPupil = c.results().stream().collect(Collectors.groupingBy(Result::pupil));
                byPupil.forEach((pupil, results) -> {
                    assertNull(assessedIn.put(pupil, c.schoolClass()), "one class per pupil and sitting");
                    PupilSeed p = data.pupils().get(pupil);
                    Set<String> taken = results.stream().map(r -> r.subtask().series()).collect(Collectors.toSet());
                    Set<String> expectedSeries = new HashSet<>(Set.of("EGRA-VI", "EGMA-VI"));
                    if (p.motherTongue().equals(LANGUAGE_OF_PROVINCE.get(sitting.province()))) {
                        expectedSeries.add("EGRA-" + p.motherTongue().toUpperCase());
                    }
                    assertEquals(expectedSeries, taken, p.code());
                    assertEquals(expectedSeries.size() == 3 ? 16 : 10, results.size(), "every subtask once");
                    assertEquals(1, results.stream().map(r -> r.entry().absent()).distinct().count(),
                            "absent from every subtask or from none");
                });
            }
            assertEquals(expected.keySet(), assessedIn.keySet(), sitting.name());
            assessedIn.forEach((pupil, c) -> assertTrue(expected.get(pupil).contains(c)));
        }
    }

    @Test
    void pilotPupilsReadBetterInTheirMotherTongueFromGrade1() {
        Predicate<Row> grade1Orf = r -> r.stage() == Stage.GRADE_1 && r.subtask().skill() == Skill.ORAL_READING_FLUENCY;
        double pilot = meeting(grade1Orf.and(Row::motherTongue).and(Row::pilot));
        double comparison = meeting(grade1Orf.and(Row::motherTongue).and(r -> !r.pilot()));
        assertTrue(pilot > comparison + 0.2, "grade 1, meeting the benchmark: pilot " + pilot + ", comparison " + comparison);
    }

    @Test
    void comparisonPupilsHaveMoreZeroScoresInBothLanguagesMostOfAllInGrade1() {
        for (Predicate<Row> language : List.<Predicate<Row>>of(Row::motherTongue, Row::vietnameseReading)) {
            Predicate<Row> orf = language.and(r -> r.subtask().skill() == Skill.ORAL_READING_FLUENCY);
            for (Stage stage : DemoInstruments.STAGES) {
                Predicate<Row> inStage = orf.and(r -> r.stage() == stage);
                double pilot = zeroScores(inStage.and(Row::pilot));
                double comparison = zeroScores(inStage.and(r -> !r.pilot()));
                assertTrue(comparison > pilot + (stage == Stage.GRADE_1 ? 0.08 : 0.03),
                        stage + ": zero scores, comparison " + comparison + ", pilot " + pilot);
            }
            Predicate<Row> grade1 = language.and(r -> r.stage() == Stage.GRADE_1);
            assertTrue(zeroScores(grade1.and(r -> !r.pilot())) > zeroScores(grade1.and(Row::pilot)), "every subtask");
        }
    }

    @Test
    void inVietnamesePilotPupilsStartBehindAndCatchUpByGrade3() {
        Predicate<Row> orf = Row::vietnameseReading;
        orf = orf.and(r -> r.subtask().skill() == Skill.ORAL_READING_FLUENCY
                && r.classResults().sitting().round() == Round.ENDLINE);
        Predicate<Row> grade1 = orf.and(r -> r.stage() == Stage.GRADE_1);
        Predicate<Row> grade3 = orf.and(r -> r.stage() == Stage.GRADE_3);
        double gap1 = meeting(grade1.and(Row::pilot)) - meeting(grade1.and(r -> !r.pilot()));
        double gap3 = meeting(grade3.and(Row::pilot)) - meeting(grade3.and(r -> !r.pilot()));
        assertTrue(gap1 < -0.1, "grade 1: pilot behind by " + gap1);
        assertTrue(Math.abs(gap3) < Math.abs(gap1) / 2, "grade 3: " + gap3 + " against " + gap1 + " in grade 1");
    }

    @Test
    void everyGroupReadsFasterAtTheEndlineThanAtTheBaseline() {
        for (Predicate<Row> language : List.<Predicate<Row>>of(Row::motherTongue, Row::vietnameseReading)) {
            for (boolean pilot : List.of(true, false)) {
                for (Stage stage : DemoInstruments.STAGES) {
                    Predicate<Row> group = language.and(r -> r.pilot() == pilot && r.stage() == stage
                            && r.subtask().skill() == Skill.ORAL_READING_FLUENCY);
                    double baseline = meanRate(group.and(r -> r.classResults().sitting().round() == Round.BASELINE));
                    double endline = meanRate(group.and(r -> r.classResults().sitting().round() == Round.ENDLINE));
                    assertTrue(endline > baseline + 2, stage + (pilot ? " pilot " : " comparison ") + baseline + " → " + endline);
                }
            }
        }
    }

    @Test
    void aFewPupilsAreAbsentAndAFewStrongReadersFinishEarly() {
        Map<Boolean, Long> absent = new HashMap<>();
        Map<Boolean, Long> assessed = new HashMap<>();
        for (ClassResults c : achievement.classes()) {
            boolean pilot = schools.get(c.schoolClass().schoolCode()).designation() == Designation.PILOT;
            c.results().stream().collect(Collectors.groupingBy(Result::pupil)).values().forEach(results -> {
                assessed.merge(pilot, 1L, Long::sum);
                absent.merge(pilot, results.get(0).entry().absent() ? 1L : 0L, Long::sum);
            });
        }
        for (boolean pilot : List.of(true, false)) {
            double share = (double) absent.get(pilot) / assessed.get(pilot);
            assertTrue(share > 0.015 && share < 0.07, (pilot ? "pilot " : "comparison ") + share);
        }
        List<Row> fluency = rows.stream().filter(r -> r.subtask().skill() == Skill.ORAL_READING_FLUENCY
                && !r.entry().absent()).toList();
        long early = fluency.stream().filter(r -> r.entry().seconds() < 60).count();
        assertTrue(early > 0 && early < fluency.size() / 10, early + " of " + fluency.size() + " finished the passage early");
    }

    private static List<Scoring.Derived> derived(Predicate<Row> filter) {
        List<Scoring.Derived> derived = rows.stream().filter(filter).filter(r -> !r.entry().absent()).map(Row::derived).toList();
        assertTrue(derived.size() >= 100, "results to compare: " + derived.size());
        return derived;
    }

    private static double meeting(Predicate<Row> filter) {
        List<Scoring.Derived> d = derived(filter);
        return (double) d.stream().filter(x -> x.band() == Band.MEETING).count() / d.size();
    }

    private static double zeroScores(Predicate<Row> filter) {
        List<Scoring.Derived> d = derived(filter);
        return (double) d.stream().filter(Scoring.Derived::zeroScore).count() / d.size();
    }

    private static double meanRate(Predicate<Row> filter) {
        return derived(filter).stream().mapToDouble(Scoring.Derived::perMinute).average().orElseThrow();
    }
}
