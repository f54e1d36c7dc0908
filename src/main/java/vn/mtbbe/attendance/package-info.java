/**
 * Attendance: one mark per pupil and school day, entered per class and day or per class and month, imported from
 * spreadsheets, and summarised as it is written so that reports, completeness and the early warning never scan marks.
 */
package vn.mtbbe.attendance;
