package vn.mtbbe.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.programme.domain.ClassInstruction;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

/**
 * The programme part of the demo set: one programme per pilot language with the published pattern
 * (mother tongue first, Vietnamese as a subject, core subjects bilingual in grade 2 and in Vietnamese from
 * grade 3), and for Jrai a second version, for cohorts from 2024, that switches gradually over grades 3–5.
 * Pilot schools are given their programme, every class and pupil its cohort, and some classes a record of
 * what was actually taught, including a few that depart from the plan.
 */
@ApplicationScoped
public class DemoProgrammes {

    static final List<String> CORE = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES");
    static final int FIRST_YEAR = 2008;
    static final int GRADUAL_FROM = 2024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    /** The published pattern: the mother tongue first, bilingual core subjects in grade 2, Vietnamese from grade 3. */
    static List<ScheduleEntry> published() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            InstructionMode core = switch (stage) {
                case PRESCHOOL_5, GRADE_1 -> MOTHER_TONGUE;
                case GRADE_2 -> BILINGUAL;
                default -> VIETNAMESE;
            };
            for (String subject : CORE) {
                if (stage == Stage.GRADE_2 && subject.equals("LITERACY")) {
                    // Reading is consolidated in the mother tongue while Vietnamese literacy grows as a subject.
                    entries.add(ScheduleEntry.wholeYear(stage, subject, MOTHER_TONGUE));
                } else {
                    entries.add(ScheduleEntry.wholeYear(stage, subject, core));
                }
            }
            entries.add(ScheduleEntry.wholeYear(stage, "MOTHER_TONGUE", MOTHER_TONGUE));
            entries.add(ScheduleEntry.wholeYear(stage, "VIETNAMESE", stage == Stage.PRESCHOOL_5 ? BILINGUAL : VIETNAMESE));
            entries.add(ScheduleEntry.wholeYear(stage, "ARTS", stage.ordinal() <= Stage.GRADE_2.ordinal() ? MOTHER_TONGUE : BILINGUAL));
        }
        return entries;
    }

    /**
     * A gradual switch over grades 3 to 5, by semester where the language changes mid-year: the content subjects
     * (science, society) stay in the mother tongue to grade 3, are bilingual in grade 4 and Vietnamese in grade 5.
     */
    static List<ScheduleEntry> gradual() {
        List<String> content = List.of("SCIENCE", "SOCIAL_STUDIES");
        List<ScheduleEntry> entries = new ArrayList<>(published().stream()
                .filter(e -> e.getStage().ordinal() < Stage.GRADE_2.ordinal() || !CORE.contains(e.getSubject())
                        || e.getStage() == Stage.GRADE_2 && !content.contains(e.getSubject()))
                .toList());
        // Grade 2: literacy and mathematics bilingual as in the published pattern; the content subjects stay in the mother tongue.
        content.forEach(subject -> entries.add(ScheduleEntry.wholeYear(Stage.GRADE_2, subject, MOTHER_TONGUE)));
        // Grade 3: literacy and mathematics bilingual, then mathematics in Vietnamese from the second semester.
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_3, "LITERACY", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 1, "MATHEMATICS", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 2, "MATHEMATICS", VIETNAMESE));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_3, "SCIENCE", MOTHER_TONGUE));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_3, "SOCIAL_STUDIES", MOTHER_TONGUE));
        // Grade 4: literacy and mathematics in Vietnamese, the content subjects bilingual.
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_4, "LITERACY", VIETNAMESE));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_4, "MATHEMATICS", VIETNAMESE));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_4, "SCIENCE", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_4, 1, "SOCIAL_STUDIES", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_4, 2, "SOCIAL_STUDIES", VIETNAMESE));
        // Grade 5: everything in Vietnamese.
        for (String subject : CORE) {
            entries.add(ScheduleEntry.wholeYear(Stage.GRADE_5, subject, VIETNAMESE));
        }
        return entries;
    }

    /** Adds programmes, cohorts and instruction records to the demo schools; inside the demo loader's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Programme> load() {
        Instant now = Instant.now();
        Map<String, Programme> byLanguage = new HashMap<>();
        byLanguage.put("hmn", programme("Chương trình GDSN tiếng H'Mông (Lào Cai)", "hmn", now));
        byLanguage.put("jra", programme("Chương trình GDSN tiếng Gia-rai (Gia Lai)", "jra", now));
        byLanguage.put("km", programme("Chương trình GDSN tiếng Khmer (Trà Vinh)", "km", now));
        Programme jrai = byLanguage.get("jra");
        em.persist(new ScheduleVersion(jrai, 2, GRADUAL_FROM, gradual(), "ministry", now,
                "Chuyển dần sang tiếng Việt từ lớp 3 đến lớp 5"));

        List<School> schools = em.createQuery("SELECT s FROM School s WHERE s.demo = TRUE ORDER BY s.code", School.class).getResultList();
        for (School school : schools) {
            if (school.getDesignation() == Designation.PILOT && school.getProgrammeLanguage() != null) {
                Programme programme = byLanguage.get(school.getProgrammeLanguage());
                school.setProgrammeId(programme == null ? null : programme.getId());
            }
        }
        em.flush();

        List<SchoolClass> classes = em.createQuery("SELECT c FROM SchoolClass c JOIN FETCH c.school s WHERE s.demo = TRUE"
                + " ORDER BY s.code, c.schoolYear, c.stage, c.name", SchoolClass.class).getResultList();
        for (SchoolClass c : classes) {
            c.setCohortId(cohorts.cohortFor(c).getId());
        }
        for (Pupil pupil : em.createQuery("SELECT DISTINCT p FROM Pupil p LEFT JOIN FETCH p.enrolments WHERE p.demo = TRUE",
                Pupil.class).getResultList()) {
            pupil.getEnrolments().stream().min(Comparator.comparing(Enrolment::getStartDate))
                    .ifPresent(first -> pupil.setCohortId(first.getSchoolClass().getCohortId()));
        }
        recordPractice(classes, byLanguage, now);
        em.flush();
        return byLanguage;
    }

    private Programme programme(String name, String language, Instant now) {
        Programme programme = new Programme(name, language,
                "Học sinh học đọc, học viết bằng tiếng mẹ đẻ; tiếng Việt là một môn học; các môn cốt lõi chuyển sang tiếng Việt từ lớp 3.");
        programme.setDemo(true);
        em.persist(programme);
        em.persist(new ScheduleVersion(programme, 1, FIRST_YEAR, published(), "ministry", now, null));
        em.flush();
        return programme;
    }

    /**
     * In the current school year, every other pilot class has its practice recorded: mostly as planned; a
     * grade 3 class of each language still teaches mathematics bilingually (a departure from the plan).
     */
    private void recordPractice(List<SchoolClass> classes, Map<String, Programme> programmes, Instant now) {
        String current = classes.stream().map(SchoolClass::getSchoolYear).max(String::compareTo).orElse(null);
        Map<String, Boolean> departureDone = new HashMap<>();
        int n = 0;
        for (SchoolClass c : classes) {
            if (!c.getSchoolYear().equals(current) || c.getProgrammeLanguage() == null || n++ % 2 != 0) {
                continue;
            }
            Programme programme = programmes.get(c.getProgrammeLanguage());
            if (programme == null) {
                continue;
            }
            int startYear = em.find(Cohort.class, c.getCohortId()).getStartYear();
            Schedule schedule = new Schedule(startYear >= GRADUAL_FROM && "jra".equals(c.getProgrammeLanguage()) ? gradual() : published());
            boolean depart = c.getStage() == Stage.GRADE_3 && departureDone.putIfAbsent(c.getProgrammeLanguage(), true) == null;
            for (String subject : List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES", "MOTHER_TONGUE", "VIETNAMESE")) {
                for (int semester = 1; semester <= 2; semester++) {
                    InstructionMode planned = schedule.mode(c.getStage(), semester, subject).orElse(null);
                    if (planned == null) {
                        continue;
                    }
                    InstructionMode actual = depart && subject.equals("MATHEMATICS") ? BILINGUAL : planned;
                    em.persist(new ClassInstruction(c.getId(), semester, subject, actual, "officer", now));
                }
            }
        }
    }
}
