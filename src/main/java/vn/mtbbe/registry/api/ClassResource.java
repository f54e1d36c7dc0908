package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ClassService;

@Path("classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class ClassResource {

    /** A class as the API shows it; {@code id} is opaque. */
    @Schema(name = "SchoolClass", description = "A class of a school in a school year; id is opaque, closedOn is "
            + "set once it is closed", example = """
            {"id": "2417", "schoolCode": "101002", "schoolYear": "2025-2026", "stage": "GRADE_1", "name": "1A",
             "programmeLanguage": "hmn", "teacherNames": "Giàng Thị Mai", "closedOn": null}""")
    public record ClassView(String id, String schoolCode, String schoolYear, String stage, String name,
                            String programmeLanguage, String teacherNames, java.time.LocalDate closedOn) {
        static ClassView of(SchoolClass c) {
            return new ClassView(String.valueOf(c.getId()), c.getSchool().getCode(), c.getSchoolYear(),
                    c.getStage().name(), c.getName(), c.getProgrammeLanguage(), c.getTeacherNames(), c.getClosedOn());
        }
    }

    @Inject
    ClassService classes;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listClasses", summary = "Classes the caller may see, optionally of one school and school "
            + "year (e.g. 2025-2026)")
    @APIResponse(responseCode = "200", description = "A page of classes")
    @APIResponse(responseCode = "404", description = "The school is unknown or outside the caller's provinces")
    public Page<ClassView> list(@QueryParam("school") String school, @QueryParam("year") String year,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return classes.list(school, year, PageRequest.of(page, size)).map(ClassView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchoolClass", summary = "One class")
    @APIResponse(responseCode = "200", description = "The class, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public Response get(@PathParam("id") String id) {
        SchoolClass c = classes.get(parseId(id));
        return Response.ok(ClassView.of(c)).tag(new EntityTag(String.valueOf(c.getVersion()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClass", summary = "Create a class (officers of the school's province, ministry)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new class",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "409", description = "The school already has a class of that name that year")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    public Response create(ClassService.NewClass input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        SchoolClass c = classes.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.getId())).build())
                .entity(ClassView.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateClass", summary = "Rename a class or change its teachers (officers of its province, ministry)")
    @APIResponse(responseCode = "200", description = "The class as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "409", description = "The school already has a class of that name that year")
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ClassService.ClassChange input) {
        long version = IfMatch.version(ifMatch);
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        SchoolClass c = classes.update(parseId(id), input, version);
        return Response.ok(ClassView.of(c)).tag(new EntityTag(String.valueOf(c.getVersion()))).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeClass", summary = "Close a class no pupil is in any more: no longer offered for "
            + "enrolments and moves; its history stays")
    @APIResponse(responseCode = "200", description = "The class, closed")
    @APIResponse(responseCode = "422", description = "Pupils are still in the class")
    public ClassView close(@PathParam("id") String id) {
        return ClassView.of(classes.close(parseId(id)));
    }

    /** Class ids are opaque to clients; one that is not ours is simply not found. */
    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.class", id);
        }
    }
}
