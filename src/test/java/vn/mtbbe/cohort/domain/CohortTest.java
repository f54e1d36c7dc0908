package vn.mtbbe.cohort.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.registry.domain.Stage;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohortTest {

    @Test
    void aPreschoolCohortReachesGradeFiveInItsSixthYearAndThenFinishes() {
        Cohort cohort = new Cohort(null, 2020, Stage.PRESCHOOL_5, null);
        assertEquals(Optional.empty(), cohort.stageIn(2019), "not started yet");
        assertEquals(Optional.of(Stage.PRESCHOOL_5), cohort.stageIn(2020));
        assertEquals(Optional.of(Stage.GRADE_3), cohort.stageIn(2023));
        assertEquals(Optional.of(Stage.GRADE_5), cohort.stageIn(2025));
        assertFalse(cohort.finishedBefore(2025));
        assertEquals(Optional.empty(), cohort.stageIn(2026));
        assertTrue(cohort.finishedBefore(2026));
    }

    @Test
    void aCohortStartingInGradeOneFinishesAYearEarlier() {
        Cohort cohort = new Cohort(null, 2020, Stage.GRADE_1, null);
        assertEquals(Optional.of(Stage.GRADE_1), cohort.stageIn(2020));
        assertEquals(Optional.of(Stage.GRADE_5), cohort.stageIn(2024));
        assertTrue(cohort.finishedBefore(2025));
        assertFalse(cohort.finishedBefore(2019), "before the start it has not finished either");
    }
}
