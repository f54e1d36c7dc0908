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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.service.AttendanceService;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Path("classes/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class AttendanceResource {

    /** One pupil's mark; {@code reason} only for an excused absence that gave one. */
    @Schema(name = "Mark", description = "One pupil's mark: status PRESENT, LATE, ABSENT_EXCUSED or ABSENT_UNEXCUSED; "
            + "reason (ILLNESS, FAMILY, SEASONAL_WORK, WEATHER, OTHER) only for an excused absence that gave one",
            example = """
            {"pupil": "100000042", "status": "ABSENT_EXCUSED", "reason": "ILLNESS"}""")
    public record MarkView(String pupil, String status, String reason) {
    }

    @Schema(name = "ClassDay", description = "A class-day's marks: one per pupil enrolled that day")
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

    @Schema(name = "ClassDayInput")
    public record ClassDayInput(List<MarkView> marks) {
    }

    /** One pupil's marks of a month by day, and the reasons given for excused absences. */
    @Schema(name = "PupilMonth", description = "One pupil's marks of a month by day (ISO date to status), and the "
            + "reasons given for excused absences by day", example = """
            {"pupil": "100000042", "marks": {"2025-10-01": "PRESENT", "2025-10-02": "ABSENT_EXCUSED"},
             "reasons": {"2025-10-02": "ILLNESS"}}""")
    public record PupilMonth(String pupil, Map<String, String> marks, Map<String, String> reasons) {
    }

    @Schema(name = "ClassMonth", description = "A class-month: the month's school days, the days marked, and each "
            + "pupil enrolled that month with their marks by day")
    public record ClassMonthView(long classId, String month, List<LocalDate> days, List<LocalDate> marked,
                                 List<PupilMonth> pupils) {
        static ClassMonthView of(AttendanceService.ClassMonth m) {
            List<PupilMonth> pupils = m.pupils().stream().map(p -> {
                Map<String, String> marks = new TreeMap<>();
                Map<String, String> reasons = new TreeMap<>();
                m.marks().get(p.code()).forEach((day, mark) -> {
                    marks.put(day.toString(), mark.status().name());
                    if (mark.reason() != null) {
                        reasons.put(day.toString(), mark.reason().name());
                    }
                });
                return new PupilMonth(p.code(), marks, reasons);
            }).toList();
            return new ClassMonthView(m.schoolClass().getId(), m.month().toString(), m.schoolDays(),
                    List.copyOf(m.marked()), pupils);
        }
    }

    @Schema(name = "ClassMonthInput")
    public record ClassMonthInput(List<PupilMonth> pupils) {
    }

    @Inject
    AttendanceService attendance;

    @GET
    @Path("{date}")
    @Operation(operationId = "getClassDay", summary = "A class-day's marks (officer of the province, ministry staff)")
    @APIResponse(responseCode = "200", description = "The marks, one per pupil enrolled that day, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassDayView.class)))
    @APIResponse(responseCode = "400", description = "Not a date like 2025-10-01")
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
    @Operation(operationId = "saveClassDay", summary = "Replace a class-day's marks as one unit (officer of the "
            + "province): one mark for each pupil "
            + "enrolled that day. Idempotent: sending what is stored changes nothing, whatever the If-Match")
    @APIResponse(responseCode = "200", description = "The class-day as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassDayView.class)))
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

    @GET
    @Operation(operationId = "getClassMonth", summary = "A class-month's marks (officer of the province, ministry "
            + "staff): the month's school days, "
            + "the days marked, and each pupil enrolled that month with their marks by day")
    @APIResponse(responseCode = "200", description = "The month, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassMonthView.class)))
    @APIResponse(responseCode = "400", description = "No month, or not one like 2025-10")
    @APIResponse(responseCode = "404", description = "A class outside the caller's provinces")
    public Response getMonth(@PathParam("id") long classId, @QueryParam("month") String month) {
        return answer(attendance.classMonth(classId, month(month)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveClassMonth", summary = "Replace a class-month's marks as one unit (officer of the "
            + "province): every day with a mark "
            + "is saved as a class-day is (one mark for each pupil enrolled that day), a day without any is left "
            + "unmarked. Idempotent like the class-day")
    @APIResponse(responseCode = "200", description = "The class-month as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassMonthView.class)))
    @APIResponse(responseCode = "404", description = "A class outside the caller's provinces")
    @APIResponse(responseCode = "412", description = "If-Match names another state of the month; nothing saved")
    @APIResponse(responseCode = "422", description = "Every broken rule, at pupils[i].marks.<date> or days.<date>; "
            + "nothing saved")
    public Response saveMonth(@PathParam("id") long classId, @QueryParam("month") String month,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ClassMonthInput input) {
        String basedOn = IfMatch.optional(ifMatch);
        YearMonth shown = month(month);
        if (input == null || input.pupils() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        Validation v = Validation.start();
        Map<LocalDate, List<DayRules.Submitted>> byDay = new TreeMap<>();
        for (int i = 0; i < input.pupils().size(); i++) {
            PupilMonth p = input.pupils().get(i);
            if (p == null || p.marks() == null) {
                continue;
            }
            for (Map.Entry<String, String> mark : p.marks().entrySet()) {
                String field = "pupils[" + i + "].marks." + mark.getKey();
                LocalDate day;
                try {
                    day = LocalDate.parse(mark.getKey());
                } catch (DateTimeParseException e) {
                    v.add(field, "validation.attendance.date", Map.of("value", mark.getKey()));
                    continue;
                }
                String reason = p.reasons() == null ? null : p.reasons().get(mark.getKey());
                byDay.computeIfAbsent(day, d -> new ArrayList<>())
                        .add(new DayRules.Submitted(p.pupil(), mark.getValue(), reason, field));
            }
        }
        v.throwIfInvalid();
        return answer(attendance.saveClassMonth(classId, shown, byDay, basedOn));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw AppException.badRequest("error.badRequest.parameter", "month");
        }
    }

    private static Response answer(AttendanceService.ClassMonth month) {
        return Response.ok(ClassMonthView.of(month)).tag(new EntityTag(month.tag())).build();
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
