package vn.mtbbe.programme.service;

import org.junit.jupiter.api.Test;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.InstructionService.ClassPlan;
import vn.mtbbe.programme.service.InstructionService.Line;
import vn.mtbbe.programme.service.InstructionService.Status;
import vn.mtbbe.registry.domain.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

/**
 * Where a class's recorded practice stands against its plan, as the school page and the class page show it, and
 * where it stands in the transition.
 */
class ClassPlanTest {

    static final ScheduleVersion VERSION = new ScheduleVersion(null, 1, 2008, List.of(), "ministry", Instant.EPOCH, null);

    static ClassPlan plan(ScheduleVersion version, Line... lines) {
        return new ClassPlan(null, null, version, List.of(lines), List.of());
    }

    static Line line(String subject, int semester, InstructionMode planned, InstructionMode actual) {
        return new Line(subject, semester, planned, actual);
    }

    @Test
    void nothingRecordedIsNotRecordedYet() {
        assertEquals(Status.NOT_RECORDED, plan(VERSION, line("MATHEMATICS", 1, VIETNAMESE, null),
                line("MATHEMATICS", 2, VIETNAMESE, null)).status());
    }

    @Test
    void everyPlannedCellRecordedAsPlannedIsAsPlanned() {
        assertEquals(Status.AS_PLANNED, plan(VERSION, line("MATHEMATICS", 1, BILINGUAL, BILINGUAL),
                line("MATHEMATICS", 2, VIETNAMESE, VIETNAMESE)).status());
    }

    @Test
    void someCellsStillOpenArePartlyRecorded() {
        assertEquals(Status.PARTLY_RECORDED, plan(VERSION, line("MATHEMATICS", 1, BILINGUAL, BILINGUAL),
                line("MATHEMATICS", 2, VIETNAMESE, null)).status());
    }

    @Test
    void oneCellOffPlanMakesTheClassDepartEvenWithOthersOpen() {
        assertEquals(Status.DEPARTS, plan(VERSION, line("MATHEMATICS", 1, BILINGUAL, MOTHER_TONGUE),
                line("MATHEMATICS", 2, VIETNAMESE, null)).status());
    }

    @Test
    void aSubjectTaughtThoughNotPlannedDeparts() {
        assertEquals(Status.DEPARTS, plan(VERSION, line("ARTS", 1, null, MOTHER_TONGUE)).status());
    }

    @Test
    void aClassWithoutScheduleHasNoPlan() {
        assertEquals(Status.NO_PLAN, plan(null).status());
    }

    @Test
    void theSwitchingYearAndNextYearComeFromTheOutlook() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            entries.add(ScheduleEntry.wholeYear(stage, "MATHEMATICS", stage.ordinal() < Stage.GRADE_3.ordinal() ? BILINGUAL : VIETNAMESE));
        }
        entries.add(new ScheduleEntry(Stage.GRADE_3, 2, "ARTS", MOTHER_TONGUE));
        entries.add(new ScheduleEntry(Stage.GRADE_2, 1, "SCIENCE", MOTHER_TONGUE));
        List<String> subjects = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "ARTS");
        Schedule schedule = new Schedule(entries);

        ClassPlan grade2 = new ClassPlan(null, null, VERSION, List.of(), schedule.outlook(Stage.GRADE_2, subjects));
        assertFalse(grade2.switchingYear(), "science only stops mid-year");
        assertEquals(Set.of(), grade2.switchingSubjects());
        Map<String, List<InstructionMode>> next = new LinkedHashMap<>();
        next.put("MATHEMATICS", List.of(VIETNAMESE, VIETNAMESE));
        next.put("ARTS", Arrays.asList(null, MOTHER_TONGUE));
        assertEquals(next, grade2.nextYear(), "the subjects taught next year, science no longer");

        ClassPlan grade3 = new ClassPlan(null, null, VERSION, List.of(), schedule.outlook(Stage.GRADE_3, subjects));
        assertTrue(grade3.switchingYear());
        assertEquals(Set.of("MATHEMATICS"), grade3.switchingSubjects(), "arts starts mid-year: not a switch");
        assertEquals(Map.of("MATHEMATICS", List.of(VIETNAMESE, VIETNAMESE)), grade3.nextYear());
    }
}
