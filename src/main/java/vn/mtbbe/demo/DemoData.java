package vn.mtbbe.demo;

import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.PupilCodes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo data set as plain values, free of persistence: {@link DemoDataGenerator} decides what it holds,
 * {@link DemoDataLoader} writes it. Records refer to each other by value (a class by its school code, an
 * enrolment by its class), so the loader can map them to entities and tests can compare whole sets.
 */
public record DemoData(List<ProvinceSeed> provinces, List<YearSeed> years, List<SchoolSeed> schools,
                       List<ClassSeed> classes, List<PupilSeed> pupils) {

    /** A province with its names by locale (vi, en, zh, ms) and its districts. */
    public record ProvinceSeed(String code, String name, Map<String, String> localNames, List<DistrictSeed> districts) {
    }

    public record DistrictSeed(String code, String provinceCode, String name) {
    }

    public record YearSeed(String code, LocalDate start, LocalDate end) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    public record SchoolSeed(String code, String name, String nativeName, String provinceCode, String districtCode,
                             SchoolLevel level, Designation designation, String programmeLanguage) {
    }

    /** A class; (schoolCode, year, name) identifies it as the database's unique key does. */
    public record ClassSeed(String schoolCode, String year, Stage stage, String name, String programmeLanguage,
                            String teacherNames) {
    }

    /** One enrolment; {@code outcome} and {@code outcomeDate} are null while it is open. */
    public record EnrolmentSeed(ClassSeed schoolClass, LocalDate start, Outcome outcome, LocalDate outcomeDate) {
        public boolean isOpen() {
            return outcome == null;
        }
    }

    /**
     * A pupil, numbered from 1 within the province of the first enrolment. The code follows from the first
     * number the province's counter hands out, which is 1 in a database that never had pupils there.
     */
    public record PupilSeed(String provinceCode, int number, String nativeName, String vietnameseName, Sex sex,
                            LocalDate dateOfBirth, String ethnicity, String motherTongue,
                            List<EnrolmentSeed> enrolments) {

        public String code(long firstNumber) {
            return PupilCodes.format(provinceCode, firstNumber + number - 1);
        }

        public String code() {
            return code(1);
        }
    }

    public long pupilCount(String provinceCode) {
        return pupils.stream().filter(p -> p.provinceCode().equals(provinceCode)).count();
    }

    public long enrolmentCount() {
        return pupils.stream().mapToLong(p -> p.enrolments().size()).sum();
    }
}
