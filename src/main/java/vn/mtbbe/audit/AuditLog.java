package vn.mtbbe.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log. Services call {@link #record} inside their own transaction, so a change and
 * its audit entry are written together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** What an entry records: a change, or a reading of personal data (a child's record, a page of a list). */
    public enum Action { CREATE, UPDATE, DELETE, READ, LIST }

    /** The author of entries written outside any signed-in request (start-up, demo data). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String username, Action action, String entity, String key,
                       Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(Instant.now(), username, action.name(), entity, key, json(before), json(after)));
    }

    /**
     * A reading of personal data (Decree 13/2023 treats a child's ethnicity as sensitive): one entry for a record read,
     * in the reader's transaction or its own.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordRead(String username, String entity, String key) {
        em.persist(new AuditEntry(Instant.now(), username, Action.READ.name(), entity, key, null, null));
    }

    /** One entry for a page of a list read (never one per row), with the query that chose it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordList(String username, String entity, Map<String, ?> query) {
        em.persist(new AuditEntry(Instant.now(), username, Action.LIST.name(), entity, LIST_KEY, null, json(query)));
    }

    /** The key of the entries of list reads. */
    public static final String LIST_KEY = "list";

    public List<AuditEntry> history(String entity, String key) {
        return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
                .setParameter("entity", entity).setParameter("key", key).getResultList();
    }

    static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        state.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else {
                object.add(name, value.toString());
            }
        });
        return object.build().toString();
    }
}
