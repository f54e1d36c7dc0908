/**
 * The report files: the tables a report produces ({@link vn.mtbbe.reports.domain.ReportTable}) written as CSV, as an
 * XLSX workbook or, with a title and sections ({@link vn.mtbbe.reports.export.ReportDocument}), as a PDF. The writers
 * only format, in the reader's language; what a reader may see is decided before, when the tables are made.
 */
package vn.mtbbe.reports.export;
