package vn.mtbbe.reports.domain;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report as every output shows it (the page, CSV, XLSX and PDF): translated column headings and the
 * rows' values, already suppressed for guests. The outputs only format; they never decide what a reader may see.
 *
 * <p>Values by column kind: {@link Kind#TEXT} a String, {@link Kind#COUNT} a Long, {@link Kind#SHARE} a Double between
 * 0 and 1 (shown as a percentage), {@link Kind#DECIMAL} a Double shown with one decimal, {@link Kind#INDEX} a Double shown
 * with two (e.g. a gender parity index or a difference of changes in points). A null value is a figure there is no
 * data for; {@link #SUPPRESSED} is a figure hidden because it rests on too few pupils.
 *
 * @param title    the table's translated title
 * @param columns  its columns, left to right
 * @param rows     its rows, top to bottom
 * @param language the BCP 47 language of the table's text values where it differs from the page's (null: the page's)
 */
public record ReportTable(String title, List<Column> columns, List<Row> rows, String language) {

    /** A figure hidden for the reader. */
    public static final Object SUPPRESSED = Hidden.SUPPRESSED;

    private enum Hidden { SUPPRESSED }

    public enum Kind { TEXT, COUNT, SHARE, DECIMAL, INDEX }

    /**
     * A column: a stable key (for exports' machine-readable names and tests), its translated heading and its kind.
     */
    public record Column(String key, String heading, Kind kind) {
    }

    /**
     * A row: one value per column; {@code level} indents it under the row above (0 = top level, 1 = below …);
     * {@code key} the group value the row stands for (e.g. a province code a page drills into), or null.
     */
    public record Row(List<Object> values, int level, String key) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Row(List<Object> values, int level) {
            this(values, level, null);
        }

        public Row(List<Object> values) {
            this(values, 0, null);
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.values().size() + " values in a table of "
                        + columns.size() + " columns");
            }
        }
    }

    public ReportTable(String title, List<Column> columns, List<Row> rows) {
        this(title, columns, rows, null);
    }

    public static boolean suppressed(Object value) {
        return Objects.equals(value, SUPPRESSED);
    }
}
