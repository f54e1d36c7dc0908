package vn.mtbbe.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryRulesTest {

    final District bacHa = new District("10", "10001", "Bắc Hà");
    final School school = new School("101001", "Trường Tiểu học Bản Phố", bacHa, SchoolLevel.PRIMARY, Designation.PILOT, "hmn");

    @Test
    void schoolYearCodesAreConsecutiveYears() {
        assertTrue(SchoolYear.isValidCode("2025-2026"));
        assertFalse(SchoolYear.isValidCode("2025-2027"));
        assertFalse(SchoolYear.isValidCode("2025/2026"));
        assertFalse(SchoolYear.isValidCode(null));
        assertEquals("2008-2009", SchoolYear.codeStarting(2008));
    }

    @Test
    void stagesRunFromPreschoolToGradeFive() {
        assertEquals(Optional.of(Stage.GRADE_1), Stage.PRESCHOOL_5.next());
        assertEquals(Optional.empty(), Stage.GRADE_5.next());
        assertTrue(Stage.GRADE_3.taughtAt(SchoolLevel.PRIMARY));
        assertFalse(Stage.PRESCHOOL_5.taughtAt(SchoolLevel.PRIMARY));
        assertFalse(Stage.GRADE_1.taughtAt(SchoolLevel.PRESCHOOL));
        assertTrue(Stage.PRESCHOOL_5.taughtAt(SchoolLevel.COMBINED));
    }

    @Test
    void aPupilTakesTheProvinceOfTheSchoolOfTheirClass() {
        Pupil pupil = new Pupil("100000001", "Yaj Pov", "Giàng A Páo", Sex.M, LocalDate.of(2018, 3, 2), "HMONG", "hmn", school);
        SchoolClass other = new SchoolClass(new School("641001", "Trường Tiểu học Ia Dêr",
                new District("64", "64001", "Ia Grai"), SchoolLevel.PRIMARY, Designation.PILOT, "jra"),
                "2025-2026", Stage.GRADE_1, "1A", "jra");
        pupil.enrol(other, LocalDate.of(2025, 9, 5));
        assertEquals("64", pupil.getProvinceCode());
        assertEquals(1, pupil.getEnrolments().size());
    }

    @Test
    void anEnrolmentClosesOnceAndNotBeforeItStarted() {
        SchoolClass grade1 = new SchoolClass(school, "2025-2026", Stage.GRADE_1, "1A", "hmn");
        Pupil pupil = new Pupil("100000002", "Lis Mai", "Lý Thị Mai", Sex.F, LocalDate.of(2018, 5, 1), "HMONG", "hmn", school);
        Enrolment enrolment = pupil.enrol(grade1, LocalDate.of(2025, 9, 5));
        assertThrows(IllegalArgumentException.class, () -> enrolment.close(Outcome.DROPPED_OUT, LocalDate.of(2025, 9, 1)));
        assertTrue(enrolment.isActiveOn(LocalDate.of(2026, 1, 10)));
        enrolment.close(Outcome.DROPPED_OUT, LocalDate.of(2026, 1, 15));
        assertFalse(enrolment.isActiveOn(LocalDate.of(2026, 1, 16)));
        assertTrue(enrolment.isActiveOn(LocalDate.of(2026, 1, 15)));
        assertThrows(IllegalStateException.class, () -> enrolment.close(Outcome.PROMOTED, LocalDate.of(2026, 5, 31)));
    }

    @Test
    void namesAreStoredInComposedForm() {
        String decomposed = "Nguye\u0302\u0303n";
        Pupil pupil = new Pupil("100000003", decomposed, decomposed, Sex.F, LocalDate.of(2018, 1, 1), "KINH", "vi", school);
        assertEquals("Nguyễn", pupil.getVietnameseName());
    }
}
