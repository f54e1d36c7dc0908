package vn.mtbbe.attendance.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mtbbe.attendance.domain.Reason;
import vn.mtbbe.platform.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The attendance import templates in the reader's language: the columns a file needs (class id, date, pupil code,
 * mark, reason; the school code and class name as the alternative to the class id), as CSV (UTF-8 with a byte-order
 * mark, so that Excel reads the accents) or as an XLSX workbook whose second sheet lists the marks and reasons.
 */
@ApplicationScoped
public class ImportTemplates {

    static final List<String> TEMPLATE_COLUMNS = List.of("classId", "date", "pupil", "status", "reason", "school", "class");

    public byte[] csv(ULocale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            bytes.write(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            printer.printRecord(TEMPLATE_COLUMNS.stream().map(c -> header(locale, c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(ULocale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet marks = workbook.createSheet(Messages.format(locale, "import.attendance.sheet.marks"));
            Row header = marks.createRow(0);
            for (int i = 0; i < TEMPLATE_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(header(locale, TEMPLATE_COLUMNS.get(i)));
                header.getCell(i).setCellStyle(bold);
                marks.setColumnWidth(i, 18 * 256);
            }
            marks.setDefaultColumnStyle(TEMPLATE_COLUMNS.indexOf("date"), date);
            marks.createFreezePane(0, 1);

            Sheet codes = workbook.createSheet(Messages.format(locale, "import.attendance.sheet.codes"));
            Row codesHeader = codes.createRow(0);
            codesHeader.createCell(0).setCellValue(header(locale, "status"));
            codesHeader.createCell(1).setCellValue(Messages.format(locale, "import.attendance.meaning"));
            codesHeader.getCell(0).setCellStyle(bold);
            codesHeader.getCell(1).setCellStyle(bold);
            int r = 1;
            for (String code : List.of("P", "L", "U", "E", "I", "F", "S", "W", "O")) {
                Row row = codes.createRow(r++);
                row.createCell(0).setCellValue(code);
                row.createCell(1).setCellValue(Messages.format(locale, "attendance.mark." + code));
            }
            r++;
            Row reasonHeader = codes.createRow(r++);
            reasonHeader.createCell(0).setCellValue(header(locale, "reason"));
            reasonHeader.getCell(0).setCellStyle(bold);
            for (Reason reason : Reason.values()) {
                Row row = codes.createRow(r++);
                row.createCell(0).setCellValue(reason.name());
                row.createCell(1).setCellValue(Messages.format(locale, "attendance.reason." + reason.name()));
            }
            codes.setColumnWidth(0, 18 * 256);
            codes.setColumnWidth(1, 40 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ULocale locale, String column) {
        return Messages.format(locale, "import.attendance.column." + column);
    }
}
