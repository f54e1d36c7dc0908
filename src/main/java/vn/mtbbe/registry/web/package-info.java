/**
 * The registry's pages: schools, pupils, a pupil's details and their change. Thin backing beans, one per
 * page ({@code /schools/list.xhtml} ↔ {@link vn.mtbbe.registry.web.SchoolList}, {@code /pupils/*.xhtml} ↔
 * {@code Pupil*}), that call the registry services (which check role and province) and show small,
 * serialisable row records.
 */
package vn.mtbbe.registry.web;
