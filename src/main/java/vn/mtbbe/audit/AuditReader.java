package vn.mtbbe.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reading the audit log: administrators, and ministry staff (read-only, as everyone: the log is never changed), by
 * user, record and period (days in the schools' time zone), newest first, a page at a time or whole as CSV.
 */
@ApplicationScoped
public class AuditReader {

    /** The kinds of record the log names (the {@code entity} of its entries), for the page's filter. */
    public static final List<String> ENTITIES = List.of("Pupil", "Enrolment", "SchoolClass", "School", "District",
            "SchoolYear", "SchoolCalendar", "ClassDay", "ClassInstruction", "Cohort", "Programme", "ScheduleVersion",
            "ProgrammeWarnings", "Account");

    /** Rows fetched at a time while exporting, so a long period never sits in memory at once. */
    static final int EXPORT_CHUNK = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    /**
     * What to show; every part may be null. {@code key} is a record's key (a pupil code, a username…); readings of
     * children's records and lists are shown only with {@code readings} (they outnumber the changes by far).
     */
    public record Filter(String username, String entity, String key, LocalDate from, LocalDate to, boolean readings) {
    }

    /** One field of a record that an entry changed (or wrote or read), before and after. */
    @Schema(name = "AuditChange")
    public record Change(String field, String before, String after) implements java.io.Serializable {
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where.clause(), Long.class)).getSingleResult();
    }

    /** The entries from position {@code first}, at most {@code max}, newest first. */
    public List<AuditEntry> range(Filter filter, int first, int max) {
        Where where = where(filter);
        return where.bind(em.createQuery("SELECT a FROM AuditEntry a" + where.clause() + " ORDER BY a.at DESC, a.id DESC",
                AuditEntry.class)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Every entry of {@code filter} as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets), newest first. */
    public void export(Filter filter, List<String> headers, Writer out) throws IOException {
        Where where = where(filter);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        out.write('\ufeff');
        printer.printRecord(headers);
        Long below = null;
        while (true) {
            // Keyset paging on the id (ids grow with time): each chunk is one indexed range read, however deep.
            Where chunk = where(filter).and("a.id < :below", "below", below);
            List<AuditEntry> rows = chunk.bind(em.createQuery("SELECT a FROM AuditEntry a" + chunk.clause()
                    + " ORDER BY a.id DESC", AuditEntry.class)).setMaxResults(EXPORT_CHUNK).getResultList();
            for (AuditEntry e : rows) {
                printer.printRecord(e.getAt().toString(), e.getUsername(), e.getAction(), e.getEntity(), e.getEntityKey(),
                        Objects.toString(e.getBefore(), ""), Objects.toString(e.getAfter(), ""));
            }
            em.clear();
            if (rows.size() < EXPORT_CHUNK) {
                break;
            }
            below = rows.get(rows.size() - 1).getId();
        }
        printer.flush();
    }

    private Where where(Filter filter) {
        currentUser.require(Role.ADMIN, Role.MINISTRY);
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(today.zone()).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(today.zone()).toInstant();
        return Where.start()
                .and("a.username = :username", "username", Where.given(filter.username()))
                .and("a.entity = :entity", "entity", Where.given(filter.entity()))
                .and("a.entityKey = :key", "key", Where.given(filter.key()))
                .and("a.at >= :from", "from", from)
                .and("a.at < :to", "to", to)
                .andIf(!filter.readings(), "a.action NOT IN ('READ', 'LIST')");
    }

    /** The fields an entry names, each with its value before and after (either may be empty). */
    public static List<Change> changes(AuditEntry entry) {
        JsonObject before = parse(entry.getBefore());
        JsonObject after = parse(entry.getAfter());
        Set<String> fields = new LinkedHashSet<>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = text(before.get(field));
            String a = text(after.get(field));
            if (entry.getBefore() == null || entry.getAfter() == null || !Objects.equals(a, b)) {
                changes.add(new Change(field, b, a));
            }
        }
        return changes;
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("value", json).build();
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString();
    }
}
