package vn.mtbbe.programme.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.registry.domain.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

class ScheduleTest {

    static final List<String> CORE = List.of("LITERACY", "MATHEMATICS");

    /** Mother tongue first, core subjects in Vietnamese from grade 3 (the published pattern). */
    static List<ScheduleEntry> published() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            InstructionMode mode = stage.ordinal() < Stage.GRADE_2.ordinal() ? MOTHER_TONGUE
                    : stage == Stage.GRADE_2 ? BILINGUAL : VIETNAMESE;
            for (String subject : CORE) {
                entries.add(ScheduleEntry.wholeYear(stage, subject, mode));
            }
        }
        return entries;
    }

    @Test
    void thePublishedPatternIsValid() {
        assertEquals(List.of(), new Schedule(published()).problems(CORE));
    }

    @Test
    void aCoreSubjectWithoutALanguageIsRejected() {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        entries.removeIf(e -> e.getStage() == Stage.GRADE_4 && e.getSubject().equals("MATHEMATICS"));
        List<Schedule.Problem> problems = new Schedule(entries).problems(CORE);
        assertEquals(List.of(new Schedule.Problem(Stage.GRADE_4, "MATHEMATICS", "validation.schedule.coreWithoutLanguage")), problems);
    }

    @Test
    void aCoreSubjectTaughtInOneSemesterOnlyIsRejected() {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        entries.removeIf(e -> e.getStage() == Stage.GRADE_3 && e.getSubject().equals("LITERACY"));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 1, "LITERACY", BILINGUAL));
        assertEquals(1, new Schedule(entries).problems(CORE).size());
        entries.add(new ScheduleEntry(Stage.GRADE_3, 2, "LITERACY", VIETNAMESE));
        assertEquals(List.of(), new Schedule(entries).problems(CORE));
    }

    @Test
    void duplicateAndMixedEntriesAreRejected() {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        entries.add(new ScheduleEntry(Stage.GRADE_1, 1, "LITERACY", BILINGUAL));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_2, "MATHEMATICS", VIETNAMESE));
        Set<String> keys = Set.copyOf(new Schedule(entries).problems(CORE).stream().map(Schedule.Problem::messageKey).toList());
        assertEquals(Set.of("validation.schedule.yearAndSemester", "validation.schedule.duplicate"), keys);
    }

    @Test
    void aSemesterEntryOverridesTheWholeYearAndMarksASwitch() {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        entries.removeIf(e -> e.getStage() == Stage.GRADE_3 && e.getSubject().equals("MATHEMATICS"));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 1, "MATHEMATICS", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 2, "MATHEMATICS", VIETNAMESE));
        Schedule schedule = new Schedule(entries);
        assertEquals(Optional.of(BILINGUAL), schedule.mode(Stage.GRADE_3, 1, "MATHEMATICS"));
        assertEquals(Optional.of(VIETNAMESE), schedule.mode(Stage.GRADE_3, 2, "MATHEMATICS"));
        assertEquals(Set.of("MATHEMATICS", "LITERACY"), schedule.switchedSubjects(Stage.GRADE_3, CORE));
    }

    @Test
    void switchingStagesOfThePublishedPattern() {
        Schedule schedule = new Schedule(published());
        assertFalse(schedule.isSwitchingStage(Stage.GRADE_1, CORE));
        assertTrue(schedule.isSwitchingStage(Stage.GRADE_2, CORE));
        assertTrue(schedule.isSwitchingStage(Stage.GRADE_3, CORE));
        assertFalse(schedule.isSwitchingStage(Stage.GRADE_4, CORE));
        assertEquals(0.0, schedule.vietnameseShare(CORE).get(Stage.GRADE_1));
        assertEquals(1.0, schedule.vietnameseShare(CORE).get(Stage.GRADE_5));
    }

    // --- what changes this year and next: Schedule.change and Schedule.outlook ---------------------------

    /** The published pattern with arts taught as given, as stage/semester/mode triples (semester 0: whole year). */
    static Schedule withArts(Object... stageSemesterMode) {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        for (int i = 0; i < stageSemesterMode.length; i += 3) {
            entries.add(new ScheduleEntry((Stage) stageSemesterMode[i], (Integer) stageSemesterMode[i + 1], "ARTS",
                    (InstructionMode) stageSemesterMode[i + 2]));
        }
        return new Schedule(entries);
    }

    static Schedule.SubjectOutlook outlookOf(Schedule schedule, Stage stage, String subject) {
        return schedule.outlook(stage, List.of("LITERACY", "MATHEMATICS", "ARTS")).stream()
                .filter(o -> o.subject().equals(subject)).findFirst().orElse(null);
    }

    @Test
    void aSwitchAtTheYearBoundaryIsThisYearsForTheNewStageAndNextYearsForTheOldOne() {
        Schedule schedule = new Schedule(published());
        Schedule.SubjectOutlook grade2 = outlookOf(schedule, Stage.GRADE_2, "LITERACY");
        assertEquals(new Schedule.SubjectOutlook("LITERACY", BILINGUAL, BILINGUAL, VIETNAMESE, VIETNAMESE,
                Schedule.Change.SWITCHES, Schedule.Change.SWITCHES), grade2, "mother tongue → bilingual now, → Vietnamese next");
        assertEquals(Schedule.Change.SWITCHES, schedule.change(Stage.GRADE_3, "LITERACY"));
        assertEquals(Schedule.Change.NONE, outlookOf(schedule, Stage.GRADE_3, "LITERACY").nextYear());
        assertEquals(Schedule.Change.NONE, schedule.change(Stage.GRADE_4, "LITERACY"));
    }

    @Test
    void aMidYearSwitchIsASwitch() {
        List<ScheduleEntry> entries = new ArrayList<>(published());
        entries.removeIf(e -> e.getStage() == Stage.GRADE_4 && e.getSubject().equals("MATHEMATICS"));
        entries.add(new ScheduleEntry(Stage.GRADE_4, 1, "MATHEMATICS", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_4, 2, "MATHEMATICS", VIETNAMESE));
        Schedule schedule = new Schedule(entries);
        assertEquals(Schedule.Change.SWITCHES, schedule.change(Stage.GRADE_4, "MATHEMATICS"), "V → B → V");
        assertEquals(Schedule.Change.SWITCHES, outlookOf(schedule, Stage.GRADE_3, "MATHEMATICS").nextYear());
        assertEquals(Schedule.Change.SWITCHES, outlookOf(schedule, Stage.GRADE_4, "MATHEMATICS").thisYear());
        assertEquals(Set.of("MATHEMATICS"), schedule.switchedSubjects(Stage.GRADE_4, CORE));
    }

    @Test
    void aSubjectThatStartsNextYearStartsAndDoesNotSwitch() {
        Schedule schedule = withArts(Stage.GRADE_3, 0, BILINGUAL, Stage.GRADE_4, 0, BILINGUAL, Stage.GRADE_5, 0, BILINGUAL);
        assertEquals(new Schedule.SubjectOutlook("ARTS", null, null, BILINGUAL, BILINGUAL,
                Schedule.Change.NONE, Schedule.Change.STARTS), outlookOf(schedule, Stage.GRADE_2, "ARTS"));
        assertEquals(Schedule.Change.STARTS, outlookOf(schedule, Stage.GRADE_3, "ARTS").thisYear());
        assertEquals(Schedule.Change.NONE, outlookOf(schedule, Stage.GRADE_3, "ARTS").nextYear());
        assertFalse(schedule.isSwitchingStage(Stage.GRADE_3, List.of("ARTS")), "a start is not a switch");
        assertEquals(Set.of("LITERACY", "MATHEMATICS"), schedule.switchedSubjects(Stage.GRADE_3, List.of("LITERACY", "MATHEMATICS", "ARTS")));
    }

    @Test
    void aSubjectThatStopsNextYearStopsAndIsLeftOutOnceTaughtInNeitherYear() {
        Schedule schedule = withArts(Stage.PRESCHOOL_5, 0, MOTHER_TONGUE, Stage.GRADE_1, 0, MOTHER_TONGUE,
                Stage.GRADE_2, 0, MOTHER_TONGUE, Stage.GRADE_3, 0, BILINGUAL);
        assertEquals(new Schedule.SubjectOutlook("ARTS", BILINGUAL, BILINGUAL, null, null,
                Schedule.Change.SWITCHES, Schedule.Change.STOPS), outlookOf(schedule, Stage.GRADE_3, "ARTS"));
        assertEquals(Schedule.Change.STOPS, schedule.change(Stage.GRADE_4, "ARTS"));
        assertNull(outlookOf(schedule, Stage.GRADE_4, "ARTS"), "taught neither in grade 4 nor in grade 5");
        assertFalse(schedule.isSwitchingStage(Stage.GRADE_4, List.of("ARTS")), "a stop is not a switch");
    }

    @Test
    void startingMidYearIsAStartNotASwitch() {
        Schedule schedule = withArts(Stage.GRADE_4, 2, BILINGUAL, Stage.GRADE_5, 0, BILINGUAL);
        assertEquals(Schedule.Change.STARTS, schedule.change(Stage.GRADE_4, "ARTS"));
        assertEquals(new Schedule.SubjectOutlook("ARTS", null, BILINGUAL, BILINGUAL, BILINGUAL,
                Schedule.Change.STARTS, Schedule.Change.NONE), outlookOf(schedule, Stage.GRADE_4, "ARTS"));
        assertEquals(Schedule.Change.STARTS, outlookOf(schedule, Stage.GRADE_3, "ARTS").nextYear());
        assertEquals(Set.of(), schedule.switchedSubjects(Stage.GRADE_4, List.of("ARTS")), "counted as a switch before");
        assertFalse(schedule.isSwitchingStage(Stage.GRADE_4, List.of("ARTS")));
    }

    @Test
    void stoppingMidYearIsAStopNotASwitch() {
        Schedule schedule = withArts(Stage.GRADE_3, 0, MOTHER_TONGUE, Stage.GRADE_4, 1, MOTHER_TONGUE);
        assertEquals(Schedule.Change.STOPS, schedule.change(Stage.GRADE_4, "ARTS"));
        assertEquals(Schedule.Change.STOPS, outlookOf(schedule, Stage.GRADE_3, "ARTS").nextYear(), "MT → MT → not taught");
        assertEquals(new Schedule.SubjectOutlook("ARTS", MOTHER_TONGUE, null, null, null,
                Schedule.Change.STOPS, Schedule.Change.NONE), outlookOf(schedule, Stage.GRADE_4, "ARTS"));
        assertEquals(Set.of(), schedule.switchedSubjects(Stage.GRADE_4, List.of("ARTS")), "counted as a switch before");
    }

    @Test
    void atTheFirstStageOnlyTheMidYearStepCounts() {
        assertEquals(Schedule.Change.NONE, withArts(Stage.PRESCHOOL_5, 0, MOTHER_TONGUE).change(Stage.PRESCHOOL_5, "ARTS"),
                "being taught in preschool is not a start");
        assertEquals(Schedule.Change.STARTS, withArts(Stage.PRESCHOOL_5, 2, MOTHER_TONGUE).change(Stage.PRESCHOOL_5, "ARTS"));
        assertEquals(Schedule.Change.STOPS, withArts(Stage.PRESCHOOL_5, 1, MOTHER_TONGUE).change(Stage.PRESCHOOL_5, "ARTS"));
        assertEquals(Schedule.Change.SWITCHES, withArts(Stage.PRESCHOOL_5, 1, MOTHER_TONGUE, Stage.PRESCHOOL_5, 2, BILINGUAL)
                .change(Stage.PRESCHOOL_5, "ARTS"));
        Schedule published = new Schedule(published());
        assertEquals(Schedule.Change.NONE, published.change(Stage.PRESCHOOL_5, "LITERACY"));
        assertFalse(published.isSwitchingStage(Stage.PRESCHOOL_5, CORE));
    }

    @Test
    void afterGradeFiveThereIsNoNextYear() {
        Schedule schedule = withArts(Stage.GRADE_4, 0, MOTHER_TONGUE, Stage.GRADE_5, 1, MOTHER_TONGUE, Stage.GRADE_5, 2, VIETNAMESE);
        Schedule.SubjectOutlook arts = outlookOf(schedule, Stage.GRADE_5, "ARTS");
        assertEquals(new Schedule.SubjectOutlook("ARTS", MOTHER_TONGUE, VIETNAMESE, null, null,
                Schedule.Change.SWITCHES, Schedule.Change.NONE), arts);
        assertFalse(arts.taughtNextYear());
        assertTrue(schedule.outlook(Stage.GRADE_5, CORE).stream()
                .allMatch(o -> o.nextYear() == Schedule.Change.NONE && o.next1() == null && o.next2() == null));
    }

    @Test
    void aSwitchWinsOverAStartOrAStopInTheSameYear() {
        Schedule startsThenSwitches = withArts(Stage.GRADE_3, 1, MOTHER_TONGUE, Stage.GRADE_3, 2, BILINGUAL);
        assertEquals(Schedule.Change.SWITCHES, startsThenSwitches.change(Stage.GRADE_3, "ARTS"), "not taught → MT → B");
        assertEquals(Schedule.Change.SWITCHES, outlookOf(startsThenSwitches, Stage.GRADE_2, "ARTS").nextYear());
        Schedule switchesThenStops = withArts(Stage.GRADE_2, 0, MOTHER_TONGUE, Stage.GRADE_3, 1, BILINGUAL);
        assertEquals(Schedule.Change.SWITCHES, switchesThenStops.change(Stage.GRADE_3, "ARTS"), "MT → B → not taught");
        assertEquals(Set.of("ARTS"), switchesThenStops.switchedSubjects(Stage.GRADE_3, List.of("ARTS")));
    }

    @Test
    void withoutASwitchTheLaterOfAStartAndAStopCounts() {
        assertEquals(Schedule.Change.STARTS, Schedule.change(Arrays.asList(MOTHER_TONGUE, null, MOTHER_TONGUE)),
                "dropped for a semester, then taught again");
        assertEquals(Schedule.Change.STOPS, Schedule.change(Arrays.asList(null, BILINGUAL, null)), "taught for one semester");
        assertEquals(Schedule.Change.STARTS, Schedule.change(Arrays.asList(MOTHER_TONGUE, null, VIETNAMESE)),
                "a gap between two languages is a stop and a start, not a switch");
        assertEquals(Schedule.Change.NONE, Schedule.change(Arrays.asList(null, null, null)));
        assertEquals(Schedule.Change.NONE, Schedule.change(Arrays.asList(VIETNAMESE, VIETNAMESE, VIETNAMESE)));
    }

    @Test
    void theOutlookKeepsTheSubjectsOrderAndLeavesOutThoseTaughtInNeitherYear() {
        Schedule schedule = withArts(Stage.GRADE_2, 0, MOTHER_TONGUE);
        assertEquals(List.of("MATHEMATICS", "ARTS", "LITERACY"), schedule.outlook(Stage.GRADE_1,
                List.of("MATHEMATICS", "ARTS", "SCIENCE", "LITERACY")).stream().map(Schedule.SubjectOutlook::subject).toList());
        assertEquals(List.of("MATHEMATICS"), schedule.outlook(Stage.GRADE_3, List.of("MATHEMATICS", "ARTS"))
                .stream().map(Schedule.SubjectOutlook::subject).toList(), "arts stopped when grade 3 began");
    }

    @Test
    void aCohortKeepsTheVersionInForceWhenItStarted() {
        Programme programme = new Programme("H'mong MTBBE", "hmn", null);
        ScheduleVersion v1 = new ScheduleVersion(programme, 1, 2008, published(), "ministry", Instant.EPOCH, null);
        ScheduleVersion v2 = new ScheduleVersion(programme, 2, 2012, published(), "ministry", Instant.EPOCH, null);
        List<ScheduleVersion> versions = List.of(v2, v1);
        assertEquals(Optional.empty(), ScheduleVersion.inForce(versions, 2007));
        assertEquals(Optional.of(v1), ScheduleVersion.inForce(versions, 2008));
        assertEquals(Optional.of(v1), ScheduleVersion.inForce(versions, 2011));
        assertEquals(Optional.of(v2), ScheduleVersion.inForce(versions, 2012));
        assertEquals(Optional.of(v2), ScheduleVersion.inForce(versions, 2025));
    }
}
