package vn.mtbbe.cohort.domain;

import vn.mtbbe.programme.domain.Programme;

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
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Stage;

import java.util.Optional;

/** The pupils who started at a school in the same year (at its entry stage), followed year by year. */
@Entity
@Table(name = "cohort")
@NamedQuery(name = "Cohort.findBySchoolAndYear",
        query = "SELECT c FROM Cohort c WHERE c.school = :school AND c.startYear = :year")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "start_year")
    private int startYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_stage")
    private Stage entryStage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    protected Cohort() {
    }

    public Cohort(School school, int startYear, Stage entryStage, Programme programme) {
        this.school = school;
        this.startYear = startYear;
        this.entryStage = entryStage;
        this.programme = programme;
    }

    /** The stage a school's cohorts start at: preschool where the school teaches preschool, grade 1 otherwise. */
    public static Stage entryStage(SchoolLevel level) {
        return level == SchoolLevel.PRIMARY ? Stage.GRADE_1 : Stage.PRESCHOOL_5;
    }

    /**
     * The year in which the cohort of a class started: as many years before the class's school year
     * ({@code classYear}, its first calendar year) as the class's stage lies above the school's entry stage.
     */
    public static int startYearOf(SchoolLevel level, int classYear, Stage stage) {
        return classYear - Math.max(0, stage.ordinal() - entryStage(level).ordinal());
    }

    /** The stage the cohort reaches in the school year starting {@code year} if nobody repeats. */
    public Stage plannedStage(int year) {
        int index = entryStage.ordinal() + (year - startYear);
        Stage[] stages = Stage.values();
        return stages[Math.max(0, Math.min(stages.length - 1, index))];
    }

    /**
     * The stage the cohort is in during the school year starting {@code year} if nobody repeats; empty
     * before it started and after its last year (grade 5).
     */
    public Optional<Stage> stageIn(int year) {
        int index = entryStage.ordinal() + (year - startYear);
        return year < startYear || index >= Stage.values().length ? Optional.empty() : Optional.of(Stage.values()[index]);
    }

    /** Whether the cohort's last year (grade 5) ended before the school year starting {@code year}. */
    public boolean finishedBefore(int year) {
        return entryStage.ordinal() + (year - startYear) >= Stage.values().length;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public int getStartYear() {
        return startYear;
    }

    public Stage getEntryStage() {
        return entryStage;
    }

    public Programme getProgramme() {
        return programme;
    }
}
