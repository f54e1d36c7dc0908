package vn.mtbbe.reports.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportSection;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.service.AchievementReport;
import vn.mtbbe.reports.service.AttendanceReport;
import vn.mtbbe.reports.service.Dashboard;
import vn.mtbbe.reports.service.DelegationReport;
import vn.mtbbe.reports.service.FlowReport;
import vn.mtbbe.reports.service.ReportReader;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {

    /** A row as the contract gives it: figures left out of a suppressed row, and "suppressed" out of the others. */
    @JsonbNillable(false)
    @Schema(name = "AttendanceRow", description = "A group's attendance: pupils, schoolDays (pupil-days enrolled on "
            + "marked school days), present (of those, present or late) and rate; or only the group and suppressed: true")
    public record RowView(Map<String, Object> group, Long pupils, Long schoolDays, Long present, Double rate,
                          Boolean suppressed) {
    }

    @JsonbNillable(false)
    @Schema(name = "AchievementRow", description = "A group's results of a subtask; or only the group and suppressed: "
            + "true")
    public record AchievementRowView(Map<String, Object> group, Long pupils, Long absent, Double meanScore,
                                     Double meanPerMinute, Double shareMeetingBenchmark, Double shareApproaching,
                                     Double shareZeroScores, Boolean suppressed, Boolean bandsSuppressed) {
    }

    @JsonbNillable(false)
    @Schema(name = "AchievementReport")
    public record AchievementView(String schoolYear, Long sitting, Long classId, List<String> groupBy,
                                  List<AchievementRowView> rows) {
    }

    @JsonbNillable(false)
    @Schema(name = "FlowRow", description = "How the school year ended for a group's pupils, with the rates; or only "
            + "the group and suppressed: true")
    public record FlowRowView(Map<String, Object> group, Long pupils, Long promoted, Long repeated, Long transferred,
                              Long droppedOut, Long completed, Long open, Double promotionRate, Double repetitionRate,
                              Double dropoutRate, Double completionRate, Boolean suppressed,
                              Boolean completionSuppressed) {
    }

    @JsonbNillable(false)
    @Schema(name = "FlowReport")
    public record FlowView(String schoolYear, List<String> groupBy, List<FlowRowView> rows) {
    }

    @Schema(name = "AttendanceReport")
    public record AttendanceView(String schoolYear, LocalDate from, LocalDate to, List<String> groupBy, List<RowView> rows) {
    }

    @Inject
    AttendanceReport attendance;

    @Inject
    AchievementReport achievement;

    @Inject
    FlowReport flow;

    @Inject
    ReportReader readers;

    @Inject
    Today today;

    @Context
    UriInfo uriInfo;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    Dashboard dashboard;

    @Inject
    DelegationReport delegation;

    @GET
    @Path("achievement")
    @Operation(operationId = "reportAchievement", summary = "Learning achievement per subtask of a sitting, grouped "
            + "further by any of the report groups (officer: own provinces; ministry; delegation: no school or cohort "
            + "groups, small cells suppressed). pupils = pupils assessed (absent ones apart); meanPerMinute only for "
            + "timed subtasks; shares of those with a benchmark. Rates in different languages are not on one scale: "
            + "compare languages by shareMeetingBenchmark and shareZeroScores. class= narrows it to one class over the "
            + "sittings of its year (officers of its province, ministry staff)")
    @APIResponse(responseCode = "200", description = "A row per sitting, subtask and group; group: {sitting, subtask, "
            + "instrument, language, skill, …}")
    @APIResponse(responseCode = "422", description = "An unknown group or a group guests may not use")
    public AchievementView achievement(@QueryParam("year") String year, @QueryParam("sitting") Long sitting,
                                       @QueryParam("class") Long classId, @QueryParam("groupBy") String groupBy) {
        String schoolYear = year == null || year.isBlank() ? SchoolYear.codeStarting(today.schoolYearStart()) : year.strip();
        AchievementReport.Result result = achievement.run(schoolYear, sitting, classId, groups(groupBy),
                filter(Dimension.Source.ACHIEVEMENT, "class"));
        List<AchievementRowView> rows = result.rows().stream().map(r -> {
            Map<String, Object> group = new LinkedHashMap<>();
            r.group().forEach((d, v) -> group.put(d.apiName(), v));
            return r.suppressed() ? new AchievementRowView(group, null, null, null, null, null, null, null, true, null)
                    : new AchievementRowView(group, r.pupils(), r.absent(), r.meanScore(), r.meanPerMinute(),
                    r.shareMeetingBenchmark(), r.shareApproaching(), r.shareZeroScores(), null,
                    r.bandsSuppressed() ? Boolean.TRUE : null);
        }).toList();
        return new AchievementView(result.schoolYear(), result.sitting(), result.classId(),
                result.groupBy().stream().map(Dimension::apiName).toList(), rows);
    }

    @GET
    @Path("attendance")
    @Operation(operationId = "reportAttendance", summary = "Attendance by any of the report groups (officer: own provinces; ministry; delegation: no "
            + "school or cohort groups, small cells suppressed). schoolDays = pupil-days enrolled on marked school days, "
            + "present = of those, days present or late")
    @APIResponse(responseCode = "200", description = "A row per group")
    @APIResponse(responseCode = "422", description = "An unknown group, a group guests may not use, or an empty period")
    public AttendanceView attendance(@QueryParam("year") String year, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        String schoolYear = year == null || year.isBlank() ? SchoolYear.codeStarting(today.schoolYearStart()) : year.strip();
        AttendanceReport.Result result = attendance.run(schoolYear, date(from, "from"), date(to, "to"), groups(groupBy),
                filter(Dimension.Source.ATTENDANCE));
        List<RowView> rows = result.rows().stream().map(r -> {
            Map<String, Object> group = new LinkedHashMap<>();
            r.group().forEach((d, v) -> group.put(d.apiName(), v));
            return r.suppressed() ? new RowView(group, null, null, null, null, true)
                    : new RowView(group, r.pupils(), r.schoolDays(), r.present(), r.rate(), null);
        }).toList();
        return new AttendanceView(result.schoolYear(), result.from(), result.to(),
                result.groupBy().stream().map(Dimension::apiName).toList(), rows);
    }

    @GET
    @Path("flow")
    @Operation(operationId = "reportFlow", summary = "How the school year ended for the pupils of each group: "
            + "promotion, repetition and dropout rates (of the pupils enrolled) and completion (pupils completing "
            + "primary of those in grade 5), each pupil counted once a year where their year ended; open = pupils "
            + "whose year has not ended (rates not final). year= one school year (none: all; group by year for a "
            + "series); filters as the other reports (province, district, school, class, designation, "
            + "programmeLanguage, ethnicity, sex, stage, cohort). Officer: own provinces; delegation: no school, "
            + "class or cohort, small cells suppressed")
    @APIResponse(responseCode = "200", description = "A row per group")
    @APIResponse(responseCode = "422", description = "An unknown group or filter, or one guests may not use")
    public FlowView flow(@QueryParam("year") String year, @QueryParam("groupBy") String groupBy) {
        FlowReport.Result result = flow.run(year == null || year.isBlank() ? null : year.strip(), groups(groupBy),
                filter(Dimension.Source.FLOW));
        List<FlowRowView> rows = result.rows().stream().map(r -> {
            Map<String, Object> group = new LinkedHashMap<>();
            r.group().forEach((d, v) -> group.put(d.apiName(), v));
            return r.suppressed()
                    ? new FlowRowView(group, null, null, null, null, null, null, null, null, null, null, null, true, null)
                    : new FlowRowView(group, r.pupils(), r.promoted(), r.repeated(), r.transferred(), r.droppedOut(),
                    r.completed(), r.open(), r.promotionRate(), r.repetitionRate(), r.dropoutRate(), r.completionRate(),
                    null, r.completionSuppressed() ? Boolean.TRUE : null);
        }).toList();
        return new FlowView(result.schoolYear(), result.groupBy().stream().map(Dimension::apiName).toList(), rows);
    }

    /** A report's section as the API gives it: its table (suppressed cells as {"suppressed":true}) and its note. */
    @Schema(name = "ReportSection", description = "A table of a report: columns {key, heading, kind} and rows {key?, "
            + "level, values}, a suppressed cell as {\"suppressed\": true}")
    public record SectionView(String id, String title, String note, List<Map<String, Object>> columns,
                              List<Map<String, Object>> rows) {

        static SectionView of(ReportSection s) {
            List<Map<String, Object>> columns = s.table().columns().stream().map(c -> {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("key", c.key());
                column.put("heading", c.heading());
                column.put("kind", c.kind().name());
                return column;
            }).toList();
            List<Map<String, Object>> rows = s.table().rows().stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                if (r.key() != null) {
                    row.put("key", r.key());
                }
                row.put("level", r.level());
                row.put("values", r.values().stream().map(v -> ReportTable.suppressed(v)
                        ? (Object) Map.of("suppressed", true) : v).toList());
                return row;
            }).toList();
            return new SectionView(s.id(), s.table().title(), s.note(), columns, rows);
        }
    }

    @Schema(name = "Report", description = "A report's tables (headings in the reader's language)")
    public record ReportView(String schoolYear, String level, List<SectionView> sections) {
    }

    @GET
    @Path("dashboard")
    @Operation(operationId = "reportDashboard", summary = "The dashboard's tables for a school year and filter (province, "
            + "district, school, class, designation, programmeLanguage, ethnicity, ethnicGroup, sex, stage, cohort): "
            + "attendance and reporting completeness by the units one level below the filter (level), the flow by year, "
            + "reading and mathematics per sitting and language, gender parity; headings in the reader's language. "
            + "Officers: own provinces; ministry staff")
    @APIResponse(responseCode = "200", description = "The dashboard's sections")
    @APIResponse(responseCode = "403", description = "Not an officer or ministry staff")
    public ReportView dashboard(@QueryParam("year") String year) {
        Dashboard.View view = dashboard.build(year(year), filter(Dimension.Source.ATTENDANCE), requestLocale());
        return new ReportView(view.schoolYear(), view.level().apiName(), view.sections().stream().map(SectionView::of).toList());
    }

    @GET
    @Path("delegation")
    @Operation(operationId = "reportDelegation", summary = "The delegation report's tables (pilot against comparison "
            + "schools, the equity gap, mother tongue against Vietnamese, attendance by month, dropout by year) as "
            + "delegation guests read it, suppressed cells as {\"suppressed\":true}; year= and province= (delegation "
            + "guests; ministry staff see exactly the same)")
    @APIResponse(responseCode = "200", description = "The report's sections, as the dashboard's")
    public ReportView delegation(@QueryParam("year") String year, @QueryParam("province") String province) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (province != null && !province.isBlank()) {
            parameters.put(Dimension.PROVINCE.apiName(), province.strip());
        }
        ReportFilter filter = ReportFilter.of(parameters, Dimension.Source.ATTENDANCE, true);
        DelegationReport.View view = delegation.build(year(year), filter, requestLocale());
        return new ReportView(view.schoolYear(), null, view.sections().stream().map(SectionView::of).toList());
    }

    private String year(String year) {
        return year == null || year.isBlank() ? SchoolYear.codeStarting(today.schoolYearStart()) : year.strip();
    }

    private com.ibm.icu.util.ULocale requestLocale() {
        return vn.mtbbe.platform.api.RequestLocale.of(request);
    }

    private static List<String> groups(String groupBy) {
        return groupBy == null ? List.of() : Arrays.asList(groupBy.split(","));
    }

    /** The report filter from the query (province=, district=, school=, …), checked for the report and the reader. */
    private ReportFilter filter(Dimension.Source report, String... taken) {
        Map<String, String> parameters = new LinkedHashMap<>();
        uriInfo.getQueryParameters().forEach((name, values) -> {
            if (!Arrays.asList(taken).contains(name)) {
                parameters.put(name, String.join(",", values));
            }
        });
        return ReportFilter.of(parameters, report, readers.require().guest());
    }

    private static LocalDate date(String text, String name) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AppException.badRequest("error.badRequest.parameter", name);
        }
    }
}
