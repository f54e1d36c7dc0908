package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.service.PupilService;

import java.time.LocalDate;
import java.util.List;

@Path("pupils")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class PupilResource {

    /** A pupil in a list. */
    @Schema(name = "Pupil", description = "A pupil: both name forms, sex F or M, ethnicity and mother tongue codes, "
            + "the current school", example = """
            {"code": "100000042", "nativeName": "Giàng A Pháo", "vietnameseName": "Giàng A Pháo", "sex": "M",
             "dateOfBirth": "2019-03-14", "ethnicity": "HMONG", "motherTongue": "hmn", "schoolCode": "101002"}""")
    public record PupilView(String code, String nativeName, String vietnameseName, String sex, LocalDate dateOfBirth,
                            String ethnicity, String motherTongue, String schoolCode) {
        static PupilView of(Pupil p) {
            return new PupilView(p.getCode(), p.getNativeName(), p.getVietnameseName(), p.getSex().name(),
                    p.getDateOfBirth(), p.getEthnicityCode(), p.getMotherTongue(), p.getSchool().getCode());
        }
    }

    /** One enrolment of the history: the class, its dates and how it ended (null while open). */
    @Schema(name = "Enrolment", description = "One enrolment: the class, its first and last day, and how it ended "
            + "(null while open)", example = """
            {"classId": "2417", "schoolCode": "101002", "schoolYear": "2025-2026", "stage": "GRADE_1",
             "className": "1A", "startDate": "2025-09-05", "endDate": null, "outcome": null}""")
    public record EnrolmentView(String classId, String schoolCode, String schoolYear, String stage, String className,
                                LocalDate startDate, LocalDate endDate, String outcome) {
        static EnrolmentView of(Enrolment e) {
            var c = e.getSchoolClass();
            return new EnrolmentView(String.valueOf(c.getId()), c.getSchool().getCode(), c.getSchoolYear(),
                    c.getStage().name(), c.getName(), e.getStartDate(), e.getEndDate(),
                    e.getOutcome() == null ? null : e.getOutcome().name());
        }
    }

    /** A pupil with the enrolment history. */
    @Schema(name = "PupilDetail", description = "A pupil with the province of their record and their enrolments, "
            + "oldest first", example = """
            {"code": "100000042", "nativeName": "Giàng A Pháo", "vietnameseName": "Giàng A Pháo", "sex": "M",
             "dateOfBirth": "2019-03-14", "ethnicity": "HMONG", "motherTongue": "hmn", "schoolCode": "101002",
             "provinceCode": "10", "enrolments": [{"classId": "2417", "schoolCode": "101002",
             "schoolYear": "2025-2026", "stage": "GRADE_1", "className": "1A", "startDate": "2025-09-05",
             "endDate": null, "outcome": null}]}""")
    public record PupilDetail(String code, String nativeName, String vietnameseName, String sex, LocalDate dateOfBirth,
                              String ethnicity, String motherTongue, String schoolCode, String provinceCode,
                              List<EnrolmentView> enrolments) {
        static PupilDetail of(Pupil p) {
            return new PupilDetail(p.getCode(), p.getNativeName(), p.getVietnameseName(), p.getSex().name(),
                    p.getDateOfBirth(), p.getEthnicityCode(), p.getMotherTongue(), p.getSchool().getCode(),
                    p.getProvinceCode(), p.getEnrolments().stream().map(EnrolmentView::of).toList());
        }
    }

    @Inject
    PupilService pupils;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPupils", summary = "Pupils the caller may see; q matches either name form, "
            + "accent-insensitive, or the code; "
            + "sorted by the Vietnamese name form in the order of the caller's language")
    @APIResponse(responseCode = "200", description = "A page of pupils")
    @APIResponse(responseCode = "403", description = "Role may not see pupils (delegation guests, administrators)")
    @APIResponse(responseCode = "404", description = "The province, school or class is unknown or outside the caller's provinces")
    public Page<PupilView> list(@QueryParam("province") String province, @QueryParam("school") String school,
                                @QueryParam("class") String classId,
                                @QueryParam("q") String q,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Long cls = classId == null || classId.isBlank() ? null : ClassResource.parseId(classId.strip());
        return pupils.list(new PupilService.Filter(province, school, cls, q), paging, RequestLocale.of(headers)).map(PupilView::of);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getPupil", summary = "One pupil with the enrolment history (audited as a reading of the "
            + "child's record)")
    @APIResponse(responseCode = "200", description = "The pupil, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PupilDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public Response get(@PathParam("code") String code) {
        Pupil p = pupils.read(code);
        return Response.ok(PupilDetail.of(p)).tag(new EntityTag(String.valueOf(p.getVersion()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enrolPupil", summary = "Enrol a new pupil in a class (officers of the class's province); "
            + "the server assigns the code when none is given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new pupil, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PupilDetail.class)))
    @APIResponse(responseCode = "409", description = "The code is already used")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    public Response create(PupilService.PupilInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        Pupil p = pupils.enrol(input);
        return Response.created(uri.getAbsolutePathBuilder().path(p.getCode()).build())
                .tag(new EntityTag(String.valueOf(p.getVersion())))
                .entity(PupilDetail.of(p)).build();
    }

    /** A child who may already be in the registry: the code and names to compare, and where they are now. */
    @Schema(name = "PossibleDuplicate", description = "A child of the province born the same day with the same or a "
            + "similar name: the code and names to compare, and the school they are at now")
    public record DuplicateView(String code, String nativeName, String vietnameseName, LocalDate dateOfBirth,
                                String schoolCode, String schoolName) {
    }

    /** Where to put a pupil: a class, and (for a move) from which day. */
    @Schema(name = "ClassChoice", description = "A class to put the pupil in, and for a move the first day there "
            + "(today "
            + "when none)")
    public record ClassChoice(String classId, LocalDate date) {
    }

    @POST
    @Path("duplicate-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkPupilDuplicates", summary = "Children of the class's province born the same day whose "
            + "name in either form is the same or similar (accent-insensitive): possible duplicates of a child about to "
            + "be enrolled. Nothing is written")
    @APIResponse(responseCode = "200", description = "The possible duplicates, possibly none")
    public List<DuplicateView> duplicates(PupilService.PupilInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return pupils.possibleDuplicates(input).stream().map(p -> new DuplicateView(p.getCode(), p.getNativeName(),
                p.getVietnameseName(), p.getDateOfBirth(), p.getSchool().getCode(), p.getSchool().getName())).toList();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePupil", summary = "Change a pupil's details (officers of the pupil's province)")
    @APIResponse(responseCode = "200", description = "The pupil as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PupilDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PupilService.PupilInput input) {
        long version = IfMatch.version(ifMatch);
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        Pupil p = pupils.update(code, input, version);
        return Response.ok(PupilDetail.of(p)).tag(new EntityTag(String.valueOf(p.getVersion()))).build();
    }

    @POST
    @Path("{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePupil", summary = "Move a pupil to another class of the same school and year from a "
            + "day (today when none); the first class's enrolment ends the day before as MOVED")
    @APIResponse(responseCode = "200", description = "The pupil with the new enrolment")
    @APIResponse(responseCode = "422", description = "Not another class of the same school and year, or a day outside "
            + "the enrolment and the school year")
    public PupilDetail move(@PathParam("code") String code, ClassChoice choice) {
        if (choice == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        pupils.move(code, choice.classId(), choice.date());
        return PupilDetail.of(pupils.get(code));
    }

    @POST
    @Path("{code}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePupil", summary = "Enrol a child transferred to this class's school (from any "
            + "province) in the class, with their earlier history; the record moves to the school's province")
    @APIResponse(responseCode = "200", description = "The pupil, now in the class")
    @APIResponse(responseCode = "404", description = "No child with this code was transferred to the class's school")
    public PupilDetail arrive(@PathParam("code") String code, ClassChoice choice) {
        if (choice == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return PupilDetail.of(pupils.receive(code, choice.classId()));
    }
}
