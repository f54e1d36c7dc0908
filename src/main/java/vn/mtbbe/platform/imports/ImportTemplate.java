package vn.mtbbe.platform.imports;

import com.ibm.icu.util.ULocale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mtbbe.platform.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * An import's template in the reader's language, the same way for every kind: the columns named as the import reads
 * them, as CSV (UTF-8 with a byte-order mark, so that spreadsheets read the accents) or as an XLSX workbook whose second
 * sheet lists the codes some columns take, with their meaning.
 *
 * @param sheetKey  bundle key of the first sheet's name
 * @param codesKey  bundle key of the second sheet's name
 * @param columns   the columns in template order, by API name
 * @param headerKey bundle key of a column's name
 * @param dateColumns columns formatted as dates in the workbook
 * @param codes     the code lists of the second sheet
 * @param rows      rows already filled in below the header (e.g. one per pupil, for someone to add the rest), each a
 *                  value per column: a number (a numeric cell in the workbook) or text, "" for an empty cell
 */
public record ImportTemplate(String sheetKey, String codesKey, List<String> columns, Function<String, String> headerKey,
                             List<String> dateColumns, List<CodeList> codes, List<List<Object>> rows) {

    /** The codes of one column, with the function that names each in the reader's language. */
    public record CodeList(String column, List<String> codes, java.util.function.BiFunction<ULocale, String, String> meaning) {
    }

    /** A template of the header alone (and the code lists). */
    public ImportTemplate(String sheetKey, String codesKey, List<String> columns, Function<String, String> headerKey,
                          List<String> dateColumns, List<CodeList> codes) {
        this(sheetKey, codesKey, columns, headerKey, dateColumns, codes, List.of());
    }

    /** The same template with {@code rows} filled in below the header. */
    public ImportTemplate withRows(List<List<Object>> rows) {
        return new ImportTemplate(sheetKey, codesKey, columns, headerKey, dateColumns, codes, List.copyOf(rows));
    }

    public byte[] csv(ULocale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            bytes.write(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            printer.printRecord(columns.stream().map(c -> header(locale, c)).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
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
            Sheet table = workbook.createSheet(Messages.format(locale, sheetKey));
            Row header = table.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(header(locale, columns.get(i)));
                header.getCell(i).setCellStyle(bold);
                table.setColumnWidth(i, 18 * 256);
            }
            for (String column : dateColumns) {
                table.setDefaultColumnStyle(columns.indexOf(column), date);
            }
            int next = 1;
            for (List<Object> values : rows) {
                Row row = table.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            table.createFreezePane(0, 1);

            Sheet sheet = workbook.createSheet(Messages.format(locale, codesKey));
            int r = 0;
            for (CodeList list : codes) {
                Row listHeader = sheet.createRow(r++);
                listHeader.createCell(0).setCellValue(header(locale, list.column()));
                listHeader.createCell(1).setCellValue(Messages.format(locale, "import.meaning"));
                listHeader.getCell(0).setCellStyle(bold);
                listHeader.getCell(1).setCellStyle(bold);
                for (String code : list.codes()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(code);
                    row.createCell(1).setCellValue(list.meaning().apply(locale, code));
                }
                r++;
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String header(ULocale locale, String column) {
        return Messages.format(locale, headerKey.apply(column));
    }
}
