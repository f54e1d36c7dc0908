package vn.mtbbe.cohort.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hand-computed example. Cohort of 10 pupils entering grade 1 in 2023-2024:
 * year 1: 7 promoted, 2 repeated, 1 dropped out;
 * year 2: the 7 promoted are in grade 2 (6 promoted, 1 transferred); the 2 repeaters in grade 1 (1 promoted,
 *         1 repeats again);
 * year 3: 6 in grade 3 (all promoted), 1 in grade 2 (promoted), 1 in grade 1 (dropped out).
 */
class CohortFlowTest {

    static List<CohortFlow.Fact> example() {
        List<CohortFlow.Fact> facts = new ArrayList<>();
        for (long p = 1; p <= 10; p++) {
            String sex = p % 2 == 0 ? "F" : "M";
            Outcome first = p <= 7 ? Outcome.PROMOTED : p <= 9 ? Outcome.REPEATED : Outcome.DROPPED_OUT;
            facts.add(new CohortFlow.Fact(p, "2023-2024", Stage.GRADE_1, first, sex, "HMONG"));
            if (p <= 7) {
                Outcome second = p <= 6 ? Outcome.PROMOTED : Outcome.TRANSFERRED;
                facts.add(new CohortFlow.Fact(p, "2024-2025", Stage.GRADE_2, second, sex, "HMONG"));
                if (p <= 6) {
                    facts.add(new CohortFlow.Fact(p, "2025-2026", Stage.GRADE_3, Outcome.PROMOTED, sex, "HMONG"));
                }
            } else if (p <= 9) {
                Outcome second = p == 8 ? Outcome.PROMOTED : Outcome.REPEATED;
                facts.add(new CohortFlow.Fact(p, "2024-2025", Stage.GRADE_1, second, sex, "HMONG"));
                Stage third = p == 8 ? Stage.GRADE_2 : Stage.GRADE_1;
                facts.add(new CohortFlow.Fact(p, "2025-2026", third, p == 8 ? Outcome.PROMOTED : Outcome.DROPPED_OUT, sex, "HMONG"));
            }
        }
        return facts;
    }

    @Test
    void flowYearByYear() {
        List<CohortFlow.Year> years = CohortFlow.byYear(example());
        assertEquals(List.of(
                new CohortFlow.Year("2023-2024", Stage.GRADE_1, 10, 7, 2, 0, 1, 0),
                new CohortFlow.Year("2024-2025", Stage.GRADE_2, 9, 7, 1, 1, 0, 0),
                new CohortFlow.Year("2025-2026", Stage.GRADE_3, 8, 7, 0, 0, 1, 0)), years);
        assertEquals(0.7, years.get(0).promotionRate(), 1e-9);
        assertEquals(0.2, years.get(0).repetitionRate(), 1e-9);
        assertEquals(0.1, years.get(0).dropoutRate(), 1e-9);
    }

    @Test
    void ratesPerGrade() {
        List<CohortFlow.Year> rows = CohortFlow.byYearAndStage(example());
        CohortFlow.Year grade1Year2 = rows.stream()
                .filter(r -> r.schoolYear().equals("2024-2025") && r.stage() == Stage.GRADE_1).findFirst().orElseThrow();
        assertEquals(new CohortFlow.Year("2024-2025", Stage.GRADE_1, 2, 1, 1, 0, 0, 0), grade1Year2);
        assertEquals(0.5, grade1Year2.repetitionRate(), 1e-9);
        CohortFlow.Year grade2Year2 = rows.stream()
                .filter(r -> r.schoolYear().equals("2024-2025") && r.stage() == Stage.GRADE_2).findFirst().orElseThrow();
        assertEquals(6.0 / 7, grade2Year2.promotionRate(), 1e-9);
        CohortFlow.Year grade1Year3 = rows.stream()
                .filter(r -> r.schoolYear().equals("2025-2026") && r.stage() == Stage.GRADE_1).findFirst().orElseThrow();
        assertEquals(1.0, grade1Year3.dropoutRate(), 1e-9);
    }

    @Test
    void flowBySex() {
        Map<String, List<CohortFlow.Year>> bySex = CohortFlow.byYearFor(example(), CohortFlow.Fact::sex);
        assertEquals(5, bySex.get("F").get(0).enrolled());
        assertEquals(1, bySex.get("F").get(0).droppedOut(), "pupil 10 is a girl");
        assertEquals(4, bySex.get("M").get(0).promoted());
    }

    @Test
    void aTransferFollowedByAReturnInTheSameYearIsNotALoss() {
        List<CohortFlow.Fact> facts = List.of(
                new CohortFlow.Fact(1, "2025-2026", Stage.GRADE_3, Outcome.TRANSFERRED, "F", "KHMER"),
                new CohortFlow.Fact(1, "2025-2026", Stage.GRADE_3, Outcome.PROMOTED, "F", "KHMER"));
        assertEquals(new CohortFlow.Year("2025-2026", Stage.GRADE_3, 1, 1, 0, 0, 0, 0), CohortFlow.byYear(facts).get(0));
    }

    @Test
    void aMoveToAnotherClassIsNeitherALossNorAYearEndOutcomeInWhateverOrderTheEnrolmentsCome() {
        List<CohortFlow.Fact> moved = List.of(
                new CohortFlow.Fact(1, "2025-2026", Stage.GRADE_1, Outcome.MOVED, "F", "HMONG"),
                new CohortFlow.Fact(1, "2025-2026", Stage.GRADE_1, Outcome.PROMOTED, "F", "HMONG"),
                new CohortFlow.Fact(2, "2025-2026", Stage.GRADE_1, Outcome.REPEATED, "M", "HMONG"),
                new CohortFlow.Fact(2, "2025-2026", Stage.GRADE_1, Outcome.MOVED, "M", "HMONG"),
                new CohortFlow.Fact(3, "2025-2026", Stage.GRADE_1, Outcome.MOVED, "M", "HMONG"),
                new CohortFlow.Fact(3, "2025-2026", Stage.GRADE_1, null, "M", "HMONG"));
        assertEquals(List.of(new CohortFlow.Year("2025-2026", Stage.GRADE_1, 3, 1, 1, 0, 0, 0)), CohortFlow.byYear(moved));
    }
}
