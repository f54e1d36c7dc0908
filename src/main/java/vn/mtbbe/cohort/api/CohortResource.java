package vn.mtbbe.cohort.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.domain.CohortFlow;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.platform.error.AppException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts")
public class CohortResource {

    /**
     * A cohort: {@code schoolCode} where it started; {@code receivedAt} the school listed that took its children into
     * grade 1 from that preschool (null where it started); {@code pupils} how many children it has.
     */
    @Schema(name = "Cohort", description = "The children who started at a school in a school year (startYear: its "
            + "first calendar year) at an entry stage, with how many there are", example = """
            {"id": "57", "schoolCode": "101002", "startYear": 2023, "programmeId": "1", "entryStage": "GRADE_1",
             "pupils": 31, "receivedAt": null}""")
    public record CohortView(String id, String schoolCode, int startYear, String programmeId, String entryStage,
                             long pupils, String receivedAt) {
        static CohortView of(CohortService.Summary s) {
            Cohort c = s.cohort();
            return new CohortView(String.valueOf(c.getId()), c.getSchool().getCode(), c.getStartYear(),
                    c.getProgramme() == null ? null : String.valueOf(c.getProgramme().getId()), c.getEntryStage().name(),
                    s.pupils(), s.receivedAt() == null ? null : s.receivedAt().getCode());
        }
    }

    /** One school year of the flow (or one year and grade); rates are shares of the enrolled, 0 to 1. */
    @Schema(name = "CohortFlowYear", description = "One school year of a cohort's flow (or one year and grade); rates "
            + "are shares of the enrolled, 0 to 1", example = """
            {"schoolYear": "2024-2025", "stage": "GRADE_2", "enrolled": 30, "promoted": 27, "repeated": 2,
             "transferred": 1, "droppedOut": 0, "completed": 0, "promotionRate": 0.9, "repetitionRate": 0.0667,
             "dropoutRate": 0.0}""")
    public record YearView(String schoolYear, String stage, int enrolled, int promoted, int repeated, int transferred,
                           int droppedOut, int completed, double promotionRate, double repetitionRate,
                           double dropoutRate) {
        static YearView of(CohortFlow.Year y) {
            return new YearView(y.schoolYear(), y.stage() == null ? null : y.stage().name(), y.enrolled(), y.promoted(),
                    y.repeated(), y.transferred(), y.droppedOut(), y.completed(), round(y.promotionRate()),
                    round(y.repetitionRate()), round(y.dropoutRate()));
        }

        private static double round(double rate) {
            return Math.round(rate * 10_000) / 10_000.0;
        }

        static List<YearView> all(List<CohortFlow.Year> years) {
            return years.stream().map(YearView::of).toList();
        }
    }

    /**
     * The flow of a cohort: {@code years} as in the API contract, plus the same per year and grade
     * ({@code byGrade}) and year by year for each sex ({@code bySex}: F, M) and each ethnicity code.
     */
    @Schema(name = "CohortFlow", description = "A cohort's flow year by year, by year and grade, and year by year for "
            + "each sex (F, M) and each ethnicity code")
    public record FlowView(List<YearView> years, List<YearView> byGrade, Map<String, List<YearView>> bySex,
                           Map<String, List<YearView>> byEthnicity) {
        static FlowView of(CohortService.Report report) {
            return new FlowView(YearView.all(report.years()), YearView.all(report.byGrade()), views(report.bySex()),
                    views(report.byEthnicity()));
        }

        private static Map<String, List<YearView>> views(Map<String, List<CohortFlow.Year>> groups) {
            Map<String, List<YearView>> views = new LinkedHashMap<>();
            groups.forEach((group, years) -> views.put(group, YearView.all(years)));
            return views;
        }
    }

    @Inject
    CohortService cohorts;

    @GET
    @Operation(operationId = "listCohorts", summary = "Cohorts the caller may see, optionally of one school, each with "
            + "its number of pupils; cohorts "
            + "without pupils are not listed. A school that took a preschool's children into grade 1 lists that preschool's "
            + "cohort too, with receivedAt (the children keep the cohort they started in)")
    @APIResponse(responseCode = "200", description = "The cohorts")
    @APIResponse(responseCode = "404", description = "The school is unknown or outside the caller's provinces")
    public List<CohortView> list(@QueryParam("school") String school) {
        return cohorts.summaries(null, school).stream().map(CohortView::of).toList();
    }

    @GET
    @Path("{id}/flow")
    @Operation(operationId = "getCohortFlow", summary = "The cohort's flow year by year: enrolled, promoted, repeated, "
            + "transferred, dropped out, completed, with promotion, repetition and dropout rates; also per year and "
            + "grade, and per sex and ethnicity")
    @APIResponse(responseCode = "200", description = "The flow")
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public FlowView flow(@PathParam("id") String id) {
        long cohortId;
        try {
            cohortId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.cohort", id);
        }
        return FlowView.of(cohorts.report(cohortId));
    }
}
