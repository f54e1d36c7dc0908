package vn.mtbbe.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.registry.domain.Stage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataGeneratorTest {

    private static final Map<String, String> LANGUAGE_OF_PROVINCE = Map.of("10", "hmn", "64", "jra", "84", "km");
    private static final Map<String, String> ETHNICITY_OF_LANGUAGE = Map.of(
            "hmn", "HMONG", "jra", "JRAI", "km", "KHMER", "vi", "KINH");

    private static DemoData data;
    private static Map<String, SchoolSeed> schools;
    private static Map<String, YearSeed> years;

    @BeforeAll
    static void generate() {
        data = new DemoDataGenerator(DemoDataGenerator.SEED, 2025).generate();
        schools = data.schools().stream().collect(Collectors.toMap(SchoolSeed::code, Function.identity()));
        years = data.years().stream().collect(Collectors.toMap(YearSeed::code, Function.identity()));
    }

    @Test
    void sameSeedGivesSameDataAndAnotherSeedOtherPupils() {
        assertEquals(data, new DemoDataGenerator(DemoDataGenerator.SEED, 2025).generate());
        assertNotEquals(data.pupils(), new DemoDataGenerator(DemoDataGenerator.SEED + 1, 2025).generate().pupils());
    }

    @Test
    void threePilotProvincesWithLocalNamesAndDistricts() {
        assertEquals(List.of("10", "64", "84"), data.provinces().stream().map(DemoData.ProvinceSeed::code).toList());
        assertEquals(List.of("Lào Cai", "Gia Lai", "Trà Vinh"), data.provinces().stream().map(DemoData.ProvinceSeed::name).toList());
        assertEquals(List.of("老街省", "嘉莱省", "茶荣省"), data.provinces().stream().map(p -> p.localNames().get("zh")).toList());
        for (var province : data.provinces()) {
            assertEquals(Set.of("vi", "en", "zh", "ms", "km"), province.localNames().keySet(), "every interface language");
            assertTrue(province.districts().size() >= 2 && province.districts().size() <= 3);
            province.districts().forEach(d -> assertTrue(d.code().startsWith(province.code())));
        }
    }

    @Test
    void everyProvinceHasPilotAndComparisonSchools() {
        assertEquals(data.schools().size(), schools.size(), "school codes are unique");
        for (var province : data.provinces()) {
            List<SchoolSeed> own = data.schools().stream().filter(s -> s.provinceCode().equals(province.code())).toList();
            List<SchoolSeed> pilots = own.stream().filter(s -> s.designation() == Designation.PILOT).toList();
            List<SchoolSeed> comparisons = own.stream().filter(s -> s.designation() == Designation.COMPARISON).toList();
            assertTrue(pilots.size() >= 3, province.code());
            assertTrue(comparisons.size() >= 2, province.code());
            pilots.forEach(s -> assertEquals(LANGUAGE_OF_PROVINCE.get(province.code()), s.programmeLanguage()));
            comparisons.forEach(s -> assertNull(s.programmeLanguage()));
            Set<String> districts = province.districts().stream().map(DemoData.DistrictSeed::code).collect(Collectors.toSet());
            for (SchoolSeed s : own) {
                assertTrue(s.code().matches(province.code() + "\\d{4}"), s.code());
                assertTrue(districts.contains(s.districtCode()), s.code());
                assertTrue(s.name().startsWith("Trường "), s.name());
            }
        }
    }

    @Test
    void schoolYearsRunFromFifthOfSeptemberToEndOfMay() {
        assertEquals(List.of("2023-2024", "2024-2025", "2025-2026"), data.years().stream().map(YearSeed::code).toList());
        for (YearSeed y : data.years()) {
            assertEquals(LocalDate.of(Integer.parseInt(y.code().substring(0, 4)), 9, 5), y.start());
            assertEquals(LocalDate.of(Integer.parseInt(y.code().substring(5)), 5, 31), y.end());
        }
    }

    @Test
    void everySchoolHasClassesForEachStageItTeachesEveryYear() {
        Set<String> keys = new HashSet<>();
        for (ClassSeed c : data.classes()) {
            SchoolSeed school = schools.get(c.schoolCode());
            assertTrue(c.stage().taughtAt(school.level()), c.toString());
            assertTrue(years.containsKey(c.year()));
            assertEquals(school.programmeLanguage(), c.programmeLanguage(), "pilot classes carry the school's language");
            assertTrue(keys.add(c.schoolCode() + "/" + c.year() + "/" + c.name()), "class names unique per school and year");
            assertTrue(c.name().matches(c.stage() == Stage.PRESCHOOL_5 ? "MG5[AB]" : c.stage().ordinal() + "[AB]"), c.name());
        }
        for (SchoolSeed school : data.schools()) {
            for (YearSeed year : data.years()) {
                for (Stage stage : Stage.values()) {
                    boolean present = data.classes().stream().anyMatch(c -> c.schoolCode().equals(school.code())
                            && c.year().equals(year.code()) && c.stage() == stage);
                    assertEquals(stage.taughtAt(school.level()), present, school.code() + " " + year.code() + " " + stage);
                }
            }
        }
        assertTrue(data.classes().stream().anyMatch(c -> c.name().endsWith("B")), "bigger schools have parallel classes");
    }

    @Test
    void classesHoldAPlausibleNumberOfPupilsOnTheFirstDay() {
        Map<ClassSeed, Integer> sizes = new HashMap<>();
        data.pupils().stream().flatMap(p -> p.enrolments().stream())
                .filter(e -> e.start().equals(years.get(e.schoolClass().year()).start()))
                .forEach(e -> sizes.merge(e.schoolClass(), 1, Integer::sum));
        assertEquals(data.classes().size(), sizes.size(), "no class is empty");
        sizes.forEach((c, n) -> assertTrue(n >= 18 && n <= DemoDataGenerator.MAX_CLASS, c + ": " + n));
        double average = sizes.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(average >= 25 && average <= 32, "average class size " + average);
    }

    @Test
    void aFewThousandPupilsWithUniqueCodesNumberedPerProvince() {
        assertTrue(data.pupils().size() >= 3000 && data.pupils().size() <= 4000, "pupils: " + data.pupils().size());
        Set<String> codes = data.pupils().stream().map(PupilSeed::code).collect(Collectors.toSet());
        assertEquals(data.pupils().size(), codes.size());
        for (var province : data.provinces()) {
            List<Integer> numbers = data.pupils().stream().filter(p -> p.provinceCode().equals(province.code()))
                    .map(PupilSeed::number).toList();
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i));
            }
            assertEquals(province.code() + "0000001", data.pupils().stream()
                    .filter(p -> p.provinceCode().equals(province.code())).findFirst().orElseThrow().code());
        }
        assertEquals("100000043", data.pupils().get(0).code(43), "codes continue from the counter's first number");
    }

    @Test
    void everyPupilHasBothNameFormsInTheRightScripts() {
        for (PupilSeed p : data.pupils()) {
            assertFalse(p.nativeName().isBlank(), p.code());
            assertFalse(p.vietnameseName().isBlank(), p.code());
            assertTrue(Normalizer.isNormalized(p.nativeName(), Normalizer.Form.NFC), p.code());
            assertTrue(Normalizer.isNormalized(p.vietnameseName(), Normalizer.Form.NFC), p.code());
            assertEquals(ETHNICITY_OF_LANGUAGE.get(p.motherTongue()), p.ethnicity(), p.code());
            assertFalse(containsKhmer(p.vietnameseName()), p.vietnameseName());
            switch (p.ethnicity()) {
                case "KHMER" -> assertTrue(isWellFormedKhmer(p.nativeName()), p.nativeName());
                case "HMONG" -> assertTrue(p.nativeName().matches("[A-Z][a-z]+ [A-Z][a-z]+"), "RPA uses ASCII letters: " + p.nativeName());
                case "KINH" -> assertEquals(p.vietnameseName(), p.nativeName());
                case "JRAI" -> assertTrue(p.nativeName().matches("[\\p{IsLatin}' ]+"), "Jrai is written in Latin letters: " + p.nativeName());
                default -> throw new AssertionError(p.ethnicity());
            }
        }
    }

    @Test
    void groupsHaveTheirTypicalNameShapes() {
        assertTrue(pupils("HMONG").allMatch(p -> p.vietnameseName().matches("\\S+ (A|Seo|Thị|Mỷ) \\S+")));
        assertTrue(pupils("HMONG").anyMatch(p -> p.nativeName().startsWith("Yaj ") && p.vietnameseName().startsWith("Giàng ")));
        assertTrue(pupils("JRAI").filter(p -> p.sex() == Sex.F).allMatch(p -> p.vietnameseName().contains(" H'")));
        assertTrue(pupils("JRAI").anyMatch(p -> p.nativeName().startsWith("Rơmah ") && p.vietnameseName().startsWith("Rơ Mah ")));
        assertTrue(pupils("JRAI").anyMatch(p -> p.nativeName().contains("Ƀ")));
        assertTrue(pupils("KHMER").anyMatch(p -> p.nativeName().startsWith("ថាច់ ") && p.vietnameseName().startsWith("Thạch ")));
        assertTrue(pupils("KHMER").anyMatch(p -> p.vietnameseName().contains(" Thị ")));
    }

    @Test
    void kinhChildrenMostlyInComparisonSchoolsAndFoundByAccentFreeSearch() {
        long inComparison = data.pupils().stream().filter(p -> p.ethnicity().equals("KINH"))
                .filter(p -> schools.get(p.enrolments().get(0).schoolClass().schoolCode()).designation() == Designation.COMPARISON)
                .count();
        long kinh = pupils("KINH").count();
        assertTrue(kinh > 100, "Kinh pupils: " + kinh);
        assertTrue(inComparison > kinh / 2, "in comparison schools: " + inComparison + " of " + kinh);
        assertTrue(data.pupils().stream().anyMatch(p -> p.vietnameseName().startsWith("Nguyễn ")
                && TextKeys.searchKey(p.vietnameseName(), p.nativeName()).contains("nguyen")));
    }

    @Test
    void sexIsRoughlyBalanced() {
        double girls = data.pupils().stream().filter(p -> p.sex() == Sex.F).count() / (double) data.pupils().size();
        assertTrue(girls > 0.45 && girls < 0.55, "share of girls " + girls);
    }

    @Test
    void datesOfBirthMatchTheStageOfTheFirstEnrolment() {
        for (PupilSeed p : data.pupils()) {
            EnrolmentSeed first = p.enrolments().get(0);
            int startYear = Integer.parseInt(first.schoolClass().year().substring(0, 4));
            int lateBy = startYear - 5 - first.schoolClass().stage().ordinal() - p.dateOfBirth().getYear();
            assertTrue(lateBy == 0 || lateBy == 1, p.code() + " born " + p.dateOfBirth() + " in " + first.schoolClass());
        }
        assertTrue(data.pupils().stream().anyMatch(p -> p.dateOfBirth().getYear() == 2018
                && p.enrolments().get(0).schoolClass().stage() == Stage.PRESCHOOL_5
                && p.enrolments().get(0).schoolClass().year().equals("2023-2024")));
    }

    @Test
    void enrolmentHistoriesAreConsistent() {
        String current = data.years().get(data.years().size() - 1).code();
        for (PupilSeed p : data.pupils()) {
            List<EnrolmentSeed> history = p.enrolments();
            assertFalse(history.isEmpty(), p.code());
            assertTrue(history.stream().filter(EnrolmentSeed::isOpen).count() <= 1, p.code() + " has two open enrolments");
            for (int i = 0; i < history.size(); i++) {
                EnrolmentSeed e = history.get(i);
                YearSeed year = years.get(e.schoolClass().year());
                assertTrue(year.contains(e.start()), p.code());
                boolean last = i == history.size() - 1;
                if (e.isOpen()) {
                    assertTrue(last, p.code() + ": only the last enrolment may be open");
                    assertEquals(current, e.schoolClass().year(), p.code() + ": only this year's enrolments are open");
                    continue;
                }
                assertNotEquals(current, e.schoolClass().year(), p.code() + ": this year's enrolments stay open");
                assertNotNull(e.outcomeDate());
                assertFalse(e.outcomeDate().isBefore(e.start()), p.code());
                assertTrue(year.contains(e.outcomeDate()), p.code());
                switch (e.outcome()) {
                    case PROMOTED, REPEATED, COMPLETED -> assertEquals(year.end(), e.outcomeDate(), p.code());
                    case DROPPED_OUT, TRANSFERRED -> assertTrue(e.outcomeDate().isBefore(year.end()), p.code());
                    default -> throw new AssertionError(e.outcome());
                }
                if (e.outcome() == Outcome.COMPLETED) {
                    assertEquals(Stage.GRADE_5, e.schoolClass().stage(), p.code());
                }
                if (e.outcome() == Outcome.COMPLETED || e.outcome() == Outcome.DROPPED_OUT) {
                    assertTrue(last, p.code() + ": nothing follows " + e.outcome());
                }
                if (last) {
                    continue;
                }
                EnrolmentSeed next = history.get(i + 1);
                assertTrue(next.start().isAfter(e.outcomeDate()), p.code());
                switch (e.outcome()) {
                    case PROMOTED -> {
                        assertEquals(e.schoolClass().stage().next().orElseThrow(), next.schoolClass().stage(), p.code());
                        assertEquals(years.get(e.schoolClass().year()).end().getYear(), next.start().getYear(), p.code());
                    }
                    case REPEATED -> {
                        assertEquals(e.schoolClass().stage(), next.schoolClass().stage(), p.code());
                        assertEquals(e.schoolClass().schoolCode(), next.schoolClass().schoolCode(), p.code());
                        assertNotEquals(e.schoolClass().year(), next.schoolClass().year(), p.code());
                    }
                    case TRANSFERRED -> {
                        assertEquals(e.schoolClass().year(), next.schoolClass().year(), p.code());
                        assertEquals(e.schoolClass().stage(), next.schoolClass().stage(), p.code());
                        assertNotEquals(e.schoolClass().schoolCode(), next.schoolClass().schoolCode(), p.code());
                        assertEquals(schools.get(e.schoolClass().schoolCode()).provinceCode(),
                                schools.get(next.schoolClass().schoolCode()).provinceCode(), p.code());
                    }
                    default -> throw new AssertionError(e.outcome());
                }
            }
        }
    }

    @Test
    void everyOutcomeOccursAndPupilsAreFollowedAcrossYears() {
        Map<Outcome, Long> outcomes = data.pupils().stream().flatMap(p -> p.enrolments().stream())
                .filter(e -> !e.isOpen()).collect(Collectors.groupingBy(EnrolmentSeed::outcome, Collectors.counting()));
        assertEquals(java.util.Arrays.stream(Outcome.values()).filter(Outcome::isYearEnd).collect(Collectors.toSet()),
                outcomes.keySet(), "every outcome of a year end or a departure (the demo moves nobody between classes)");
        assertTrue(outcomes.get(Outcome.PROMOTED) > outcomes.get(Outcome.REPEATED) * 10);
        assertTrue(data.pupils().stream().anyMatch(p -> p.enrolments().size() == 3
                && p.enrolments().get(0).schoolClass().stage() == Stage.PRESCHOOL_5
                && !p.enrolments().get(0).schoolClass().schoolCode().equals(p.enrolments().get(1).schoolClass().schoolCode())),
                "preschool leavers move on to the primary school their preschool feeds");
        assertTrue(data.enrolmentCount() > 2L * data.pupils().size());
    }

    @Test
    void inEveryProvinceAPreschoolOnlySchoolHandsItsChildrenOverToGradeOneOfAPrimarySchool() {
        Map<String, SchoolSeed> schools = data.schools().stream().collect(Collectors.toMap(SchoolSeed::code, Function.identity()));
        Set<String> provinces = new HashSet<>();
        for (PupilSeed p : data.pupils()) {
            for (int i = 1; i < p.enrolments().size(); i++) {
                ClassSeed from = p.enrolments().get(i - 1).schoolClass();
                ClassSeed to = p.enrolments().get(i).schoolClass();
                if (schools.get(from.schoolCode()).level() == SchoolLevel.PRESCHOOL && from.stage() == Stage.PRESCHOOL_5
                        && p.enrolments().get(i - 1).outcome() == Outcome.PROMOTED && to.stage() == Stage.GRADE_1
                        && Stage.GRADE_1.taughtAt(schools.get(to.schoolCode()).level())) {
                    provinces.add(schools.get(from.schoolCode()).provinceCode());
                }
            }
        }
        assertEquals(data.provinces().stream().map(DemoData.ProvinceSeed::code).collect(Collectors.toSet()), provinces,
                "the demo shows the hand-over in every province");
    }

    @Test
    void pilotClassesRepeatLessThanComparisonClasses() {
        assertTrue(repetitionRate(Designation.PILOT) < repetitionRate(Designation.COMPARISON));
    }

    @Test
    void khmerCheckRejectsMalformedText() {
        assertTrue(isWellFormedKhmer("ថាច់ សុភ័ក្ត្រ"));
        assertFalse(isWellFormedKhmer("ស្"), "coeng at the end");
        assertFalse(isWellFormedKhmer("ុស"), "dependent vowel first");
        assertFalse(isWellFormedKhmer("Sok ខា"), "Latin letters");
        assertFalse(isWellFormedKhmer("សុខា  ដារ៉ា"), "double space");
    }

    private static double repetitionRate(Designation designation) {
        List<EnrolmentSeed> closed = data.pupils().stream().flatMap(p -> p.enrolments().stream())
                .filter(e -> !e.isOpen() && e.schoolClass().stage().isPrimary())
                .filter(e -> schools.get(e.schoolClass().schoolCode()).designation() == designation).toList();
        return closed.stream().filter(e -> e.outcome() == Outcome.REPEATED).count() / (double) closed.size();
    }

    private static java.util.stream.Stream<PupilSeed> pupils(String ethnicity) {
        return data.pupils().stream().filter(p -> p.ethnicity().equals(ethnicity));
    }

    private static boolean containsKhmer(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
    }

    /**
     * Khmer script only (U+1780–U+17FF, words separated by single spaces), each word starting with a consonant
     * or an independent vowel, and every coeng (U+17D2) followed by a consonant.
     */
    static boolean isWellFormedKhmer(String text) {
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty() || !isKhmerBase(word.charAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 0x1780 || c > 0x17FF) {
                    return false;
                }
                if (c == 0x17D2 && (i + 1 == word.length() || word.charAt(i + 1) > 0x17A2)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isKhmerBase(char c) {
        return c >= 0x1780 && c <= 0x17B3;
    }
}
