package vn.mtbbe.reports.export;

import com.ibm.icu.util.ULocale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.mtbbe.reports.domain.ReportTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook export read back with POI. */
class ReportXlsxTest {

    private static XSSFWorkbook workbook(List<ReportTable> tables, ULocale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXlsx.write(tables, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetATableNamedLegallyAndUniquely() throws IOException {
        ReportTable attendance = ReportSamples.attendance();
        ReportTable renamed = new ReportTable("Tỷ lệ: đi học/nghỉ [2025]? * \\ 'rất dài, dài hơn ba mươi mốt ký tự'",
                attendance.columns(), attendance.rows());
        ReportTable untitled = new ReportTable(" ", attendance.columns(), attendance.rows());
        try (XSSFWorkbook workbook = workbook(List.of(attendance, attendance, renamed, untitled), ULocale.ENGLISH)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Chuyên cần theo tỉnh và trường", "Chuyên cần theo tỉnh và trư (2)",
                    "Tỷ lệ  đi học nghỉ  2025", "Table 4"), names);
            assertEquals(31, names.get(1).length());
        }
    }

    @Test
    void sheetNamesHaveNoForbiddenCharactersAndNoDuplicatesIgnoringCase() {
        Set<String> taken = new HashSet<>();
        String first = ReportXlsx.sheetName("'Lớp 1/2: [A]*?'", taken, "Table 1");
        assertEquals("Lớp 1 2   A", first);
        assertEquals("lớp 1 2   a (2)", ReportXlsx.sheetName("lớp 1 2   a", taken, "Table 2"));
        assertEquals("History (2)", ReportXlsx.sheetName("History", taken, "Table 3"));
        String khmer = ReportXlsx.sheetName(ReportSamples.KHMER.repeat(5), taken, "Table 4");
        assertTrue(khmer.length() <= ReportXlsx.SHEET_NAME_MAX, khmer);
    }

    @Test
    void figuresAreNumbersWithTheReportsFormats() throws IOException {
        try (XSSFWorkbook workbook = workbook(List.of(ReportSamples.attendance()), new ULocale("vi"))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Chuyên cần theo tỉnh và trường", sheet.getRow(0).getCell(0).getStringCellValue());
            Row laoCai = sheet.getRow(2);
            Cell share = sheet.getRow(4).getCell(2);
            assertEquals(CellType.NUMERIC, share.getCellType());
            assertEquals(0.125, share.getNumericCellValue());
            assertEquals("0.0%", share.getCellStyle().getDataFormatString());
            assertEquals(12345, laoCai.getCell(1).getNumericCellValue());
            assertEquals("#,##0", laoCai.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(44.84, laoCai.getCell(3).getNumericCellValue(), "the exact value, shown with one decimal");
            assertEquals("0.0", laoCai.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("0.00", laoCai.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(-0.255, sheet.getRow(4).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void hiddenFiguresAreTranslatedTextAndMissingOnesEmpty() throws IOException {
        try (XSSFWorkbook workbook = workbook(List.of(ReportSamples.attendance()), new ULocale("zh"))) {
            Row school = workbook.getSheetAt(0).getRow(3);
            assertEquals(CellType.STRING, school.getCell(2).getCellType());
            assertEquals("已隐藏", school.getCell(2).getStringCellValue());
            assertNull(school.getCell(4), "no data: no cell");
            assertEquals(1, school.getCell(0).getCellStyle().getIndention(), "a school below its province");
        }
    }

    @Test
    void theHeadingRowIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = workbook(List.of(ReportSamples.attendance()), new ULocale("vi"))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row heading = sheet.getRow(1);
            assertEquals("Tỷ lệ chuyên cần", heading.getCell(2).getStringCellValue());
            for (Cell cell : heading) {
                assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), cell.getStringCellValue());
            }
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(1), "the names' column is the widest");
            assertTrue(sheet.getColumnWidth(1) >= 8 * 256);
        }
    }

    @Test
    void temporaryFilesAreDeleted() throws IOException {
        File poiFiles = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sheetFiles(poiFiles);
        workbook(List.of(ReportSamples.schools(500), ReportSamples.attendance()), ULocale.ENGLISH).close();
        assertEquals(before, sheetFiles(poiFiles));
    }

    private static int sheetFiles(File directory) {
        String[] names = directory.list((dir, name) -> name.startsWith("poi-sxssf-sheet"));
        return names == null ? 0 : names.length;
    }
}
