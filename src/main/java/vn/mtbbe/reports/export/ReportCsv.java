package vn.mtbbe.reports.export;

import com.ibm.icu.util.ULocale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.reports.domain.ReportTable.Row;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Report tables as one CSV file for spreadsheets and scripts: UTF-8 with a byte-order mark (so that spreadsheets read
 * the accents), RFC 4180 quoting and line ends; each table as its title on a line of its own, its heading row and its
 * rows, and an empty line before the next table.
 *
 * <p>Figures are machine-readable, at the precision the report shows them, with a dot and no grouping: counts as
 * integers ({@code 12345}); shares in percent with one decimal ({@code 0.1253} as {@code 12.5}), the column's heading
 * marked "(%)"; decimals with one decimal; indices with two (rounded half-even, as on the page). A figure without data
 * is an empty cell; a hidden figure is the translated "suppressed" text. A row below another (level 1, 2 …) has its
 * first cell indented by two spaces a level. Text that a spreadsheet would take for a formula (starting with
 * {@code = + - @}) is written with a leading apostrophe.
 */
public final class ReportCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String INDENT = "  ";

    private ReportCsv() {
    }

    /** Writes {@code tables} to {@code out} in the reader's language; flushes the stream but leaves it open. */
    public static void write(List<ReportTable> tables, ULocale locale, OutputStream out) throws IOException {
        ULocale language = Messages.supported(locale);
        String suppressed = Messages.format(language, "reports.suppressed");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        boolean first = true;
        for (ReportTable table : tables) {
            if (!first) {
                printer.println();
            }
            first = false;
            printer.printRecord(text(table.title()));
            List<String> headings = new ArrayList<>();
            for (Column column : table.columns()) {
                headings.add(text(heading(column, language)));
            }
            printer.printRecord(headings);
            for (Row row : table.rows()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    Column column = table.columns().get(i);
                    String value = value(column.kind(), row.values().get(i), suppressed);
                    if (i == 0 && column.kind() == Kind.TEXT && row.level() > 0) {
                        value = INDENT.repeat(row.level()) + value;
                    }
                    values.add(value);
                }
                printer.printRecord(values);
            }
        }
        printer.flush();
    }

    /** A column's heading, marked as percentages for shares (unless it says so already). */
    static String heading(Column column, ULocale locale) {
        String heading = column.heading() == null ? column.key() : column.heading();
        if (column.kind() == Kind.SHARE && !heading.contains("%") && !heading.contains("\uFF05")) {
            return Messages.format(locale, "reports.export.percentHeading", Map.of("heading", heading));
        }
        return heading;
    }

    /** One cell as the file holds it; see the class comment for the rules. */
    static String value(Kind kind, Object value, String suppressed) {
        if (TableFormat.noData(value)) {
            return "";
        }
        if (ReportTable.suppressed(value)) {
            return suppressed;
        }
        if (kind == Kind.TEXT) {
            return text(value.toString());
        }
        BigDecimal figure = decimal(TableFormat.figure(kind, value));
        return switch (kind) {
            case COUNT -> figure.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            case SHARE -> figure.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
            case DECIMAL -> figure.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
            case INDEX -> figure.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            case TEXT -> throw new AssertionError(kind);
        };
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal big) {
            return big;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        // Double.toString's shortest form, as ICU rounds it on the page: 0.125 stays 0.125, not 0.12499999…
        return new BigDecimal(Double.toString(number.doubleValue()));
    }

    /** Text as data, never as a formula: spreadsheets run a cell that starts with = + - or @. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
