package vn.mtbbe.programme.web;

import org.junit.jupiter.api.Test;
import vn.mtbbe.cohort.web.CohortPage;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.Subject;
import vn.mtbbe.programme.service.InstructionService.ClassPlan;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

/**
 * The rows of the class page's and the pupil page's transition panels, and the cohort page's transition status:
 * both come from the schedule's one rule, so they give the same answers for the same schedule and stage.
 */
class TransitionRowTest {

    static final List<Subject> CURRICULUM = List.of(new Subject("LITERACY", true, 1), new Subject("MATHEMATICS", true, 2),
            new Subject("SCIENCE", false, 3), new Subject("ARTS", false, 4), new Subject("MUSIC", false, 5));
    static final List<String> CODES = CURRICULUM.stream().map(Subject::getCode).toList();
    static final Function<String, String> NAME = code -> code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);

    /**
     * Literacy and mathematics: the mother tongue, bilingual in grade 2, Vietnamese from grade 3, mathematics
     * switching mid-year in grade 3. Science taught from grade 3; arts taught up to the first semester of grade 4;
     * music taught from the second semester of grade 1, in the mother tongue, then in Vietnamese from grade 4.
     */
    static Schedule schedule() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int g = stage.ordinal();
            entries.add(ScheduleEntry.wholeYear(stage, "LITERACY",
                    g < Stage.GRADE_2.ordinal() ? MOTHER_TONGUE : g == Stage.GRADE_2.ordinal() ? BILINGUAL : VIETNAMESE));
            if (stage == Stage.GRADE_3) {
                entries.add(new ScheduleEntry(stage, 1, "MATHEMATICS", BILINGUAL));
                entries.add(new ScheduleEntry(stage, 2, "MATHEMATICS", VIETNAMESE));
            } else {
                entries.add(ScheduleEntry.wholeYear(stage, "MATHEMATICS",
                        g < Stage.GRADE_2.ordinal() ? MOTHER_TONGUE : g == Stage.GRADE_2.ordinal() ? BILINGUAL : VIETNAMESE));
            }
            if (g >= Stage.GRADE_3.ordinal()) {
                entries.add(ScheduleEntry.wholeYear(stage, "SCIENCE", VIETNAMESE));
            }
            if (g < Stage.GRADE_4.ordinal()) {
                entries.add(ScheduleEntry.wholeYear(stage, "ARTS", MOTHER_TONGUE));
            } else if (stage == Stage.GRADE_4) {
                entries.add(new ScheduleEntry(stage, 1, "ARTS", MOTHER_TONGUE));
            }
            if (stage == Stage.GRADE_1) {
                entries.add(new ScheduleEntry(stage, 2, "MUSIC", MOTHER_TONGUE));
            } else if (g > Stage.GRADE_1.ordinal()) {
                entries.add(ScheduleEntry.wholeYear(stage, "MUSIC", g < Stage.GRADE_4.ordinal() ? MOTHER_TONGUE : VIETNAMESE));
            }
        }
        return new Schedule(entries);
    }

    static List<TransitionRow> rows(Schedule schedule, Stage stage) {
        return TransitionRow.of(new ClassPlan(null, null, null, List.of(), schedule.outlook(stage, CODES)), NAME);
    }

    static TransitionRow row(List<TransitionRow> rows, String subject) {
        return rows.stream().filter(r -> r.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + subject + " in " + rows));
    }

    @Test
    void startsAndStopsAreShownAsSuchNotAsSwitches() {
        List<TransitionRow> grade2 = rows(schedule(), Stage.GRADE_2);
        assertEquals(List.of("LITERACY", "MATHEMATICS", "SCIENCE", "ARTS", "MUSIC"),
                grade2.stream().map(TransitionRow::subject).toList(), "the curriculum's order");
        TransitionRow science = row(grade2, "SCIENCE");
        assertEquals(new TransitionRow("SCIENCE", "Science", null, null, "VIETNAMESE", "VIETNAMESE", "NONE", "STARTS"), science);
        assertTrue(science.isChangesNextYear());
        assertFalse(science.isSwitching());
        assertEquals("SWITCHES", row(grade2, "LITERACY").nextYear());
        assertTrue(row(grade2, "LITERACY").isSwitching(), "mother tongue to bilingual when grade 2 began");

        List<TransitionRow> grade3 = rows(schedule(), Stage.GRADE_3);
        assertEquals("STARTS", row(grade3, "SCIENCE").thisYear());
        assertFalse(row(grade3, "SCIENCE").isChangesNextYear());
        assertEquals("STOPS", row(grade3, "ARTS").nextYear(), "taught in the first semester of grade 4 only");
        assertEquals("SWITCHES", row(grade3, "MUSIC").nextYear());

        List<TransitionRow> grade4 = rows(schedule(), Stage.GRADE_4);
        assertEquals(new TransitionRow("ARTS", "Arts", "MOTHER_TONGUE", null, null, null, "STOPS", "NONE"), row(grade4, "ARTS"));
        assertFalse(row(grade4, "ARTS").isSwitching(), "stopping mid-year is not a switch");

        List<TransitionRow> grade1 = rows(schedule(), Stage.GRADE_1);
        assertEquals("STARTS", row(grade1, "MUSIC").thisYear(), "music starts mid-year");
        assertEquals(List.of(), grade1.stream().filter(TransitionRow::isSwitching).toList(), "grade 1 is no switching year");
    }

    @Test
    void inGradeFiveNothingChangesNextYear() {
        List<TransitionRow> grade5 = rows(schedule(), Stage.GRADE_5);
        assertEquals(List.of("LITERACY", "MATHEMATICS", "SCIENCE", "MUSIC"), grade5.stream().map(TransitionRow::subject).toList(),
                "arts is taught neither in grade 5 nor after it");
        assertTrue(grade5.stream().noneMatch(TransitionRow::isChangesNextYear));
        assertTrue(grade5.stream().allMatch(r -> r.next1() == null && r.next2() == null));
    }

    @Test
    void theClassAndPupilPanelsAndTheCohortPageGiveTheSameAnswers() {
        Schedule schedule = schedule();
        for (Stage stage : Stage.values()) {
            List<TransitionRow> rows = rows(schedule, stage);
            List<CohortPage.SubjectStatus> statuses = CohortPage.statuses(schedule, stage, CURRICULUM, NAME);
            assertEquals(rows.size(), statuses.size(), stage.name());
            for (int i = 0; i < rows.size(); i++) {
                TransitionRow r = rows.get(i);
                CohortPage.SubjectStatus s = statuses.get(i);
                String where = stage + "/" + r.subject();
                assertEquals(List.of(r.subject(), r.subjectName(), String.valueOf(r.now1()), String.valueOf(r.now2()),
                                String.valueOf(r.next1()), String.valueOf(r.next2()), r.thisYear(), r.nextYear()),
                        List.of(s.subject(), s.name(), String.valueOf(s.now1()), String.valueOf(s.now2()),
                                String.valueOf(s.next1()), String.valueOf(s.next2()), s.thisYear(), s.nextYear()), where);
                assertEquals(r.isSwitching(), s.isSwitchesNow(), where);
                assertEquals(r.nextYear().equals("SWITCHES"), s.isSwitchesNext(), where);
            }
            ClassPlan plan = new ClassPlan(null, null, null, List.of(), schedule.outlook(stage, CODES));
            assertEquals(plan.switchingYear(), statuses.stream().anyMatch(CohortPage.SubjectStatus::isSwitchesNow), stage.name());
            assertEquals(schedule.isSwitchingStage(stage, CODES), plan.switchingYear(), stage.name());
        }
    }
}
