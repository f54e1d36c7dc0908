package vn.mtbbe.cohort.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.cohort.service.RolloverService;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.error.AppException;

import java.util.List;

@Path("schools/{code}/rollover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts")
public class RolloverResource {

    @Schema(name = "RolloverCommit", description = "One decision per pupil still enrolled")
    public record CommitInput(List<RolloverService.Decision> decisions) {
    }

    /** The school year whose year end is due at a school ({@code null} when none), and the one after it. */
    @Schema(name = "RolloverYear")
    public record OpenYear(String schoolYear, String nextSchoolYear) {
    }

    @Inject
    RolloverService rollover;


    @GET
    @Operation(operationId = "previewRollover", summary = "The year-end proposal for a school (officers, ministry): "
            + "every pupil still enrolled in that school year, with the likely outcome, next year's class by the automatic "
            + "name and next year's existing classes at that stage")
    @APIResponse(responseCode = "200", description = "One line per pupil")
    @APIResponse(responseCode = "400", description = "No school year, or not one like 2025-2026")
    @APIResponse(responseCode = "404", description = "Unknown school, or outside the caller's provinces")
    public List<RolloverService.Line> preview(@PathParam("code") String school, @QueryParam("year") String year) {
        return rollover.preview(school, requireYear(year));
    }

    @GET
    @Path("receiving")
    @Operation(operationId = "listReceivingSchools", summary = "The schools that may take a preschool-only school's "
            + "children into grade 1 (officers of their "
            + "provinces, ministry staff): schools teaching grade 1, those of the same district first (place DISTRICT), then of "
            + "the province (PROVINCE), then of the caller's other provinces (OTHER); q (optional) matches code or name. "
            + "Ministry staff see other provinces' schools only when q is given")
    @APIResponse(responseCode = "200", description = "The schools, nearest first")
    @APIResponse(responseCode = "404", description = "Unknown school, or outside the caller's provinces")
    public List<RolloverService.ReceivingSchool> receiving(@PathParam("code") String school, @QueryParam("q") String q,
                                                           @QueryParam("max") @Parameter(description = "at most this "
                                                                   + "many, 1 to 200 (default 50)") Integer max,
                                                           @Context HttpHeaders headers) {
        int limit = max == null ? 50 : Math.max(1, Math.min(200, max));
        return rollover.receivingSchools(school, q, limit, RequestLocale.of(headers));
    }

    @GET
    @Path("year")
    @Operation(operationId = "getRolloverYear", summary = "The school year whose year end is due at the school "
            + "(officers, ministry): the earliest begun year that "
            + "still has pupils enrolled, normally the current one; schoolYear is null when the rollover is done")
    @APIResponse(responseCode = "200", description = "The year and the next one")
    @APIResponse(responseCode = "404", description = "Unknown school, or outside the caller's provinces")
    public OpenYear openYear(@PathParam("code") String school) {
        return rollover.openYear(school)
                .map(y -> new OpenYear(y, vn.mtbbe.registry.domain.SchoolYear.codeStarting(Integer.parseInt(y.substring(0, 4)) + 1)))
                .orElse(new OpenYear(null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commitRollover", summary = "Commit the year end for a school: one decision per pupil still "
            + "enrolled, all written in one "
            + "transaction, or nothing (422 lists every problem). A decision may name nextClass, the id of an existing "
            + "class of next year at the school and at the stage its outcome leads to; without it the class of the "
            + "automatic name is used, created when missing. A child promoted from a preschool-only school (handOver in "
            + "the proposal) is handed over to receivingSchool, the code of a school teaching grade 1 (the proposal's "
            + "receivingSchool, or one from /receiving): the child moves there into a grade-1 class of next year (nextClass "
            + "of that school, or the one of the automatic name, created when missing), keeping cohort, enrolment history "
            + "and mother tongue; an officer may name only schools of their provinces, ministry staff any school. Without "
            + "receivingSchool the child leaves the registry (e.g. for a school outside it). Officers and ministry staff")
    @APIResponse(responseCode = "200", description = "What the year end did")
    @APIResponse(responseCode = "400", description = "No school year or no decisions")
    @APIResponse(responseCode = "404", description = "Unknown school, or outside the caller's provinces")
    @APIResponse(responseCode = "422", description = "A pupil missing or twice, an outcome the stage does not allow, a next class of another school, "
            + "year or stage, a receiving school that is unknown, outside an officer's provinces, teaches no grade 1 or is "
            + "named for a child who is not handed over; nothing written")
    public RolloverService.Result commit(@PathParam("code") String school, @QueryParam("year") String year, CommitInput input) {
        if (input == null || input.decisions() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return rollover.commit(school, requireYear(year), input.decisions());
    }

    static String requireYear(String year) {
        if (year == null || !vn.mtbbe.registry.domain.SchoolYear.isValidCode(year.strip())) {
            throw AppException.badRequest("error.badRequest.parameter", "year");
        }
        return year.strip();
    }
}
