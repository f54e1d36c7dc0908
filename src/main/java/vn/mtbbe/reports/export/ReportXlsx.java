package vn.mtbbe.reports.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.ULocale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.reports.domain.ReportTable.Row;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Report tables as an XLSX workbook, one sheet a table: the title in the first row, the bold heading row below it
 * (frozen, so it stays in view), then the rows. Figures are numeric cells holding the exact value with the report's
 * number format (shares as fractions shown "0.0%", counts "#,##0", decimals "0.0", indices "0.00"), so that formulas
 * work on them; a hidden figure is the translated "suppressed" text, a figure without data an empty cell, and a row
 * below another is indented.
 *
 * <p>Written through POI's streaming workbook, which keeps only a window of rows in memory and the rest in temporary
 * files, deleted when the workbook is written.
 */
public final class ReportXlsx {

    /** Excel's limit on a sheet name. */
    static final int SHEET_NAME_MAX = 31;
    private static final int ROWS_IN_MEMORY = 100;
    private static final int TITLE_ROW = 0;
    private static final int HEADING_ROW = 1;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_HEADING_WIDTH = 30;

    private static final Map<Kind, String> NUMBER_FORMATS = Map.of(
            Kind.COUNT, "#,##0", Kind.SHARE, "0.0%", Kind.DECIMAL, "0.0", Kind.INDEX, "0.00");

    private ReportXlsx() {
    }

    /** Writes {@code tables} to {@code out} in the reader's language; leaves the stream open. */
    public static void write(List<ReportTable> tables, ULocale locale, OutputStream out) throws IOException {
        TableFormat format = new TableFormat(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Set<String> taken = new HashSet<>();
            int number = 0;
            for (ReportTable table : tables) {
                number++;
                String name = sheetName(table.title(), taken, untitled(format, number));
                writeSheet(workbook.createSheet(name), table, format, styles);
            }
            if (tables.isEmpty()) {
                workbook.createSheet(untitled(format, 1));
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The name of a sheet whose table has no title: "Table 3". */
    private static String untitled(TableFormat format, int number) {
        return Messages.format(format.locale(), "reports.export.table", Map.of("number", number));
    }

    private static void writeSheet(SXSSFSheet sheet, ReportTable table, TableFormat format, Styles styles) {
        List<Column> columns = table.columns();
        SXSSFRow title = sheet.createRow(TITLE_ROW);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(table.title() == null ? "" : table.title());
        titleCell.setCellStyle(styles.title);

        SXSSFRow heading = sheet.createRow(HEADING_ROW);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = heading.createCell(c);
            cell.setCellValue(column.heading() == null ? column.key() : column.heading());
            cell.setCellStyle(TableFormat.numeric(column.kind()) ? styles.numericHeading : styles.heading);
            widths[c] = Math.min(width(cell.getStringCellValue()), MAX_HEADING_WIDTH);
        }

        int r = HEADING_ROW + 1;
        for (Row row : table.rows()) {
            SXSSFRow line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Kind kind = columns.get(c).kind();
                Object value = row.values().get(c);
                if (TableFormat.noData(value)) {
                    continue;
                }
                Cell cell = line.createCell(c);
                if (ReportTable.suppressed(value)) {
                    cell.setCellValue(format.suppressed());
                    cell.setCellStyle(styles.suppressed);
                } else if (kind == Kind.TEXT) {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(styles.text(c == 0 ? row.level() : 0));
                } else {
                    cell.setCellValue(TableFormat.figure(kind, value).doubleValue());
                    cell.setCellStyle(styles.figures.get(kind));
                }
                int indent = kind == Kind.TEXT && c == 0 ? 2 * row.level() : 0;
                widths[c] = Math.max(widths[c], width(format.format(kind, value)) + indent);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
        sheet.createFreezePane(0, HEADING_ROW + 1);
    }

    /**
     * A legal sheet name from a table's title, different from those {@code taken} (Excel compares them ignoring case):
     * at most 31 characters, none of {@code []:*?/\}, not starting or ending with an apostrophe; {@code fallback} when
     * the title leaves nothing. Adds the name to {@code taken}.
     */
    static String sheetName(String title, Set<String> taken, String fallback) {
        String base = title == null || title.isBlank() ? ""
                : WorkbookUtil.createSafeSheetName(title.strip(), ' ').replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = WorkbookUtil.createSafeSheetName(fallback, ' ');
        }
        String name = base;
        for (int n = 2; taken.contains(key(name)) || "history".equals(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, SHEET_NAME_MAX - suffix.length()).strip() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** At most {@code max} UTF-16 units, never half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A column width in Excel's units (about one Latin character): wide (CJK) characters count twice. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
            width += eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    /** The workbook's cell styles, made once: a workbook holds a limited number of them. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle numericHeading;
        final CellStyle suppressed;
        final Map<Kind, CellStyle> figures = new EnumMap<>(Kind.class);
        private final Map<Integer, CellStyle> texts = new HashMap<>();
        private final SXSSFWorkbook workbook;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);

            title = workbook.createCellStyle();
            title.setFont(large);

            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numericHeading = workbook.createCellStyle();
            numericHeading.cloneStyleFrom(heading);
            numericHeading.setAlignment(HorizontalAlignment.RIGHT);

            suppressed = workbook.createCellStyle();
            suppressed.setAlignment(HorizontalAlignment.RIGHT);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            suppressed.setFont(grey);

            for (Map.Entry<Kind, String> format : NUMBER_FORMATS.entrySet()) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format.getValue()));
                figures.put(format.getKey(), style);
            }
        }

        CellStyle text(int level) {
            return texts.computeIfAbsent(Math.min(level, 15), l -> {
                CellStyle style = workbook.createCellStyle();
                style.setIndention(l.shortValue());
                return style;
            });
        }
    }
}
