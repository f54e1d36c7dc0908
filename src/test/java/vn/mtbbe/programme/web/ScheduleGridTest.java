package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.programme.domain.InstructionMode.BILINGUAL;
import static vn.mtbbe.programme.domain.InstructionMode.MOTHER_TONGUE;
import static vn.mtbbe.programme.domain.InstructionMode.VIETNAMESE;

class ScheduleGridTest {

    static final List<ScheduleGrid.SubjectName> SUBJECTS = List.of(
            new ScheduleGrid.SubjectName("LITERACY", "Reading and writing", true),
            new ScheduleGrid.SubjectName("MATHEMATICS", "Mathematics", true),
            new ScheduleGrid.SubjectName("ARTS", "Arts", false));

    /**
     * Mother tongue first; mathematics bilingual in grade 2; literacy and mathematics in Vietnamese from
     * grade 3; arts in the mother tongue, bilingual from the second semester of grade 4, not taught in grade 5.
     */
    static Schedule schedule() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int g = stage.ordinal();
            entries.add(ScheduleEntry.wholeYear(stage, "LITERACY", g < Stage.GRADE_3.ordinal() ? MOTHER_TONGUE : VIETNAMESE));
            InstructionMode maths = g < Stage.GRADE_2.ordinal() ? MOTHER_TONGUE : g == Stage.GRADE_2.ordinal() ? BILINGUAL : VIETNAMESE;
            entries.add(ScheduleEntry.wholeYear(stage, "MATHEMATICS", maths));
            if (stage == Stage.GRADE_4) {
                entries.add(new ScheduleEntry(stage, 1, "ARTS", MOTHER_TONGUE));
                entries.add(new ScheduleEntry(stage, 2, "ARTS", BILINGUAL));
            } else if (stage != Stage.GRADE_5) {
                entries.add(ScheduleEntry.wholeYear(stage, "ARTS", MOTHER_TONGUE));
            }
        }
        return new Schedule(entries);
    }

    @Test
    void cellsSayTheLanguageOfEachSemesterAndAreSplitOnlyWhereTheyDiffer() {
        ScheduleGrid grid = ScheduleGrid.of(schedule(), SUBJECTS, ULocale.ENGLISH);
        assertEquals(List.of("PRESCHOOL_5", "GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4", "GRADE_5"), grid.getStages());
        ScheduleGrid.Row arts = grid.getRows().get(2);
        assertEquals("Arts", arts.name());
        assertFalse(arts.core());
        ScheduleGrid.Cell grade4 = arts.cells().get(Stage.GRADE_4.ordinal());
        assertTrue(grade4.split());
        assertEquals("MOTHER_TONGUE", grade4.first());
        assertEquals("BILINGUAL", grade4.second());
        ScheduleGrid.Cell grade5 = arts.cells().get(Stage.GRADE_5.ordinal());
        assertTrue(grade5.notTaught());
        assertNull(grade5.first());
        ScheduleGrid.Cell maths2 = grid.getRows().get(1).cells().get(Stage.GRADE_2.ordinal());
        assertFalse(maths2.split());
        assertEquals("BILINGUAL", maths2.first());
    }

    @Test
    void theShareInVietnameseAndTheBarsCountTheSubjectsTaught() {
        ScheduleGrid grid = ScheduleGrid.of(schedule(), SUBJECTS, ULocale.ENGLISH);
        ScheduleGrid.Step preschool = grid.getTransition().get(0);
        assertEquals(0.0, preschool.share());
        assertEquals(3, preschool.motherTongue());
        ScheduleGrid.Step grade3 = grid.getTransition().get(Stage.GRADE_3.ordinal());
        assertEquals(2.0 / 3, grade3.share(), 1e-9);
        assertEquals(100.0 / 3, grade3.getMotherTongueWidth(), 1e-9);
        assertEquals(200.0 / 3, grade3.getVietnameseWidth(), 1e-9);
        ScheduleGrid.Step grade5 = grid.getTransition().get(Stage.GRADE_5.ordinal());
        assertEquals(2, grade5.taught(), "arts is not taught in grade 5");
        assertEquals(1.0, grade5.share());
    }

    @Test
    void eachChangeOfLanguageIsOneSentenceInTheReadersLanguage() {
        ScheduleGrid grid = ScheduleGrid.of(schedule(), SUBJECTS, ULocale.ENGLISH);
        assertEquals(List.of(), grid.getTransition().get(Stage.GRADE_1.ordinal()).sentences());
        assertFalse(grid.isSwitching("GRADE_1"));
        assertEquals(List.of("Grade 2: Mathematics switches to bilingual teaching."),
                grid.getTransition().get(Stage.GRADE_2.ordinal()).sentences());
        assertEquals(List.of("Grade 3: Mathematics and Reading and writing switch to Vietnamese."),
                grid.getTransition().get(Stage.GRADE_3.ordinal()).sentences(), "names sorted for the reader, joined by ICU");
        assertEquals(List.of("Grade 4: Arts switches to bilingual teaching in the second semester."),
                grid.getTransition().get(Stage.GRADE_4.ordinal()).sentences());
        assertTrue(grid.isSwitching("GRADE_3"));
        assertTrue(grid.isAnySwitch());

        ScheduleGrid vietnamese = ScheduleGrid.of(schedule(), SUBJECTS, new ULocale("vi"));
        assertEquals(List.of("Lớp 3: Mathematics và Reading and writing chuyển sang tiếng Việt."),
                vietnamese.getTransition().get(Stage.GRADE_3.ordinal()).sentences());
    }

    @Test
    void startsAndStopsAreToldButDoNotMakeASwitchingStage() {
        ScheduleGrid grid = ScheduleGrid.of(schedule(), SUBJECTS, ULocale.ENGLISH);
        assertEquals(List.of("Grade 5: Arts is no longer taught."), grid.getTransition().get(Stage.GRADE_5.ordinal()).sentences());
        assertFalse(grid.isSwitching("GRADE_5"), "arts only stops");

        List<ScheduleEntry> entries = new ArrayList<>(schedule().entries());
        entries.removeIf(e -> e.getSubject().equals("ARTS"));
        entries.add(new ScheduleEntry(Stage.GRADE_3, 2, "ARTS", BILINGUAL));
        entries.add(ScheduleEntry.wholeYear(Stage.GRADE_4, "ARTS", BILINGUAL));
        entries.add(new ScheduleEntry(Stage.GRADE_5, 1, "ARTS", BILINGUAL));
        ScheduleGrid changed = ScheduleGrid.of(new Schedule(entries), SUBJECTS, ULocale.ENGLISH);
        assertEquals(List.of("Grade 3: Mathematics and Reading and writing switch to Vietnamese.",
                        "Grade 3: Arts starts to be taught in the second semester (bilingual teaching)."),
                changed.getTransition().get(Stage.GRADE_3.ordinal()).sentences(), "a mid-year start is not a switch to bilingual");
        assertEquals(List.of(), changed.getTransition().get(Stage.GRADE_4.ordinal()).sentences());
        assertEquals(List.of("Grade 5: Arts is no longer taught in the second semester."),
                changed.getTransition().get(Stage.GRADE_5.ordinal()).sentences());
        assertFalse(changed.isSwitching("GRADE_5"));
        assertTrue(changed.isSwitching("GRADE_3"));

        List<ScheduleEntry> late = new ArrayList<>(schedule().entries());
        late.removeIf(e -> e.getSubject().equals("ARTS"));
        late.add(ScheduleEntry.wholeYear(Stage.GRADE_5, "ARTS", VIETNAMESE));
        ScheduleGrid startsLate = ScheduleGrid.of(new Schedule(late), SUBJECTS, ULocale.ENGLISH);
        assertEquals(List.of("Grade 5: Arts starts to be taught (Vietnamese)."),
                startsLate.getTransition().get(Stage.GRADE_5.ordinal()).sentences());
        assertTrue(startsLate.isAnyChange());
        assertEquals(List.of(), startsLate.getTransition().get(Stage.PRESCHOOL_5.ordinal()).sentences(),
                "being taught from preschool is not a start");
    }

    @Test
    void aScheduleInOneLanguageHasNoChanges() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            entries.add(ScheduleEntry.wholeYear(stage, "MATHEMATICS", VIETNAMESE));
        }
        ScheduleGrid grid = ScheduleGrid.of(new Schedule(entries), SUBJECTS, ULocale.ENGLISH);
        assertFalse(grid.isAnySwitch());
        assertFalse(grid.isAnyChange());
        assertEquals(1.0, grid.getTransition().get(0).share());
    }
}
