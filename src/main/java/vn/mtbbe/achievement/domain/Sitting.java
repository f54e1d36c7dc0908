package vn.mtbbe.achievement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An assessment round of a school year: its instruments, the schools (every class of a stage an instrument applies
 * to) and single classes taking part, and the days it runs.
 */
@Entity
@Table(name = "sitting")
@NamedQuery(name = "Sitting.byYear", query = "SELECT s FROM Sitting s WHERE s.schoolYear = :year ORDER BY s.startsOn, s.id")
public class Sitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Round round;

    @Column(name = "school_year")
    private String schoolYear;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @ManyToMany
    @JoinTable(name = "sitting_instrument", joinColumns = @JoinColumn(name = "sitting_id"),
            inverseJoinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("id")
    private List<Instrument> instruments = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "sitting_school", joinColumns = @JoinColumn(name = "sitting_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    @OrderBy("code")
    private List<School> schools = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "sitting_class", joinColumns = @JoinColumn(name = "sitting_id"),
            inverseJoinColumns = @JoinColumn(name = "class_id"))
    @OrderBy("id")
    private List<SchoolClass> classes = new ArrayList<>();

    protected Sitting() {
    }

    public Sitting(String name, Round round, String schoolYear, LocalDate startsOn, LocalDate endsOn,
                   Collection<Instrument> instruments, Collection<School> schools, Collection<SchoolClass> classes,
                   String createdBy, Instant createdAt) {
        this.name = name;
        this.round = round;
        this.schoolYear = schoolYear;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.instruments.addAll(instruments);
        this.schools.addAll(schools);
        this.classes.addAll(classes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether {@code schoolClass} takes part: listed itself, or a class of a listed school at a stage assessed. */
    public boolean includes(SchoolClass schoolClass) {
        if (!schoolClass.getSchoolYear().equals(schoolYear)) {
            return false;
        }
        if (classes.stream().anyMatch(c -> c.getId().equals(schoolClass.getId()))) {
            return true;
        }
        return schools.stream().anyMatch(s -> s.getId().equals(schoolClass.getSchool().getId()))
                && instruments.stream().anyMatch(i -> i.appliesTo(schoolClass.getStage()));
    }

    /** The subtasks a class of {@code schoolClass}'s stage takes, instrument by instrument. */
    public List<Subtask> subtasksFor(SchoolClass schoolClass) {
        return instruments.stream().filter(i -> i.appliesTo(schoolClass.getStage()))
                .flatMap(i -> i.getSubtasks().stream()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Round getRound() {
        return round;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<Instrument> getInstruments() {
        return instruments;
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<SchoolClass> getClasses() {
        return classes;
    }
}
