/**
 * The instrument pages: the instruments series by series ({@code /achievement/instruments.xhtml} ↔ {@link
 * vn.mtbbe.achievement.web.InstrumentList}), one version with its subtasks, benchmark bands and the other versions
 * of its series ({@code instrument.xhtml} ↔ {@link vn.mtbbe.achievement.web.InstrumentPage}), and the form in which
 * ministry staff define an instrument or its next version ({@code instrument-edit.xhtml} ↔ {@link
 * vn.mtbbe.achievement.web.InstrumentEdit}). {@link vn.mtbbe.achievement.web.InstrumentRows} names a version the
 * way both reading pages show it.
 */
package vn.mtbbe.achievement.web;
