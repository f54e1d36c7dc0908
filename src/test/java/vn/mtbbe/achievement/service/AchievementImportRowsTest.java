package vn.mtbbe.achievement.service;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportProblems;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.imports.TableImport;
import vn.mtbbe.platform.text.TextKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results kind of the import pipeline on its own: headers in any language, cells to lines, each problem at its cell. */
class AchievementImportRowsTest {

    static List<AchievementImport.Line> read(String csv, ImportProblems problems) throws IOException {
        Path file = Files.createTempFile("achievement", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return TableImport.read(file, new AchievementImport.Rows(), problems, ImportProgress.Reporter.NONE);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void everyColumnIsKnownByItsNameInEveryLanguageAndNoNameStandsForTwoColumns() {
        Map<String, String> names = AchievementImport.headerNames();
        for (ULocale locale : Messages.SUPPORTED) {
            for (String column : AchievementImport.COLUMNS) {
                String name = Messages.pattern(locale, AchievementImport.HEADER_PREFIX + column);
                assertEquals(column, names.get(TextKeys.fold(name)), locale + ": " + name);
            }
        }
    }

    @Test
    void headersInChineseAndCellsAsSpreadsheetsWriteThem() throws IOException {
        ImportProblems problems = new ImportProblems();
        List<AchievementImport.Line> lines = read("""
                评估轮次编号,班级编号,学生编号,学生姓名,分项编号,得分,用时（秒）,缺席
                7,12,hm0001,Vàng Mai,31,12.0,45,
                7,12,HM0002,,31,,,是
                7,12,HM0003,,31,,,
                """, problems);
        assertTrue(problems.isEmpty());
        assertEquals(3, lines.size());
        AchievementImport.Line first = lines.get(0);
        assertEquals(2, first.row());
        assertEquals(7, first.sitting());
        assertEquals(12L, first.classId());
        assertEquals("HM0001", first.pupil(), "codes in capitals");
        assertEquals(31, first.subtask());
        assertEquals(12, first.score());
        assertEquals(45, first.seconds());
        assertNull(first.absent());
        assertEquals(Boolean.TRUE, lines.get(1).absent());
        assertTrue(lines.get(2).blank(), "a row of the template not filled in");
    }

    @Test
    void absentIsYesOrNoInAnyInterfaceLanguage() {
        for (String yes : List.of("x", "X", "yes", "TRUE", "1", "có", "co", "vắng", "是", "ya", "Tidak hadir", "absent")) {
            assertEquals(Boolean.TRUE, AchievementImport.YES_NO.get(TextKeys.fold(yes)), yes);
        }
        for (String no : List.of("no", "false", "0", "không", "否", "tidak", "hadir", "có mặt", "present")) {
            assertEquals(Boolean.FALSE, AchievementImport.YES_NO.get(TextKeys.fold(no)), no);
        }
    }

    @Test
    void eachProblemIsAtItsRowAndColumn() throws IOException {
        ImportProblems problems = new ImportProblems();
        read("""
                sitting,school,class,pupil,subtask,score,seconds,absent
                7,S1,1A,HM1,31,1.5,,
                seven,S1,1A,HM1,31,3,,
                7,S1,,HM1,31,3,,maybe
                """, problems);
        List<String> fields = assertThrows(ValidationException.class, problems::throwIfAny).fieldErrors().stream()
                .map(FieldError::field).toList();
        assertEquals(List.of("rows[2].score", "rows[3].sitting", "rows[4].class", "rows[4].absent"), fields);
    }

    @Test
    void aFileWithoutAClassOrAScoreColumnIsRefusedAtItsHeader() throws IOException {
        ImportProblems problems = new ImportProblems();
        read("sitting,pupil,subtask\n7,HM1,31\n", problems);
        List<String> fields = assertThrows(ValidationException.class, problems::throwIfAny).fieldErrors().stream()
                .map(FieldError::field).toList();
        assertEquals(List.of("rows[1].classId", "rows[1].score"), fields.subList(0, 2));
    }
}
