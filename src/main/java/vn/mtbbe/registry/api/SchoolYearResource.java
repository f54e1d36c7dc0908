package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.SchoolYearService;

import java.time.LocalDate;
import java.util.List;

/** {@code /api/school-years}: the school years and their dates; ministry staff open and correct them. */
@Path("school-years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class SchoolYearResource {

    /** A school year: {@code "2025-2026"} and its first and last day. */
    @Schema(name = "SchoolYear", description = "A school year and its first and last day", example = """
            {"code": "2025-2026", "startDate": "2025-09-05", "endDate": "2026-05-31"}""")
    public record YearView(String code, LocalDate startDate, LocalDate endDate) {
        static YearView of(SchoolYear y) {
            return new YearView(y.getCode(), y.getStartDate(), y.getEndDate());
        }
    }

    @Inject
    SchoolYearService years;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSchoolYears", summary = "The school years, oldest first")
    @APIResponse(responseCode = "200", description = "The years")
    public List<YearView> list() {
        return years.list().stream().map(YearView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getSchoolYear", summary = "One school year, with an ETag")
    @APIResponse(responseCode = "200", description = "The year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "404", description = "No such year")
    public Response get(@PathParam("code") String code) {
        SchoolYear year = years.get(code);
        return Response.ok(YearView.of(year)).tag(new EntityTag(SchoolYearService.tag(year))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSchoolYear", summary = "Open a new school year with its dates (ministry, admin)")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "409", description = "The year exists already")
    @APIResponse(responseCode = "422", description = "Invalid dates, each listed in errors[]")
    public Response open(SchoolYearService.YearDates input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        SchoolYear year = years.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(year.getCode()).build())
                .tag(new EntityTag(SchoolYearService.tag(year))).entity(YearView.of(year)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSchoolYear", summary = "Correct a school year's dates (ministry, admin); every "
            + "enrolment and attendance mark of the year must stay inside them")
    @APIResponse(responseCode = "200", description = "The year as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid dates, each listed in errors[]")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SchoolYearService.YearDates input) {
        String basedOn = IfMatch.required(ifMatch);
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        SchoolYear year = years.update(code, input, basedOn);
        return Response.ok(YearView.of(year)).tag(new EntityTag(SchoolYearService.tag(year))).build();
    }
}
