/**
 * The one import pipeline (DESIGN.md, "One mechanism each"): a CSV or XLSX file read as rows ({@link TableFile}),
 * mapped and checked whole by a per-kind mapper, written in one transaction or not at all, and remembered by its
 * checksum so that the same file twice changes nothing ({@link ImportLog}). Attendance, assessment results and pupil
 * lists each bring their mapper and writer.
 */
package vn.mtbbe.platform.imports;
