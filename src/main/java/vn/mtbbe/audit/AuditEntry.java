package vn.mtbbe.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to a record: who, when, what, and the record before and after (JSON). Never updated. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = "AuditEntry.findByEntity",
        query = "SELECT a FROM AuditEntry a WHERE a.entity = :entity AND a.entityKey = :key ORDER BY a.at, a.id")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String username;
    private String action;
    private String entity;
    @Column(name = "entity_key")
    private String entityKey;
    @Column(name = "before_state")
    private String before;
    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String username, String action, String entity, String entityKey,
                      String before, String after) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.entity = entity;
        this.entityKey = entityKey;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntity() {
        return entity;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
