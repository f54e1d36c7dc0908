package vn.mtbbe.attendance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.attendance.service.CompletenessService;
import vn.mtbbe.attendance.service.WarningService;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Attendance across a province's classes: what is still to be marked, and who is falling away. */
@Path("attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class ProvinceAttendanceResource {

    @Schema(name = "SchoolCompleteness", description = "A school's class-days expected and marked over the period")
    public record SchoolView(String school, String name, String district, String province, long expected, long marked,
                             double rate) {
    }

    @Schema(name = "MissingClassDay")
    public record MissingView(long classId, String className, String school, LocalDate date) {
    }

    @Schema(name = "Completeness", description = "Reporting completeness over a period: class-days expected (school "
            + "days up to today on which a class had pupils) and marked, by school, and a page of the class-days still "
            + "missing, newest first (missingTotal of them)")
    public record CompletenessView(LocalDate from, LocalDate to, long expected, long marked, double rate,
                                   List<SchoolView> rows, List<MissingView> missing, int page, int size,
                                   long missingTotal) {
    }

    @Schema(name = "PupilWarning")
    public record PupilWarningView(String pupil, String name, long classId, String className, double rate, int days,
                                   double threshold, boolean switchingYear) {
    }

    @Schema(name = "ClassWarning")
    public record ClassWarningView(long classId, String className, String school, String stage, double rate, int days,
                                   double threshold, boolean switchingYear) {
    }

    @Schema(name = "AttendanceWarnings", description = "Pupils and classes whose attendance over the last school days "
            + "(window) is under their threshold, the switching year first")
    public record WarningsView(int window, List<PupilWarningView> pupils, List<ClassWarningView> classes) {
    }

    /** The period when none is asked: the last four weeks up to today. */
    static final int DEFAULT_DAYS = 27;

    @Inject
    CompletenessService completeness;

    @Inject
    Today today;

    @Inject
    WarningService warnings;

    @GET
    @Path("warnings")
    @Operation(operationId = "getAttendanceWarnings", summary = "Early warning (officer: own provinces; ministry): "
            + "pupils and classes of the running school year "
            + "whose attendance over the last school days (window) is under the thresholds, the switching year first")
    @APIResponse(responseCode = "200", description = "The pupils and classes under their thresholds")
    @APIResponse(responseCode = "404", description = "A province outside the caller's")
    public WarningsView warnings(@QueryParam("province") String province) {
        WarningService.Result result = warnings.warnings(blank(province) ? null : province.strip());
        return new WarningsView(result.window(),
                result.pupils().stream().map(w -> new PupilWarningView(w.pupil(), w.vietnameseName(), w.classId(), w.className(),
                        w.rate(), w.days(), w.threshold(), w.switchingYear())).toList(),
                result.classes().stream().map(w -> new ClassWarningView(w.classId(), w.className(), w.schoolName(),
                        w.stage().name(), w.rate(), w.days(), w.threshold(), w.switchingYear())).toList());
    }

    @GET
    @Path("completeness")
    @Operation(operationId = "getAttendanceCompleteness", summary = "Reporting completeness (officer: own provinces; "
            + "ministry): class-days expected (school days "
            + "up to today on which a class had pupils) and marked, by school, and the class-days still missing, "
            + "newest first (paged)")
    @APIResponse(responseCode = "200", description = "Completeness by school and a page of the missing class-days")
    @APIResponse(responseCode = "400", description = "A from or to that is not a date")
    @APIResponse(responseCode = "404", description = "A province outside the caller's")
    public CompletenessView get(@QueryParam("province") String province,
                                @QueryParam("from") @Parameter(description = "first day (default: four weeks before "
                                        + "to)") String from,
                                @QueryParam("to") @Parameter(description = "last day (default: today)") String to,
                                @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        LocalDate last = date(to, "to", today.date());
        LocalDate first = date(from, "from", last.minusDays(DEFAULT_DAYS));
        CompletenessService.Result result = completeness.completeness(blank(province) ? null : province.strip(), first, last);
        List<MissingView> missing = result.missing().stream().skip((long) paging.page() * paging.size()).limit(paging.size())
                .map(m -> new MissingView(m.classId(), m.className(), m.schoolCode(), m.date())).toList();
        return new CompletenessView(result.from(), result.to(), result.expected(), result.marked(),
                result.expected() == 0 ? 1.0 : (double) result.marked() / result.expected(),
                result.schools().stream().map(s -> new SchoolView(s.schoolCode(), s.schoolName(), s.districtName(),
                        s.provinceCode(), s.expected(), s.marked(), s.rate())).toList(),
                missing, paging.page(), paging.size(), result.missing().size());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String text, String name, LocalDate otherwise) {
        try {
            return blank(text) ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AppException.badRequest("error.badRequest.parameter", name);
        }
    }
}
