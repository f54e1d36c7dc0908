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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes")
public class ProgrammeResource {

    public record ProgrammeView(String id, String name, String motherTongue) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(String.valueOf(p.getId()), p.getName(), p.getMotherTongue());
        }
    }

    /** One cell; {@code semester} is absent for a whole-year entry. */
    public record EntryView(String stage, Integer semester, String subject, String mode) {
        static EntryView of(ScheduleEntry e) {
            return new EntryView(e.getStage().name(), e.getSemester() == ScheduleEntry.WHOLE_YEAR ? null : e.getSemester(),
                    e.getSubject(), e.getMode().name());
        }
    }

    public record ScheduleView(int version, int validFromYear, List<EntryView> entries) {
        static ScheduleView of(ScheduleVersion v) {
            return new ScheduleView(v.getNumber(), v.getValidFromYear(), v.getEntries().stream().map(EntryView::of).toList());
        }
    }

    /** A schedule as submitted for cohorts starting from {@code validFromYear}. */
    public record ScheduleInput(Integer validFromYear, String note, List<EntryView> entries) {
    }

    @Inject
    ProgrammeService programmes;

    @GET
    @Operation(summary = "All programmes (every role but delegation guests)")
    @APIResponse(responseCode = "200", description = "[{\"id\",\"name\",\"motherTongue\"}]")
    @APIResponse(responseCode = "403", description = "Delegation guests")
    public List<ProgrammeView> list() {
        return programmes.list().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}/schedule")
    @Operation(summary = "The schedule version in force for cohorts starting this school year")
    @APIResponse(responseCode = "200", description = "{\"version\",\"validFromYear\",\"entries\":[{\"stage\",\"semester\"?,\"subject\",\"mode\"}]}")
    @APIResponse(responseCode = "404", description = "Unknown programme, or no schedule in force yet")
    public ScheduleView schedule(@PathParam("id") String id) {
        Programme programme = programmes.get(parseId(id));
        return programmes.current(programme).map(ScheduleView::of)
                .orElseThrow(() -> AppException.notFound("error.notFound.schedule", programme.getName()));
    }

    @GET
    @Path("{id}/schedule/versions")
    @Operation(summary = "Every schedule version of the programme, oldest first")
    public List<ScheduleView> versions(@PathParam("id") String id) {
        return programmes.versions(programmes.get(parseId(id))).stream().map(ScheduleView::of).toList();
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a schedule (ministry) for cohorts starting from validFromYear: a new version, or a "
            + "correction of the newest one while no cohort has started under it")
    @APIResponse(responseCode = "200", description = "The saved version")
    @APIResponse(responseCode = "422", description = "E.g. a core subject without a language at some stage; nothing saved")
    public ScheduleView save(@PathParam("id") String id, ScheduleInput input) {
        if (input == null || input.entries() == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        List<FieldError> errors = new ArrayList<>();
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < input.entries().size(); i++) {
            EntryView e = input.entries().get(i);
            try {
                entries.add(new ScheduleEntry(Stage.valueOf(e.stage()), e.semester() == null ? 0 : e.semester(),
                        e.subject(), InstructionMode.valueOf(e.mode())));
            } catch (RuntimeException bad) {
                errors.add(FieldError.of("entries[" + i + "]", "validation.schedule.entry"));
            }
        }
        if (input.validFromYear() == null) {
            errors.add(FieldError.of("validFromYear", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ScheduleView.of(programmes.saveSchedule(parseId(id), input.validFromYear(), entries, input.note()));
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.programme", id);
        }
    }
}
