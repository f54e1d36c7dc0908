package vn.mtbbe.demo;

import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.DistrictSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.ProvinceSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.demo.DemoPlaces.ProvincePlan;
import vn.mtbbe.demo.DemoPlaces.SchoolPlan;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.registry.domain.Stage;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decides the content of the demo data set: places, school years, classes, and pupils followed through three
 * school years (promoted, repeating, dropping out, moving school, completing grade 5, a new intake each year).
 * Everything is drawn from one {@link Random} with a fixed seed in a fixed order, so the same seed always
 * gives the same data set, and pupil codes stay stable from one demo installation to the next.
 */
public final class DemoDataGenerator {

    /** The first pilot cohort entered preschool in September 2008. */
    public static final long SEED = 20080901L;
    static final int YEARS = 3;
    /** A group larger than this opens a further parallel class. */
    static final int MAX_CLASS = 36;

    private final long seed;
    private final int currentYear;

    /** The demo set from {@code seed} whose last (current) school year starts in {@code currentYear}. */
    public DemoDataGenerator(long seed, int currentYear) {
        this.seed = seed;
        this.currentYear = currentYear;
    }

    public DemoData generate() {
        return new Run(new Random(seed), currentYear - YEARS + 1).generate();
    }

    /** The yearly chances of leaving a class other than by promotion. */
    record Rates(double dropout, double transfer, double repeat) {

        // Lower repetition and dropout in pilot classes, as the pilot's evaluations reported; the highest
        // repetition in comparison schools falls in grade 1, where minority children first meet Vietnamese.
        static Rates of(Designation designation, boolean minority, Stage stage) {
            double transfer = 0.015;
            if (stage == Stage.PRESCHOOL_5) {
                return new Rates(0.01, transfer, 0);
            }
            double repeatFactor = stage == Stage.GRADE_5 ? 0.5 : 1;
            if (!minority) {
                return new Rates(0.008, transfer, 0.015 * repeatFactor);
            }
            if (designation == Designation.PILOT) {
                return new Rates(0.008, transfer, (stage == Stage.GRADE_1 ? 0.03 : 0.02) * repeatFactor);
            }
            return new Rates(0.025, transfer, (stage == Stage.GRADE_1 ? 0.09 : 0.04) * repeatFactor);
        }
    }

    static String className(Stage stage, int parallel) {
        String prefix = stage == Stage.PRESCHOOL_5 ? "MG5" : String.valueOf(stage.ordinal());
        return prefix + (char) ('A' + parallel);
    }

    private record Place(String school, Stage stage) {
    }

    /** A pupil while the years are played out; becomes a {@link PupilSeed} at the end. */
    private static final class Draft {
        final String province;
        final int number;
        final DemoNames.Name name;
        final Sex sex;
        final LocalDate dateOfBirth;
        final String ethnicity;
        final String motherTongue;
        final List<EnrolmentSeed> enrolments = new ArrayList<>();

        Draft(String province, int number, DemoNames.Name name, Sex sex, LocalDate dateOfBirth, String ethnicity,
              String motherTongue) {
            this.province = province;
            this.number = number;
            this.name = name;
            this.sex = sex;
            this.dateOfBirth = dateOfBirth;
            this.ethnicity = ethnicity;
            this.motherTongue = motherTongue;
        }

        boolean minority() {
            return !"KINH".equals(ethnicity);
        }

        void enrol(ClassSeed schoolClass, LocalDate start) {
            enrolments.add(new EnrolmentSeed(schoolClass, start, null, null));
        }

        ClassSeed currentClass() {
            return enrolments.get(enrolments.size() - 1).schoolClass();
        }

        void close(Outcome outcome, LocalDate date) {
            EnrolmentSeed open = enrolments.remove(enrolments.size() - 1);
            enrolments.add(new EnrolmentSeed(open.schoolClass(), open.start(), outcome, date));
        }

        PupilSeed toSeed() {
            return new PupilSeed(province, number, name.nativeForm(), name.vietnameseForm(), sex, dateOfBirth,
                    ethnicity, motherTongue, List.copyOf(enrolments));
        }
    }

    private static final class Run {
        private final Random random;
        private final List<ProvinceSeed> provinces = new ArrayList<>();
        private final List<YearSeed> years = new ArrayList<>();
        private final List<SchoolSeed> schools = new ArrayList<>();
        private final List<ClassSeed> classes = new ArrayList<>();
        private final List<Draft> pupils = new ArrayList<>();
        private final Map<String, SchoolPlan> plans = new HashMap<>();
        private final Map<String, ProvincePlan> provinceOf = new HashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        /** Who arrives where at the start of the coming year, in the order they were sent there. */
        private Map<Place, List<Draft>> incoming = new LinkedHashMap<>();
        private final Map<Place, List<ClassSeed>> classesOfYear = new LinkedHashMap<>();
        private final Map<ClassSeed, List<Draft>> members = new LinkedHashMap<>();

