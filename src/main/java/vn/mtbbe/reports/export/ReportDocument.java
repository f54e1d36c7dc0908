package vn.mtbbe.reports.export;

import vn.mtbbe.reports.domain.ReportTable;

import java.util.List;
import java.util.Objects;

/**
 * A report as a printed document ({@link ReportPdf}): all text already translated, figures in {@link ReportTable}s.
 *
 * @param title     the report's title, also the PDF's title
 * @param subtitles lines below the title, e.g. the filters chosen and the date printed
 * @param sections  the report's parts, in order
 * @param footnote  a note after the last section, e.g. the rule by which small figures are hidden (null: none)
 */
public record ReportDocument(String title, List<String> subtitles, List<Section> sections, String footnote) {

    /**
     * One part of a report.
     *
     * @param heading its heading (null: none)
     * @param text    a paragraph below the heading (null: none)
     * @param table   its table (null: none)
     */
    public record Section(String heading, String text, ReportTable table) {

        public Section(String heading, ReportTable table) {
            this(heading, null, table);
        }
    }

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
