package vn.mtbbe.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of a programme's schedule. It applies to cohorts that start in {@code validFromYear} or
 * later, until a newer version; earlier cohorts keep the version they started with. Never changed once
 * saved: a change is a new version.
 */
@Entity
@Table(name = "schedule_version")
@NamedQuery(name = "ScheduleVersion.findByProgramme",
        query = "SELECT v FROM ScheduleVersion v WHERE v.programme = :programme ORDER BY v.validFromYear")
@NamedQuery(name = "ScheduleVersion.findByProgrammes",
        query = "SELECT DISTINCT v FROM ScheduleVersion v JOIN FETCH v.programme LEFT JOIN FETCH v.entries"
                + " WHERE v.programme.id IN :programmes")
public class ScheduleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    private int number;

    @Column(name = "valid_from_year")
    private int validFromYear;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_entry", joinColumns = @JoinColumn(name = "version_id"))
    private List<ScheduleEntry> entries = new ArrayList<>();

    protected ScheduleVersion() {
    }

    public ScheduleVersion(Programme programme, int number, int validFromYear, Collection<ScheduleEntry> entries,
                           String createdBy, Instant createdAt, String note) {
        this.programme = programme;
        this.number = number;
        this.validFromYear = validFromYear;
        this.entries.addAll(entries);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.note = note;
    }

    /** The version in force for a cohort starting in {@code startYear}: the newest one valid from then or before. */
    public static Optional<ScheduleVersion> inForce(Collection<ScheduleVersion> versions, int startYear) {
        return versions.stream()
                .filter(v -> v.validFromYear <= startYear)
                .max(Comparator.comparingInt(ScheduleVersion::getValidFromYear));
    }

    public Schedule schedule() {
        return new Schedule(entries);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getNumber() {
        return number;
    }

    public int getValidFromYear() {
        return validFromYear;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    public List<ScheduleEntry> getEntries() {
        return List.copyOf(entries);
    }
}