        private final int firstYear;

        Run(Random random, int firstYear) {
            this.random = random;
            this.firstYear = firstYear;
        }

        DemoData generate() {
            places();
            for (int y = 0; y < YEARS; y++) {
                int start = firstYear + y;
                years.add(new YearSeed(SchoolYear.codeStarting(start), LocalDate.of(start, 9, 5),
                        LocalDate.of(start + 1, 5, 31)));
            }
            for (int y = 0; y < YEARS; y++) {
                openYear(y);
                // The latest year is the current one: its enrolments stay open.
                if (y < YEARS - 1) {
                    closeYear(y);
                }
            }
            return new DemoData(List.copyOf(provinces), List.copyOf(years), List.copyOf(schools),
                    List.copyOf(classes), pupils.stream().map(Draft::toSeed).toList());
        }

        private void places() {
            for (ProvincePlan p : DemoPlaces.PROVINCES) {
                List<DistrictSeed> districts = new ArrayList<>();
                for (int i = 0; i < p.districts().size(); i++) {
                    districts.add(new DistrictSeed(DemoPlaces.districtCode(p.code(), i), p.code(), p.districts().get(i)));
                }
                provinces.add(new ProvinceSeed(p.code(), p.name(), p.localNames(), List.copyOf(districts)));
                for (SchoolPlan s : p.schools()) {
                    String district = DemoPlaces.districtCode(p.code(), p.districts().indexOf(s.district()));
                    schools.add(new SchoolSeed(s.code(), s.name(), s.nativeName(), p.code(), district, s.level(),
                            s.designation(), s.designation() == Designation.PILOT ? p.language() : null));
                    plans.put(s.code(), s);
                    provinceOf.put(s.code(), p);
                }
            }
        }

        /** Opens the classes of year {@code y} and enrols the pupils arriving, topping up the intake. */
        private void openYear(int y) {
            YearSeed year = years.get(y);
            classesOfYear.clear();
            members.clear();
            for (ProvincePlan province : DemoPlaces.PROVINCES) {
                for (SchoolPlan school : province.schools()) {
                    for (Stage stage : Stage.values()) {
                        if (!stage.taughtAt(school.level())) {
                            continue;
                        }
                        List<Draft> group = new ArrayList<>(incoming.getOrDefault(new Place(school.code(), stage), List.of()));
                        // In the first year every stage is filled: those children's earlier years lie before the data.
                        if (y == 0 || stage == Cohort.entryStage(school.level())) {
                            int target = 0;
                            for (int i = 0; i < school.streams(); i++) {
                                target += 26 + random.nextInt(6);
                            }
                            while (group.size() < target) {
                                group.add(newPupil(province, school, stage, year));
                            }
                        }
                        openClasses(province, school, stage, year, group);
                    }
                }
            }
            incoming = new LinkedHashMap<>();
        }

        private void openClasses(ProvincePlan province, SchoolPlan school, Stage stage, YearSeed year, List<Draft> group) {
            int count = Math.max(1, (group.size() + MAX_CLASS - 1) / MAX_CLASS);
            List<ClassSeed> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Contiguous slices keep most of last year's 1A together in 2A.
                List<Draft> slice = group.subList(group.size() * i / count, group.size() * (i + 1) / count);
                ClassSeed schoolClass = new ClassSeed(school.code(), year.code(), stage, className(stage, i),
                        school.designation() == Designation.PILOT ? province.language() : null,
                        teacher(province, school, stage));
                classes.add(schoolClass);
                opened.add(schoolClass);
                members.put(schoolClass, new ArrayList<>(slice));
                slice.forEach(pupil -> pupil.enrol(schoolClass, year.start()));
            }
            classesOfYear.put(new Place(school.code(), stage), opened);
        }

        /**
         * Pilot classes are taught by a teacher of the children's own group; most comparison teachers are Kinh.
         * Preschool teachers are women, as nearly all are in Viet Nam.
         */
        private String teacher(ProvincePlan province, SchoolPlan school, Stage stage) {
            Sex sex = stage != Stage.PRESCHOOL_5 && random.nextInt(5) == 0 ? Sex.M : Sex.F;
            boolean kinh = school.designation() == Designation.COMPARISON && random.nextInt(10) < 7;
            return DemoNames.of(kinh ? "KINH" : province.ethnicity(), sex, random).vietnameseForm();
        }

