package vn.mtbbe.demo;

import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.List;

import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

/**
 * The programme part of the demo set: one programme per pilot language with the published pattern
 * (mother tongue first, Vietnamese as a subject, core subjects bilingual in grade 2 and in Vietnamese from
 * grade 3), and for Jrai a second version, for cohorts from 2024, that switches gradually over grades 3–5;
 * and what demo classes were actually taught, including a few that depart from the plan. Values only:
 * {@link DemoDataLoader} writes them.
 */
final class DemoProgrammes {

    static final List<String> CORE = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES");
    static final int FIRST_YEAR = 2008;
    static final int GRADUAL_FROM = 2024;

    /** A demo programme: its mother tongue, its (Vietnamese) name and its name for readers of other languages. */
    record ProgrammeSeed(String language, String name, java.util.Map<String, String> names) {
    }

    static final List<ProgrammeSeed> PROGRAMMES = List.of(
            new ProgrammeSeed("hmn", "Chương trình GDSN tiếng H'Mông (Lào Cai)", java.util.Map.of(
                    "en", "MTBBE programme in H'mong (Lao Cai)", "zh", "苗语母语双语教育项目（老街省）",
                    "ms", "Program MTBBE bahasa Hmong (Lao Cai)", "km", "កម្មវិធី MTBBE ភាសាម៉ុង (ខេត្តឡាវកាយ)")),
            new ProgrammeSeed("jra", "Chương trình GDSN tiếng Gia-rai (Gia Lai)", java.util.Map.of(
                    "en", "MTBBE programme in Jrai (Gia Lai)", "zh", "嘉莱语母语双语教育项目（嘉莱省）",
                    "ms", "Program MTBBE bahasa Jarai (Gia Lai)", "km", "កម្មវិធី MTBBE ភាសាចារ៉ាយ (ខេត្តយ៉ាឡាយ)")),
            new ProgrammeSeed("km", "Chương trình GDSN tiếng Khmer (Trà Vinh)", java.util.Map.of(
                    "en", "MTBBE programme in Khmer (Tra Vinh)", "zh", "高棉语母语双语教育项目（茶荣省）",
                    "ms", "Program MTBBE bahasa Khmer (Tra Vinh)", "km", "កម្មវិធី MTBBE ភាសាខ្មែរ (ខេត្តត្រាវិញ)")));
    static final String DESCRIPTION = "Học sinh học đọc, học viết bằng tiếng mẹ đẻ; tiếng Việt là một môn học;"
            + " các môn cốt lõi chuyển sang tiếng Việt từ lớp 3.";
    /** The Jrai programme's second schedule version. */
    static final String GRADUAL_LANGUAGE = "jra";
    static final String GRADUAL_NOTE = "Chuyển dần sang tiếng Việt từ lớp 3 đến lớp 5";
    /** The subjects whose practice is recorded for demo classes. */
    static final List<String> RECORDED_SUBJECTS = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES",
            "MOTHER_TONGUE", "VIETNAMESE");

    private DemoProgrammes() {
    }

    /** The schedule a cohort of the programme in {@code language} that started in {@code startYear} follows. */
    static Schedule scheduleFor(String language, int startYear) {
        return new Schedule(startYear >= GRADUAL_FROM && GRADUAL_LANGUAGE.equals(language) ? gradual() : published());
    }

    /**
     * What a recorded class was taught in {@code subject}: as planned, except that a grade 3 class chosen to
     * depart from the plan still teaches mathematics bilingually.
     */
    static InstructionMode practice(InstructionMode planned, String subject, boolean departs) {
        return departs && subject.equals("MATHEMATICS") ? BILINGUAL : planned;
    }

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
}
