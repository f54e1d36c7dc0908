package vn.mtbbe.programme.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.registry.domain.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
