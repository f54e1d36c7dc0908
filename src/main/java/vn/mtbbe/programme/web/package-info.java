/**
 * The programme pages: the list of programmes ({@code /programmes/list.xhtml} ↔ {@link
 * vn.mtbbe.programme.web.ProgrammeList}), a programme's transition schedule and its versions ({@code view.xhtml}
 * ↔ {@link vn.mtbbe.programme.web.ProgrammeView}) and the schedule editor ({@code edit.xhtml} ↔ {@link
 * vn.mtbbe.programme.web.ScheduleEdit}). {@link vn.mtbbe.programme.web.ScheduleGrid} turns a schedule into
 * what both schedule pages draw: the stage × subject grid and the picture of the transition.
 */
package vn.mtbbe.programme.web;