        private Draft newPupil(ProvincePlan province, SchoolPlan school, Stage stage, YearSeed year) {
            double kinhShare = school.designation() == Designation.PILOT
                    ? DemoPlaces.KINH_SHARE_PILOT : province.kinhShareComparison();
            boolean kinh = random.nextDouble() < kinhShare;
            Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
            String ethnicity = kinh ? "KINH" : province.ethnicity();
            DemoNames.Name name = DemoNames.of(ethnicity, sex, random);
            // A child starts preschool in the year they turn five; some minority children start a year late.
            int birthYear = year.start().getYear() - 5 - stage.ordinal() - (!kinh && random.nextInt(12) == 0 ? 1 : 0);
            LocalDate born = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(Year.of(birthYear).length()));
            int number = numbers.merge(province.code(), 1, Integer::sum);
            Draft pupil = new Draft(province.code(), number, name, sex, born, ethnicity, kinh ? "vi" : province.language());
            pupils.add(pupil);
            return pupil;
        }

        /** Ends year {@code y}: each pupil leaves during the year or gets the year-end outcome. */
        private void closeYear(int y) {
            YearSeed year = years.get(y);
            List<Draft> arrivedDuringYear = new ArrayList<>();
            for (Map.Entry<ClassSeed, List<Draft>> entry : members.entrySet()) {
                ClassSeed schoolClass = entry.getKey();
                SchoolPlan school = plans.get(schoolClass.schoolCode());
                for (Draft pupil : entry.getValue()) {
                    Rates rates = Rates.of(school.designation(), pupil.minority(), schoolClass.stage());
                    double r = random.nextDouble();
                    if (r < rates.dropout()) {
                        pupil.close(Outcome.DROPPED_OUT, between(LocalDate.of(year.start().getYear(), 10, 15),
                                LocalDate.of(year.end().getYear(), 4, 15)));
                    } else if (r < rates.dropout() + rates.transfer()) {
                        LocalDate left = between(LocalDate.of(year.start().getYear(), 10, 1),
                                LocalDate.of(year.end().getYear(), 3, 31));
                        pupil.close(Outcome.TRANSFERRED, left);
                        // About half move to another demo school of the province; the others leave the data set.
                        if (random.nextBoolean() && moveSchool(pupil, schoolClass, left.plusDays(7 + random.nextInt(15)))) {
                            arrivedDuringYear.add(pupil);
                        }
                    } else {
                        endOfYear(pupil, year);
                    }
                }
            }
            arrivedDuringYear.forEach(pupil -> endOfYear(pupil, year));
        }

        private boolean moveSchool(Draft pupil, ClassSeed from, LocalDate start) {
            String province = provinceOf.get(from.schoolCode()).code();
            List<ClassSeed> candidates = new ArrayList<>();
            classesOfYear.forEach((place, opened) -> {
                if (place.stage() == from.stage() && !place.school().equals(from.schoolCode())
                        && provinceOf.get(place.school()).code().equals(province)) {
                    candidates.addAll(opened);
                }
            });
            if (candidates.isEmpty()) {
                return false;
            }
            pupil.enrol(candidates.get(random.nextInt(candidates.size())), start);
            return true;
        }

        private void endOfYear(Draft pupil, YearSeed year) {
            ClassSeed schoolClass = pupil.currentClass();
            SchoolPlan school = plans.get(schoolClass.schoolCode());
            Stage stage = schoolClass.stage();
            Rates rates = Rates.of(school.designation(), pupil.minority(), stage);
            if (random.nextDouble() < rates.repeat()) {
                pupil.close(Outcome.REPEATED, year.end());
                arrive(pupil, school.code(), stage);
                return;
            }
            if (stage == Stage.GRADE_5) {
                pupil.close(Outcome.COMPLETED, year.end());
                return;
            }
            pupil.close(Outcome.PROMOTED, year.end());
            Stage next = stage.next().orElseThrow();
            String nextSchool = next.taughtAt(school.level()) ? school.code() : school.feeds();
            if (nextSchool != null) {
                arrive(pupil, nextSchool, next);
            }
        }

        private void arrive(Draft pupil, String school, Stage stage) {
            incoming.computeIfAbsent(new Place(school, stage), k -> new ArrayList<>()).add(pupil);
        }

        private LocalDate between(LocalDate first, LocalDate last) {
            return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
        }
    }
}
