package vn.mtbbe.cohort.domain;

import org.junit.jupiter.api.Test;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.District;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.registry.domain.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearEndTest {

    final School school = new School("101001", "Trường Tiểu học Bản Phố", new District("10", "10001", "Bắc Hà"),
            SchoolLevel.COMBINED, Designation.PILOT, "hmn");

    @Test
    void gradeFiveCompletesOthersArePromoted() {
        assertEquals(Outcome.COMPLETED, YearEnd.proposed(Stage.GRADE_5));
        assertEquals(Outcome.PROMOTED, YearEnd.proposed(Stage.PRESCHOOL_5));
        assertEquals(Optional.of("validation.rollover.completedOnlyAfterGrade5"), YearEnd.problem(Stage.GRADE_3, Outcome.COMPLETED));
        assertEquals(Optional.of("validation.rollover.noPromotionAfterGrade5"), YearEnd.problem(Stage.GRADE_5, Outcome.PROMOTED));
        assertEquals(Optional.empty(), YearEnd.problem(Stage.GRADE_5, Outcome.REPEATED));
    }

    @Test
    void nextYearsStageAndClassName() {
        assertEquals(Optional.of(Stage.GRADE_2), YearEnd.nextStage(Stage.GRADE_1, Outcome.PROMOTED));
        assertEquals(Optional.of(Stage.GRADE_1), YearEnd.nextStage(Stage.GRADE_1, Outcome.REPEATED));
        assertEquals(Optional.empty(), YearEnd.nextStage(Stage.GRADE_5, Outcome.COMPLETED));
        assertEquals(Optional.empty(), YearEnd.nextStage(Stage.GRADE_2, Outcome.DROPPED_OUT));
        assertEquals("2B", YearEnd.nextClassName("1B", Stage.GRADE_1, Stage.GRADE_2));
        assertEquals("1A", YearEnd.nextClassName("MG5A", Stage.PRESCHOOL_5, Stage.GRADE_1));
        assertEquals("3A", YearEnd.nextClassName("Lớp ghép", Stage.GRADE_2, Stage.GRADE_3));
        assertEquals("2A", YearEnd.nextClassName("2A", Stage.GRADE_2, Stage.GRADE_2));
    }

    @Test
    void aChildPromotedFromAPreschoolOnlySchoolIsHandedOverToGradeOneElsewhere() {
        assertTrue(YearEnd.handsOver(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.PRESCHOOL));
        assertEquals(Optional.empty(), YearEnd.stageAtSchool(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.PRESCHOOL),
                "no grade 1 at the preschool");
        assertEquals(Optional.of(Stage.GRADE_1), YearEnd.nextStage(Stage.PRESCHOOL_5, Outcome.PROMOTED), "grade 1 elsewhere");
        // A combined school keeps its children; repeating, transfers and dropping out hand nobody over.
        assertFalse(YearEnd.handsOver(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.COMBINED));
        assertEquals(Optional.of(Stage.GRADE_1), YearEnd.stageAtSchool(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.COMBINED));
        assertFalse(YearEnd.handsOver(Stage.PRESCHOOL_5, Outcome.REPEATED, SchoolLevel.PRESCHOOL));
        assertEquals(Optional.of(Stage.PRESCHOOL_5), YearEnd.stageAtSchool(Stage.PRESCHOOL_5, Outcome.REPEATED, SchoolLevel.PRESCHOOL));
        assertFalse(YearEnd.handsOver(Stage.PRESCHOOL_5, Outcome.TRANSFERRED, SchoolLevel.PRESCHOOL));
        assertFalse(YearEnd.handsOver(Stage.PRESCHOOL_5, Outcome.DROPPED_OUT, SchoolLevel.PRESCHOOL));
        assertFalse(YearEnd.handsOver(Stage.GRADE_5, Outcome.COMPLETED, SchoolLevel.PRIMARY), "completing is not a hand-over");
        assertFalse(YearEnd.handsOver(Stage.GRADE_2, Outcome.PROMOTED, SchoolLevel.PRIMARY));
    }

    @Test
    void aReceivingSchoolMustTeachGradeOneAndBeNamedOnlyForAHandOver() {
        assertEquals(Optional.empty(), YearEnd.receivingProblem(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.PRESCHOOL,
                SchoolLevel.PRIMARY, false));
        assertEquals(Optional.empty(), YearEnd.receivingProblem(Stage.PRESCHOOL_5, Outcome.PROMOTED, SchoolLevel.PRESCHOOL,
                SchoolLevel.COMBINED, false));
        assertEquals(Optional.of("validation.rollover.receivingSchool"), YearEnd.receivingProblem(Stage.PRESCHOOL_5,
                Outcome.PROMOTED, SchoolLevel.PRESCHOOL, SchoolLevel.PRESCHOOL, false), "another preschool has no grade 1");
        assertEquals(Optional.of("validation.rollover.receivingSchool"), YearEnd.receivingProblem(Stage.PRESCHOOL_5,
                Outcome.PROMOTED, SchoolLevel.PRESCHOOL, SchoolLevel.PRESCHOOL, true), "nor the school itself");
        assertEquals(Optional.of("validation.rollover.noHandOver"), YearEnd.receivingProblem(Stage.PRESCHOOL_5,
                Outcome.REPEATED, SchoolLevel.PRESCHOOL, SchoolLevel.PRIMARY, false), "a repeater stays");
        assertEquals(Optional.of("validation.rollover.noHandOver"), YearEnd.receivingProblem(Stage.PRESCHOOL_5,
                Outcome.PROMOTED, SchoolLevel.COMBINED, SchoolLevel.PRIMARY, false), "a combined school keeps its children");
        assertEquals(Optional.of("validation.rollover.noHandOver"), YearEnd.receivingProblem(Stage.GRADE_1,
                Outcome.PROMOTED, SchoolLevel.PRIMARY, SchoolLevel.PRIMARY, false), "a transfer is not a hand-over");
        // The class chosen at the receiving school follows the same rule as at the school itself.
        assertEquals(Optional.empty(), YearEnd.nextClassProblem(Stage.PRESCHOOL_5, Outcome.PROMOTED, true, true, Stage.GRADE_1));
        assertEquals(Optional.of("validation.rollover.nextClass"),
                YearEnd.nextClassProblem(Stage.PRESCHOOL_5, Outcome.PROMOTED, true, true, Stage.GRADE_2));
        assertEquals("1A", YearEnd.nextClassName("MG5A", Stage.PRESCHOOL_5, Stage.GRADE_1));
    }

    @Test
    void theOutcomesOfferedAtEachStage() {
        assertEquals(List.of(Outcome.PROMOTED, Outcome.REPEATED, Outcome.TRANSFERRED, Outcome.DROPPED_OUT),
                YearEnd.allowed(Stage.GRADE_1));
        assertEquals(List.of(Outcome.PROMOTED, Outcome.REPEATED, Outcome.TRANSFERRED, Outcome.DROPPED_OUT),
                YearEnd.allowed(Stage.PRESCHOOL_5));
        assertEquals(List.of(Outcome.REPEATED, Outcome.TRANSFERRED, Outcome.DROPPED_OUT, Outcome.COMPLETED),
                YearEnd.allowed(Stage.GRADE_5));
    }

    @Test
    void aChosenNextClassMustBeOfTheSchoolNextYearAndTheStageTheOutcomeLeadsTo() {
        assertEquals(Optional.empty(), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.PROMOTED, true, true, Stage.GRADE_2));
        assertEquals(Optional.empty(), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.REPEATED, true, true, Stage.GRADE_1));
        assertEquals(Optional.empty(), YearEnd.nextClassProblem(Stage.PRESCHOOL_5, Outcome.PROMOTED, true, true, Stage.GRADE_1));
        String wrong = "validation.rollover.nextClass";
        assertEquals(Optional.of(wrong), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.PROMOTED, true, true, Stage.GRADE_1),
                "a promoted pupil does not go to a class of the same stage");
        assertEquals(Optional.of(wrong), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.REPEATED, true, true, Stage.GRADE_2));
        assertEquals(Optional.of(wrong), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.PROMOTED, false, true, Stage.GRADE_2),
                "another school's class");
        assertEquals(Optional.of(wrong), YearEnd.nextClassProblem(Stage.GRADE_1, Outcome.PROMOTED, true, false, Stage.GRADE_2),
                "a class of this year or a later one");
        String none = "validation.rollover.noNextClass";
        assertEquals(Optional.of(none), YearEnd.nextClassProblem(Stage.GRADE_5, Outcome.COMPLETED, true, true, Stage.GRADE_5));
        assertEquals(Optional.of(none), YearEnd.nextClassProblem(Stage.GRADE_2, Outcome.TRANSFERRED, true, true, Stage.GRADE_3));
        assertEquals(Optional.of(none), YearEnd.nextClassProblem(Stage.GRADE_2, Outcome.DROPPED_OUT, true, true, Stage.GRADE_3));
    }

    @Test
    void aPupilWhoRepeatsTwiceStaysInTheSameStage() {
        Pupil pupil = pupil();
        Enrolment first = pupil.enrol(grade(Stage.GRADE_2, 2023), LocalDate.of(2023, 9, 5));
        first.close(Outcome.REPEATED, LocalDate.of(2024, 5, 31));
        Stage next = YearEnd.nextStage(Stage.GRADE_2, Outcome.REPEATED).orElseThrow();
        Enrolment second = pupil.enrol(grade(next, 2024), LocalDate.of(2024, 9, 5));
        second.close(Outcome.REPEATED, LocalDate.of(2025, 5, 31));
        Enrolment third = pupil.enrol(grade(YearEnd.nextStage(next, Outcome.REPEATED).orElseThrow(), 2025), LocalDate.of(2025, 9, 5));
        assertEquals(Stage.GRADE_2, third.getSchoolClass().getStage());
        assertEquals(3, pupil.getEnrolments().size());
        assertEquals(third, pupil.currentEnrolment().orElseThrow());
    }

    @Test
    void aPupilCannotBeInTwoClassesAtOnce() {
        Pupil pupil = pupil();
        pupil.enrol(grade(Stage.GRADE_1, 2025), LocalDate.of(2025, 9, 5));
        assertThrows(IllegalStateException.class, () -> pupil.enrol(grade(Stage.GRADE_1, 2025), LocalDate.of(2025, 10, 1)));
    }

    @Test
    void aPupilWhoTransfersAndReturnsHasBothEnrolments() {
        Pupil pupil = pupil();
        School other = new School("101002", "Trường Tiểu học Na Hối", new District("10", "10001", "Bắc Hà"),
                SchoolLevel.PRIMARY, Designation.COMPARISON, null);
        Enrolment here = pupil.enrol(grade(Stage.GRADE_3, 2025), LocalDate.of(2025, 9, 5));
        here.closeAsTransfer(LocalDate.of(2025, 11, 3), other);
        pupil.transferTo(other);
        assertEquals(other, pupil.getSchool());
        Enrolment back = pupil.enrol(grade(Stage.GRADE_3, 2025), LocalDate.of(2026, 1, 12));
        assertEquals(school, pupil.getSchool());
        assertTrue(back.isOpen());
        assertEquals(Outcome.TRANSFERRED, here.getOutcome());
        assertEquals(other, here.getTransferSchool());
        assertEquals(List.of(here, back), pupil.getEnrolments(), "both enrolments, in order");
        assertEquals(Optional.of(back), pupil.currentEnrolment());
    }

    @Test
    void completionClosesTheHistoryAfterGradeFive() {
        Pupil pupil = pupil();
        Enrolment grade5 = pupil.enrol(grade(Stage.GRADE_5, 2025), LocalDate.of(2025, 9, 5));
        assertEquals(Optional.empty(), YearEnd.problem(Stage.GRADE_5, YearEnd.proposed(Stage.GRADE_5)));
        grade5.close(Outcome.COMPLETED, LocalDate.of(2026, 5, 31));
        assertEquals(Optional.empty(), pupil.currentEnrolment());
        assertEquals(Optional.empty(), YearEnd.nextStage(Stage.GRADE_5, Outcome.COMPLETED));
    }

    private Pupil pupil() {
        return new Pupil("100000001", "Yaj Pov", "Giàng A Páo", Sex.M, LocalDate.of(2017, 3, 2), "HMONG", "hmn", school);
    }

    private SchoolClass grade(Stage stage, int year) {
        return new SchoolClass(school, year + "-" + (year + 1), stage, YearEnd.defaultName(stage, "A"), "hmn");
    }
}
