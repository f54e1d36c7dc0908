package vn.mtbbe.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A share link of a report (V22): what it shows, in which language, for whom, until when; revoked or not. */
@Entity
@Table(name = "report_share")
@NamedQuery(name = "ReportShare.findByHash", query = "SELECT s FROM ReportShare s WHERE s.tokenHash = :hash")
@NamedQuery(name = "ReportShare.list", query = "SELECT s FROM ReportShare s ORDER BY s.createdAt DESC, s.id DESC")
public class ReportShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    private String report;

    private String filters;

    private String locale;

    private String label;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ReportShare() {
    }

    public ReportShare(String tokenHash, String report, String filters, String locale, String label, Instant expiresAt,
                       Instant createdAt, String createdBy) {
        this.tokenHash = tokenHash;
        this.report = report;
        this.filters = filters;
        this.locale = locale;
        this.label = label;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Whether the link opens the report at {@code now}: not revoked and not expired. */
    public boolean isOpenAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public String getReport() {
        return report;
    }

    public String getFilters() {
        return filters;
    }

    public String getLocale() {
        return locale;
    }

    public String getLabel() {
        return label;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
