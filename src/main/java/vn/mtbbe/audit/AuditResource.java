package vn.mtbbe.audit;

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
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/audit}: the audit log for administrators and ministry staff, newest first. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    /** An entry: who, when, what, and each field before and after. */
    @Schema(name = "AuditEntry", description = "An audit log entry: who, when, the action (CREATE, UPDATE, DELETE, "
            + "READ or LIST) on which record, and each field before and after")
    public record EntryView(long id, Instant at, String user, String action, String entity, String key,
                            List<AuditReader.Change> changes) {
    }

    @Inject
    AuditReader reader;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Audit log entries (administrators, ministry), newest first")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "403", description = "Neither administrator nor ministry staff")
    public Page<EntryView> list(@QueryParam("user") String user,
                                @QueryParam("entity") @Parameter(description = "kind of record, e.g. Pupil, Account") String entity,
                                @QueryParam("key") @Parameter(description = "the record's key, e.g. a pupil code") String key,
                                @QueryParam("from") @Parameter(description = "first day (schools' time zone)") String from,
                                @QueryParam("to") @Parameter(description = "last day") String to,
                                @QueryParam("readings") @Parameter(description = "also the readings of children's records "
                                        + "and lists (READ, LIST)") boolean readings,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        AuditReader.Filter filter = new AuditReader.Filter(user, entity, key, date(from, "from"), date(to, "to"), readings);
        List<EntryView> items = reader.range(filter, paging.offset(), paging.size()).stream()
                .map(e -> new EntryView(e.getId(), e.getAt(), e.getUsername(), e.getAction(), e.getEntity(),
                        e.getEntityKey(), AuditReader.changes(e))).toList();
        return new Page<>(items, paging.page(), paging.size(), reader.count(filter));
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw AppException.badRequest("error.badRequest.parameter", name);
        }
    }
}
