package vn.mtbbe.reports.domain;

/**
 * One part of a report page or document: its table, the chart drawn from that table (or none) and a note on how to
 * read it (or none).
 */
public record ReportSection(String id, ReportTable table, ReportChart chart, String note) {
}
