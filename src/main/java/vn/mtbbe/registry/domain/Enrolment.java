package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/** A pupil's time in one class, from the day they joined to the outcome that closed it. */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.linesInClassBetween", query = "SELECT p.id, p.code, p.nativeName, p.vietnameseName, p.sex, "
        + "e.startDate, e.endDate, p.motherTongue FROM Enrolment e JOIN e.pupil p "
        + "WHERE e.schoolClass.id = :classId AND e.startDate <= :last AND (e.endDate IS NULL OR e.endDate >= :first)")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_school_id")
    private School transferSchool;

    /** Two writers closing the same enrolment (two rollovers, a rollover and a departure): the second fails. */
    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Pupil pupil, SchoolClass schoolClass, LocalDate startDate) {
        this.pupil = Objects.requireNonNull(pupil);
        this.schoolClass = Objects.requireNonNull(schoolClass);
        this.startDate = Objects.requireNonNull(startDate);
    }

    /** Closes the enrolment on {@code date} with {@code outcome}. */
    public void close(Outcome outcome, LocalDate date) {
        if (this.outcome != null) {
            throw new IllegalStateException("enrolment already closed");
        }
        if (date.isBefore(startDate)) {
            throw new IllegalArgumentException("outcome before the enrolment started");
        }
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeDate = date;
        this.endDate = date;
    }

    /** Whether the pupil belonged to the class on {@code date}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Long getId() {
        return id;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    /** Closes the enrolment as a transfer to {@code school} (null when the school is not known). */
    public void closeAsTransfer(LocalDate date, School school) {
        close(Outcome.TRANSFERRED, date);
        this.transferSchool = school;
    }

    public School getTransferSchool() {
        return transferSchool;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
