package vn.mtbbe.demo;

import org.junit.jupiter.api.Test;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.registry.domain.Stage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo schedules are valid, and the gradual one moves each core subject forward only, never back. */
class DemoProgrammesTest {

    static final List<String> CORE = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES");

    @Test
    void bothDemoSchedulesAreValid() {
        assertEquals(List.of(), new Schedule(DemoProgrammes.published()).problems(CORE));
        assertEquals(List.of(), new Schedule(DemoProgrammes.gradual()).problems(CORE));
    }

    @Test
    void theGradualScheduleSwitchesOverGradesThreeToFiveAndNeverBack() {
        Schedule gradual = new Schedule(DemoProgrammes.gradual());
        for (String subject : CORE) {
            int previous = -1;
            for (Stage stage : Stage.values()) {
                for (int semester = 1; semester <= 2; semester++) {
                    int step = gradual.mode(stage, semester, subject).map(InstructionMode::ordinal).orElseThrow();
                    assertTrue(step >= previous, subject + " goes back towards the mother tongue at " + stage);
                    previous = step;
                }
            }
            assertEquals(Optional.of(InstructionMode.VIETNAMESE), gradual.mode(Stage.GRADE_5, 1, subject));
        }
        assertTrue(gradual.switchedSubjects(Stage.GRADE_4, CORE).containsAll(Set.of("SCIENCE", "SOCIAL_STUDIES")),
                "the content subjects turn bilingual in grade 4");
        assertEquals(InstructionMode.MOTHER_TONGUE, gradual.mode(Stage.GRADE_3, 1, "SCIENCE").orElseThrow());
    }
}
