package vn.mtbbe.registry.api;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.error.AppException;
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
    public record PupilView(String code, String nativeName, String vietnameseName, String sex, LocalDate dateOfBirth,
                            String ethnicity, String motherTongue, String schoolCode) {
        static PupilView of(Pupil p) {
            return new PupilView(p.getCode(), p.getNativeName(), p.getVietnameseName(), p.getSex().name(),
                    p.getDateOfBirth(), p.getEthnicityCode(), p.getMotherTongue(), p.getSchool().getCode());
        }
    }

    /** One enrolment of the history: the class, its dates and how it ended (null while open). */
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
    @Operation(summary = "Pupils the caller may see; q matches either name form, accent-insensitive, or the code; "
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
    @Operation(summary = "One pupil with the enrolment history")
    @APIResponse(responseCode = "200", description = "The pupil, with an ETag")
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public Response get(@PathParam("code") String code) {
        Pupil p = pupils.read(code);
        return Response.ok(PupilDetail.of(p)).tag(new EntityTag(String.valueOf(p.getVersion()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a new pupil in a class (officers of the class's province); the server assigns "
            + "the code when none is given")
    @APIResponse(responseCode = "201", description = "Created; Location names the new pupil")
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
}
