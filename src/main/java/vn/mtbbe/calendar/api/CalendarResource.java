package vn.mtbbe.calendar.api;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.calendar.domain.CalendarDay;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.error.AppException;

import java.time.LocalDate;
import java.util.List;

@Path("calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendars")
public class CalendarResource {

    /** A holiday or make-up day; {@code national} says whether the ministry set it for every province. */
    @Schema(name = "CalendarDay", example = """
            {"date": "2026-02-16", "name": "Tết Nguyên đán", "national": true}""")
    public record DayView(LocalDate date, String name, boolean national) {
        static DayView of(CalendarDay d) {
            return new DayView(d.getDay(), d.getName(), d.isNational());
        }
    }

    @Schema(name = "SchoolCalendar", description = "A province's school calendar for a school year: its first and "
            + "last day, every school day, the holidays (national and the province's own) and the make-up days (school "
            + "days on a weekend)")
    public record CalendarView(String province, String schoolYear, LocalDate firstDay, LocalDate lastDay,
                               List<LocalDate> schoolDays, List<DayView> holidays, List<DayView> makeUpDays) {
        static CalendarView of(CalendarService.View v) {
            return new CalendarView(v.province(), v.year().getCode(), v.year().getStartDate(), v.year().getEndDate(),
                    v.calendar().schoolDays(),
                    v.entries().stream().filter(d -> d.getKind() == CalendarDay.Kind.HOLIDAY).map(DayView::of).toList(),
                    v.entries().stream().filter(d -> d.getKind() == CalendarDay.Kind.MAKE_UP).map(DayView::of).toList());
        }
    }

    /** The entries a change replaces: a province's own holidays and make-up days, or the national holidays. */
    @Schema(name = "CalendarInput")
    public record CalendarInput(List<CalendarService.Entry> holidays, List<CalendarService.Entry> makeUpDays) {
    }

    @Inject
    CalendarService calendars;

    @GET
    @Path("{province}/{year}")
    @Operation(operationId = "getProvinceCalendar", summary = "A province's school calendar for a school year: its "
            + "school days, holidays (national and the province's own) and make-up days")
    @APIResponse(responseCode = "200", description = "The calendar, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "403", description = "Delegation guests")
    @APIResponse(responseCode = "404", description = "Unknown school year, or a province outside the caller's")
    public Response get(@PathParam("province") String province, @PathParam("year") String year) {
        return answer(calendars.calendar(province, year));
    }

    @PUT
    @Path("{province}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveProvinceCalendar", summary = "Replace the province's own holidays and make-up days "
            + "(ministry; officer of the province) as one unit; the national holidays stay")
    @APIResponse(responseCode = "200", description = "The calendar as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "412", description = "The calendar changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Every bad entry (outside the school year, a make-up day on a weekday, "
            + "a day twice, no name); nothing saved")
    @APIResponse(responseCode = "428", description = "No If-Match; nothing saved")
    public Response saveProvince(@PathParam("province") String province, @PathParam("year") String year,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CalendarInput input) {
        String basedOn = IfMatch.required(ifMatch);
        CalendarInput body = body(input);
        return answer(calendars.saveProvince(province, year, list(body.holidays()), list(body.makeUpDays()), basedOn));
    }

    @GET
    @Path("national/{year}")
    @Operation(operationId = "getNationalHolidays", summary = "The national holidays of a school year (every role but "
            + "delegation guests)")
    @APIResponse(responseCode = "200", description = "The school year's calendar with the national holidays only "
            + "(province VN), with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "404", description = "Unknown school year")
    public Response getNational(@PathParam("year") String year) {
        return answer(calendars.national(year));
    }

    @PUT
    @Path("national/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveNationalHolidays", summary = "Replace the national holidays of a school year "
            + "(ministry) as one unit; they hold in every province")
    @APIResponse(responseCode = "200", description = "The national holidays as saved, with their new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "400", description = "Make-up days: the national calendar has none")
    @APIResponse(responseCode = "412", description = "They changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Every bad entry; nothing saved")
    @APIResponse(responseCode = "428", description = "No If-Match; nothing saved")
    public Response saveNational(@PathParam("year") String year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 CalendarInput input) {
        String basedOn = IfMatch.required(ifMatch);
        CalendarInput body = body(input);
        if (body.makeUpDays() != null && !body.makeUpDays().isEmpty()) {
            throw AppException.badRequest("error.badRequest.nationalMakeUp");
        }
        return answer(calendars.saveNational(year, list(body.holidays()), basedOn));
    }

    private static CalendarInput body(CalendarInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return input;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static Response answer(CalendarService.View view) {
        return Response.ok(CalendarView.of(view)).tag(new EntityTag(view.tag())).build();
    }
}
