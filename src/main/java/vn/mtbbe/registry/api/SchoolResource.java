package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.service.SchoolService;

@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class SchoolResource {

    /** A school as the API shows it. */
    @Schema(name = "School", description = "A school of the registry; designation and programme are those of the "
            + "running school year", example = """
            {"code": "101002", "name": "Trường PTDTBT Tiểu học Nậm Mòn", "nativeName": null, "provinceCode": "10",
             "district": "Bắc Hà", "level": "PRIMARY", "designation": "PILOT", "programmeLanguage": "hmn",
             "programmeId": "1"}""")
    public record SchoolView(String code, String name, String nativeName, String provinceCode, String district,
                             String level, String designation, String programmeLanguage, String programmeId) {
        static SchoolView of(School s) {
            return new SchoolView(s.getCode(), s.getName(), s.getNativeName(), s.getProvinceCode(),
                    s.getDistrict().getName(), s.getLevel().name(), s.getDesignation().name(), s.getProgrammeLanguage(),
                    s.getProgrammeId() == null ? null : String.valueOf(s.getProgrammeId()));
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    vn.mtbbe.registry.service.ClassService classes;

    @Inject
    vn.mtbbe.registry.service.PupilService pupils;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSchools", summary = "Schools the caller may see (officers: their provinces; ministry: "
            + "all), by province and code")
    @APIResponse(responseCode = "200", description = "A page of schools")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Role may not read schools (delegation guests)")
    @APIResponse(responseCode = "404", description = "The province is unknown or outside the caller's provinces")
    public Page<SchoolView> list(@QueryParam("province") @Parameter(description = "province code") String province,
                                 @QueryParam("q") @Parameter(description = "name (accent-insensitive) or code") String q,
                                 @QueryParam("designation") @Parameter(description = "PILOT or COMPARISON") String designation,
                                 @QueryParam("programmeLanguage") @Parameter(description = "hmn, km, jra, …") String programmeLanguage,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Designation d = null;
        if (designation != null && !designation.isBlank()) {
            try {
                d = Designation.valueOf(designation.strip());
            } catch (IllegalArgumentException e) {
                throw AppException.badRequest("error.badRequest.parameter", "designation");
            }
        }
        String p = province == null || province.isBlank() ? null : province.strip();
        return schools.list(new SchoolService.Filter(p, q, d, blankToNull(programmeLanguage)), paging).map(SchoolView::of);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getSchool", summary = "One school")
    @APIResponse(responseCode = "200", description = "The school, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public Response get(@PathParam("code") String code) {
        School school = schools.get(code);
        return Response.ok(SchoolView.of(school)).tag(new EntityTag(String.valueOf(school.getVersion()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSchool", summary = "Create a school (ministry, admin). A district named for the "
            + "first time is created.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new school",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "409", description = "The code is already used")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    public Response create(SchoolService.NewSchool input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        School school = schools.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(school.getCode()).build())
                .entity(SchoolView.of(school)).build();
    }

    @GET
    @Path("{code}/designations")
    @Operation(operationId = "listSchoolDesignations", summary = "The school's designation in each school year it has "
            + "classes (pinned when it changed, else the current one)")
    @APIResponse(responseCode = "200", description = "Year by year")
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public java.util.List<DesignationView> designations(@PathParam("code") String code) {
        School school = schools.get(code);
        return classes.years(school.getCode()).stream().sorted()
                .map(y -> new DesignationView(y, schools.designationIn(school, y).name())).toList();
    }

    /** A school's designation in a school year: PILOT or COMPARISON. */
    @Schema(name = "SchoolDesignation", description = "A school's designation in a school year: PILOT or COMPARISON")
    public record DesignationView(String schoolYear, String designation) {
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSchool", summary = "Change a school (ministry, admin): names, district, level, and "
            + "designation and programme from a school year on (fromYear, the running one by default); earlier years keep "
            + "theirs")
    @APIResponse(responseCode = "200", description = "The school as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SchoolService.SchoolChange input) {
        long version = IfMatch.version(ifMatch);
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        School school = schools.update(code, input, version);
        return Response.ok(SchoolView.of(school)).tag(new EntityTag(String.valueOf(school.getVersion()))).build();
    }

    /** A child transferred to the school and not yet in one of its classes. */
    @Schema(name = "Arrival", description = "A child transferred to the school (from any province) and in none of its "
            + "classes yet: who, and the school and class they left on leftOn")
    public record ArrivalView(String pupil, String vietnameseName, String nativeName, java.time.LocalDate dateOfBirth,
                              String fromSchool, String fromClass, java.time.LocalDate leftOn) {
    }

    @GET
    @Path("{code}/arrivals")
    @Operation(operationId = "listSchoolArrivals", summary = "Children transferred to the school (from any province) "
            + "who are in none of its classes yet")
    @APIResponse(responseCode = "200", description = "The children, the latest arrival first")
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public java.util.List<ArrivalView> arrivals(@PathParam("code") String code) {
        return pupils.arrivals(code).stream().map(a -> new ArrivalView(a.pupil().getCode(), a.pupil().getVietnameseName(),
                a.pupil().getNativeName(), a.pupil().getDateOfBirth(), a.left().getSchoolClass().getSchool().getCode(),
                a.left().getSchoolClass().getName(), a.left().getEndDate())).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
