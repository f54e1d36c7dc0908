package vn.mtbbe.achievement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.service.ResultService;
import vn.mtbbe.achievement.service.SittingService;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("sittings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "achievement")
public class SittingResource {

    @Schema(name = "SittingInstrument")
    public record InstrumentRef(long id, String name, String language, int version) {
    }

    @Schema(name = "Sitting", description = "An assessment round (round BASELINE, MIDLINE, ENDLINE or TERM) of a "
            + "school year, its days, instruments, and the schools and classes taking part")
    public record SittingView(long id, String name, String round, String schoolYear, LocalDate from, LocalDate to,
                              List<InstrumentRef> instruments, List<String> schools, List<Long> classes) {
        static SittingView of(Sitting s) {
            return new SittingView(s.getId(), s.getName(), s.getRound().name(), s.getSchoolYear(), s.getStartsOn(),
                    s.getEndsOn(), s.getInstruments().stream().map(i -> new InstrumentRef(i.getId(), i.getName(),
                    i.getLanguageCode(), i.getVersion())).toList(),
                    s.getSchools().stream().map(sc -> sc.getCode()).toList(),
                    s.getClasses().stream().map(SchoolClass::getId).toList());
        }
    }

    @Schema(name = "SittingClass", description = "A class taking part: its pupils in the sitting's days, how many "
            + "have results, its results of those expected (one, or an absence, per pupil and subtask); waiting: fewer")
    public record ClassStateView(long classId, String schoolCode, String name, String stage, long pupils,
                                 long withResults, long results, long expected, boolean waiting) {
    }

    /** One result: {@code absent}, or a score and for a timed subtask the seconds used, with what it gives. */
    @JsonbNillable(false)
    @Schema(name = "SittingResult", description = "One result: absent, or a score and for a timed subtask the seconds "
            + "used, with the per-minute rate, zero score and benchmark band it gives")
    public record ResultView(String pupil, long subtask, Integer score, Integer seconds, Boolean absent,
                             Double perMinute, Boolean zeroScore, String band) {
    }

    @Schema(name = "ClassResults", description = "A class's results of a sitting: its subtasks, its pupils and "
            + "their results")
    public record ClassResultsView(long sittingId, long classId, String stage, List<Long> subtasks, List<String> pupils,
                                   List<ResultView> results) {
    }

    @JsonbNillable(false)
    @Schema(name = "ResultInput", description = "One result as sent: a score (and seconds for a timed subtask "
            + "finished early), or absent: true")
    public record ResultInput(String pupil, Long subtask, Integer score, Integer seconds, Boolean absent) {
    }

    @Schema(name = "ResultsInput")
    public record ResultsInput(List<ResultInput> results) {
    }

    @Inject
    SittingService sittings;

    @Inject
    ResultService results;

    @Inject
    Today today;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSittings", summary = "The sittings (assessment rounds) of a school year: all for "
            + "ministry staff, for officers those in which a class of their provinces takes part")
    @APIResponse(responseCode = "200", description = "The sittings")
    public List<SittingView> list(@QueryParam("year") String year) {
        String schoolYear = year == null || year.isBlank() ? SchoolYear.codeStarting(today.schoolYearStart()) : year.strip();
        return sittings.list(schoolYear).stream().map(SittingView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSitting", summary = "One sitting")
    @APIResponse(responseCode = "200", description = "The sitting, as in the list")
    @APIResponse(responseCode = "404", description = "Unknown, or (officers) no class of their provinces takes part")
    public SittingView get(@PathParam("id") long id) {
        return SittingView.of(sittings.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSitting", summary = "Create a sitting (ministry staff): "
            + "{\"name\",\"round\",\"schoolYear\",\"from\",\"to\",\"instruments\":[id],\"schools\":[code]?,\"classes\":[id]?}; "
            + "every class of a listed school at a stage an instrument applies to takes part, and each listed class")
    @APIResponse(responseCode = "201", description = "Created; Location names it, the body is it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SittingView.class)))
    @APIResponse(responseCode = "422", description = "Every invalid field")
    public Response create(SittingService.SittingInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        Sitting created = sittings.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(SittingView.of(created)).build();
    }

    @GET
    @Path("{id}/classes")
    @Operation(operationId = "listSittingClasses", summary = "The classes of the caller's provinces taking part, with "
            + "how many pupils they have in the sitting's days, how many have results, and how many results they have of "
            + "those expected (one, or an absence, per pupil and subtask; waiting: fewer)")
    @APIResponse(responseCode = "200", description = "The classes")
    @APIResponse(responseCode = "404", description = "Unknown sitting")
    public List<ClassStateView> classes(@PathParam("id") long id, @QueryParam("waiting") @Parameter(description =
            "only the classes still waiting for results") boolean waitingOnly) {
        return sittings.classes(id).stream().filter(s -> !waitingOnly || s.waiting())
                .map(s -> new ClassStateView(s.schoolClass().getId(), s.schoolClass().getSchool().getCode(),
                        s.schoolClass().getName(), s.schoolClass().getStage().name(), s.pupils(), s.withResults(),
                        s.results(), s.expected(), s.waiting())).toList();
    }

    @GET
    @Path("{id}/results")
    @Operation(operationId = "getSittingResults", summary = "A class's results of a sitting (officer of the province, "
            + "ministry staff) with what each gives: the per-minute rate of a timed subtask, the zero score, the "
            + "benchmark band for the class's stage")
    @APIResponse(responseCode = "200", description = "The results, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassResultsView.class)))
    @APIResponse(responseCode = "400", description = "No class")
    @APIResponse(responseCode = "404", description = "Unknown sitting, or a class outside the caller's provinces or "
            + "not taking part")
    public Response read(@PathParam("id") long id, @QueryParam("class") Long classId) {
        return answer(results.read(id, required(classId)));
    }

    @PUT
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSittingResults", summary = "Replace a class's results of a sitting as one unit "
            + "(officer of the province): {\"results\":[{\"pupil\",\"subtask\",\"score\"?,\"seconds\"?,\"absent\"?}]}. "
            + "A pupil absent from the sitting is sent absent, not zero; a timed result without seconds took the whole "
            + "time limit. Idempotent: sending what is stored changes nothing, whatever the If-Match")
    @APIResponse(responseCode = "200", description = "The results as saved, with their new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassResultsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown sitting, or a class outside the caller's provinces or "
            + "not taking part")
    @APIResponse(responseCode = "412", description = "If-Match names another state of the results; nothing saved")
    @APIResponse(responseCode = "422", description = "Every problem at results[i].score, .seconds, .absent, .pupil or "
            + ".subtask (a score above the item count, seconds over the time limit, a pupil not in the class, a result "
            + "twice); nothing saved")
    public Response save(@PathParam("id") long id, @QueryParam("class") Long classId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ResultsInput input) {
        String basedOn = IfMatch.optional(ifMatch);
        if (input == null || input.results() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        List<ResultService.Submitted> submitted = new ArrayList<>();
        for (int i = 0; i < input.results().size(); i++) {
            ResultInput r = input.results().get(i);
            if (r != null) {
                submitted.add(new ResultService.Submitted(r.pupil(), r.subtask(), r.score(), r.seconds(), r.absent(),
                        "results[" + i + "]"));
            }
        }
        return answer(results.save(id, required(classId), submitted, basedOn));
    }

    private static long required(Long classId) {
        if (classId == null) {
            throw AppException.badRequest("error.badRequest.parameter", "class");
        }
        return classId;
    }

    private static Response answer(ResultService.ClassResults r) {
        List<ResultView> views = new ArrayList<>();
        for (ResultService.PupilLine pupil : r.pupils()) {
            Map<Long, Scoring.Entry> byPupil = r.results().getOrDefault(pupil.code(), Map.of());
            for (Subtask subtask : r.subtasks()) {
                Scoring.Entry e = byPupil.get(subtask.getId());
                if (e == null) {
                    continue;
                }
                Scoring.Derived d = r.derived(pupil.code(), subtask);
                views.add(e.absent() ? new ResultView(pupil.code(), subtask.getId(), null, null, true, null, null, null)
                        : new ResultView(pupil.code(), subtask.getId(), e.score(), e.seconds(), null,
                        d.perMinute() == null ? null : Math.round(d.perMinute() * 10) / 10.0, d.zeroScore(),
                        d.band() == null ? null : d.band().name()));
            }
        }
        ClassResultsView view = new ClassResultsView(r.sitting().getId(), r.schoolClass().getId(),
                r.schoolClass().getStage().name(), r.subtasks().stream().map(Subtask::getId).toList(),
                r.pupils().stream().map(ResultService.PupilLine::code).toList(), views);
        return Response.ok(view).tag(new EntityTag(r.tag())).build();
    }
}
