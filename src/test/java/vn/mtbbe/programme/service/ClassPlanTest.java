package vn.mtbbe.programme.service;

import org.junit.jupiter.api.Test;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.InstructionService.ClassPlan;
import vn.mtbbe.programme.service.InstructionService.Line;
import vn.mtbbe.programme.service.InstructionService.Status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

/** Where a class's recorded practice stands against its plan, as the school page and the class page show it. */
class ClassPlanTest {

    static final ScheduleVersion VERSION = new ScheduleVersion(null, 1, 2008, List.of(), "ministry", Instant.EPOCH, null);

    static ClassPlan plan(ScheduleVersion version, Line... lines) {
        return new ClassPlan(null, null, version, List.of(lines), false, Set.of(), Map.of());
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
}
