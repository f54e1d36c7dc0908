package vn.mtbbe.programme.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.service.InstructionService;

import java.util.List;
import java.util.Map;

@Path("classes/{id}/instruction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes")
public class InstructionResource {

    @Schema(name = "InstructionLine")
    public record LineView(String subject, int semester, String planned, String actual, boolean departs) {
        static LineView of(InstructionService.Line l) {
            return new LineView(l.subject(), l.semester(), name(l.planned()), name(l.actual()), l.departs());
        }
    }

    @Schema(name = "ClassInstruction", description = "A class's planned (planned) and recorded (actual) language per "
            + "subject and semester; departs: they differ; nextYear: each subject's planned languages next year")
    public record PlanView(String classId, String schoolCode, String schoolYear, String stage, String className,
                           String programmeId, Integer scheduleVersion, boolean switchingYear, List<String> switchingSubjects,
                           List<LineView> lines, Map<String, List<String>> nextYear) {
        static PlanView of(InstructionService.ClassPlan p) {
            var c = p.schoolClass();
            return new PlanView(String.valueOf(c.getId()), c.getSchool().getCode(), c.getSchoolYear(), c.getStage().name(),
                    c.getName(), p.programme() == null ? null : String.valueOf(p.programme().getId()),
                    p.version() == null ? null : p.version().getNumber(), p.switchingYear(), List.copyOf(p.switchingSubjects()),
                    p.lines().stream().map(LineView::of).toList(),
                    p.nextYear().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().stream().map(InstructionResource::name).toList(), (a, b) -> a, java.util.TreeMap::new)));
        }
    }

    @Schema(name = "InstructionInput", description = "What was taught: one entry per subject and semester")
    public record RecordInput(List<InstructionService.Recorded> entries) {
    }

    @Inject
    InstructionService instruction;

    @GET
    @Operation(operationId = "getClassInstruction", summary = "A class's planned and actual language of instruction per "
            + "subject and semester, where it stands in the transition (switching year) and next year's plan")
    @APIResponse(responseCode = "200", description = "The plan and what was taught")
    @APIResponse(responseCode = "404", description = "Unknown class, or outside the caller's provinces")
    public PlanView plan(@PathParam("id") String id) {
        return PlanView.of(instruction.plan(parseId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClassInstruction", summary = "Record what was actually taught (officers of the "
            + "province); equal to the plan confirms it")
    @APIResponse(responseCode = "200", description = "The plan with what was taught, as saved")
    @APIResponse(responseCode = "404", description = "Unknown class, or outside the caller's provinces")
    @APIResponse(responseCode = "422", description = "Unknown subject, semester or mode; nothing saved")
    public PlanView record(@PathParam("id") String id, RecordInput input) {
        if (input == null || input.entries() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return PlanView.of(instruction.record(parseId(id), input.entries()));
    }

    static String name(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.class", id);
        }
    }
}
