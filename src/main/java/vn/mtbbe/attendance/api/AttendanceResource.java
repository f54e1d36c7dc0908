package vn.mtbbe.attendance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.service.AttendanceService;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.error.AppException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("classes/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class AttendanceResource {

    /** One pupil's mark; {@code reason} only for an excused absence that gave one. */
    public record MarkView(String pupil, String status, String reason) {
    }

    public record ClassDayView(long classId, LocalDate date, List<MarkView> marks) {
        static ClassDayView of(AttendanceService.ClassDay day) {
            return new ClassDayView(day.schoolClass().getId(), day.date(), day.pupils().stream()
                    .filter(p -> day.marks().containsKey(p.code()))
                    .map(p -> {
                        Mark m = day.marks().get(p.code());
                        return new MarkView(p.code(), m.status().name(), m.reason() == null ? null : m.reason().name());
                    }).toList());
        }
    }

    public record ClassDayInput(List<MarkView> marks) {
    }

    @Inject
    AttendanceService attendance;

    @GET
    @Path("{date}")
    @Operation(summary = "A class-day's marks (officer of the province, ministry staff)")
    @APIResponse(responseCode = "200", description = "{\"classId\",\"date\",\"marks\":[{\"pupil\",\"status\",\"reason\"?}]}, "
            + "one mark per pupil enrolled that day, with an ETag")
    @APIResponse(responseCode = "404", description = "A class outside the caller's provinces, or a day never marked")
    public Response get(@PathParam("id") long classId, @PathParam("date") String date) {
        AttendanceService.ClassDay day = attendance.classDay(classId, date(date));
        if (!day.marked()) {
            throw AppException.notFound("error.notFound.classDay", classId, date);
        }
        return answer(day);
    }

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a class-day's marks as one unit (officer of the province): one mark for each pupil "
            + "enrolled that day. Idempotent: sending what is stored changes nothing, whatever the If-Match")
    @APIResponse(responseCode = "200", description = "The class-day as saved, with its new ETag")
    @APIResponse(responseCode = "404", description = "A class outside the caller's provinces")
    @APIResponse(responseCode = "412", description = "If-Match names another state of the day; nothing saved")
    @APIResponse(responseCode = "422", description = "Every broken rule (not a school day, a future date, a pupil not "
            + "enrolled that day or missing, a pupil twice, an unknown status or reason); nothing saved")
    public Response save(@PathParam("id") long classId, @PathParam("date") String date,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ClassDayInput input) {
        String basedOn = IfMatch.optional(ifMatch);
        if (input == null || input.marks() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        List<DayRules.Submitted> marks = input.marks().stream()
                .map(m -> m == null ? null : new DayRules.Submitted(m.pupil(), m.status(), m.reason())).toList();
        return answer(attendance.saveClassDay(classId, date(date), marks, basedOn));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw AppException.badRequest("error.badRequest.parameter", "date");
        }
    }

    private static Response answer(AttendanceService.ClassDay day) {
        return Response.ok(ClassDayView.of(day)).tag(new EntityTag(day.tag())).build();
    }
}
