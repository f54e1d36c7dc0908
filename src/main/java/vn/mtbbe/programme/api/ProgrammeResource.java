package vn.mtbbe.programme.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.IfMatch;
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

    /** A programme; its name in the language of Accept-Language where the programme has one (else its own). */
    @Schema(name = "Programme", description = "A programme, named in the language of Accept-Language where it has a "
            + "name in it", example = """
            {"id": "1", "name": "Chương trình GDSN tiếng H'Mông (Lào Cai)", "motherTongue": "hmn"}""")
    public record ProgrammeView(String id, String name, String motherTongue) {
    }

    private ProgrammeView view(Programme p) {
        return new ProgrammeView(String.valueOf(p.getId()), names.name(vn.mtbbe.registry.domain.RefName.Kind.PROGRAMME,
                String.valueOf(p.getId()), vn.mtbbe.platform.api.RequestLocale.of(headers), p.getName()), p.getMotherTongue());
    }

    /** One cell; {@code semester} is absent for a whole-year entry. */
    @Schema(name = "ScheduleEntry", description = "The language of a subject at a stage (MOTHER_TONGUE, BILINGUAL or "
            + "VIETNAMESE), for the whole year (semester null) or one semester (1 or 2)", example = """
            {"stage": "GRADE_2", "semester": 2, "subject": "MATHEMATICS", "mode": "BILINGUAL"}""")
    public record EntryView(String stage, Integer semester, String subject, String mode) {
        static EntryView of(ScheduleEntry e) {
            return new EntryView(e.getStage().name(), e.getSemester() == ScheduleEntry.WHOLE_YEAR ? null : e.getSemester(),
                    e.getSubject(), e.getMode().name());
        }
    }

    @Schema(name = "Schedule", description = "A version of a programme's transition schedule, for cohorts starting "
            + "from validFromYear")
    public record ScheduleView(int version, int validFromYear, List<EntryView> entries) {
        static ScheduleView of(ScheduleVersion v) {
            return new ScheduleView(v.getNumber(), v.getValidFromYear(), v.getEntries().stream().map(EntryView::of).toList());
        }
    }

    /** A schedule as submitted for cohorts starting from {@code validFromYear}. */
    @Schema(name = "ScheduleInput", description = "A schedule for cohorts starting from validFromYear, with a note of "
            + "why it changed")
    public record ScheduleInput(Integer validFromYear, String note, List<EntryView> entries) {
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    vn.mtbbe.registry.service.ReferenceNames names;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Operation(operationId = "listProgrammes", summary = "All programmes (every role but delegation guests)")
    @APIResponse(responseCode = "200", description = "The programmes")
    @APIResponse(responseCode = "403", description = "Delegation guests")
    public List<ProgrammeView> list() {
        return programmes.list().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}/names")
    @Operation(operationId = "getProgrammeNames", summary = "The programme's names in the other interface languages "
            + "(en, zh, ms, km), those given; a language without one shows the programme's own name")
    @APIResponse(responseCode = "200", description = "Names by language code, e.g. {\"en\": \"…\", \"zh\": \"…\"}")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Map<String, String> names(@PathParam("id") String id) {
        return programmes.names(parseId(id));
    }

    @PUT
    @Path("{id}/names")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProgrammeNames", summary = "Name the programme in other interface languages (ministry): "
            + "each language given is set, a blank name removes it; at most 200 characters each")
    @APIResponse(responseCode = "200", description = "The names now")
    @APIResponse(responseCode = "422", description = "A language that is not another interface language, or a name too long")
    public Map<String, String> setNames(@PathParam("id") String id, Map<String, String> names) {
        return programmes.setNames(parseId(id), names);
    }

    @GET
    @Path("{id}/schedule")
    @Operation(operationId = "getProgrammeSchedule", summary = "The schedule version in force for cohorts starting "
            + "this school year")
    @APIResponse(responseCode = "200", description = "The schedule, with the ETag to send with a change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = "Unknown programme, or no schedule in force yet")
    public Response schedule(@PathParam("id") String id) {
        Programme programme = programmes.get(parseId(id));
        ScheduleView view = programmes.current(programme).map(ScheduleView::of)
                .orElseThrow(() -> AppException.notFound("error.notFound.schedule", programme.getName()));
        return Response.ok(view).tag(tag(programme)).build();
    }

    /** Names the newest version: a save with a stale If-Match (someone saved since) is refused with 412. */
    private EntityTag tag(Programme programme) {
        List<ScheduleVersion> versions = programmes.versions(programme);
        // The id of the newest version, not its number: a correction replaces a version and keeps the number.
        return new EntityTag(programme.getId() + "-" + (versions.isEmpty() ? 0 : versions.get(versions.size() - 1).getId()));
    }

    /**
     * The version a save is based on, from its If-Match: the id of the newest version the caller read (null: the
     * programme had none). Without If-Match (or with "*", which names no version) the save is refused with 428; a tag
     * of another programme, a weak tag or one this server never issued, with 412.
     */
    static Long basedOn(Programme programme, String ifMatch) {
        String tag = IfMatch.required(ifMatch);
        String prefix = programme.getId() + "-";
        if (tag.startsWith(prefix)) {
            try {
                long versionId = Long.parseLong(tag.substring(prefix.length()));
                if (versionId >= 0) {
                    return versionId == 0 ? null : versionId;
                }
            } catch (NumberFormatException notOurs) {
                // refused below: not a tag this server gave
            }
        }
        throw AppException.stale();
    }

    @GET
    @Path("{id}/schedule/versions")
    @Operation(operationId = "listProgrammeScheduleVersions", summary = "Every schedule version of the programme, "
            + "oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public List<ScheduleView> versions(@PathParam("id") String id) {
        return programmes.versions(programmes.get(parseId(id))).stream().map(ScheduleView::of).toList();
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveProgrammeSchedule", summary = "Save a schedule (ministry) for cohorts starting from "
            + "validFromYear: a new version, or a correction of the newest one while no cohort has started under it")
    @APIResponse(responseCode = "200", description = "The saved version, with the ETag to send with the next save",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone saved since; nothing saved")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag of the schedule you read; nothing saved")
    @APIResponse(responseCode = "422", description = "E.g. a core subject without a language at some stage; nothing saved")
    public Response save(@PathParam("id") String id, ScheduleInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Programme programme = programmes.getForChange(parseId(id));
        // Checked again inside the saving transaction, against the newest version under a lock of the programme.
        Long basedOnVersionId = basedOn(programme, ifMatch);
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
        ScheduleView saved = ScheduleView.of(programmes.saveSchedule(programme.getId(), input.validFromYear(), entries, input.note(),
                basedOnVersionId));
        return Response.ok(saved).tag(tag(programme)).build();
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.programme", id);
        }
    }
}
