package vn.mtbbe.achievement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.achievement.domain.Benchmark;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.service.InstrumentService;
import vn.mtbbe.platform.error.AppException;

import java.math.BigDecimal;
import java.util.List;

@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "achievement")
public class InstrumentResource {

    @Schema(name = "Benchmark", description = "The benchmark bands of a subtask at a stage: a score (or per-minute "
            + "rate) from approachingFrom approaches the benchmark, from meetingFrom meets it")
    public record BenchmarkView(String stage, BigDecimal approachingFrom, BigDecimal meetingFrom) {
        static BenchmarkView of(Benchmark b) {
            return new BenchmarkView(b.getStage().name(), b.getApproachingFrom(), b.getMeetingFrom());
        }
    }

    /** {@code seconds} is the time limit of a TIMED subtask and absent otherwise. */
    @JsonbNillable(false)
    @Schema(name = "Subtask", description = "A subtask: kind TIMED (seconds: its time limit), OUT_OF or SCALE; items "
            + "its number of items")
    public record SubtaskView(long id, String skill, String kind, int items, Integer seconds, String sample,
                              List<BenchmarkView> benchmarks) {
        static SubtaskView of(Subtask s) {
            return new SubtaskView(s.getId(), s.getSkill().name(), s.getKind().name(), s.getItems(), s.getSeconds(),
                    s.getSample(), s.getBenchmarks().stream().map(BenchmarkView::of).toList());
        }
    }

    @Schema(name = "Instrument", description = "A version of an assessment instrument (EGRA- or EGMA-style): its "
            + "area (READING, MATHEMATICS), language, the stages it is for and its subtasks")
    public record InstrumentView(long id, String series, int version, String name, String area, String language,
                                 List<String> stages, List<SubtaskView> subtasks) {
        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.getId(), i.getSeries(), i.getVersion(), i.getName(), i.getArea().name(),
                    i.getLanguageCode(), i.getStages().stream().map(Enum::name).toList(),
                    i.getSubtasks().stream().map(SubtaskView::of).toList());
        }
    }

    @Inject
    InstrumentService instruments;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInstruments", summary = "Every version of every assessment instrument (officers, "
            + "ministry staff), series by series, newest version first")
    @APIResponse(responseCode = "200", description = "The instruments")
    public List<InstrumentView> list() {
        return instruments.list().stream().map(InstrumentView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInstrument", summary = "One instrument version")
    @APIResponse(responseCode = "200", description = "The instrument, as in the list")
    @APIResponse(responseCode = "404", description = "Unknown instrument")
    public InstrumentView get(@PathParam("id") long id) {
        return InstrumentView.of(instruments.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInstrument", summary = "Define an instrument (ministry staff). With the series of an "
            + "existing instrument it is that series' next version: a change never rewrites results already entered")
    @APIResponse(responseCode = "201", description = "Created; Location names the new version, the body is it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "422", description = "Every invalid field (subtasks[i].items, "
            + "subtasks[i].benchmarks[j].meetingFrom, …)")
    public Response create(InstrumentService.InstrumentInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        Instrument created = instruments.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(InstrumentView.of(created)).build();
    }
}
