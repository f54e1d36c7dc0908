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

/** A class of one school in one school year at one stage, e.g. grade 1 "1A" of 2025-2026. */
@Entity
@Table(name = "school_class")
@NamedQuery(name = "SchoolClass.findBySchoolYearName",
        query = "SELECT c FROM SchoolClass c WHERE c.school = :school AND c.schoolYear = :year AND c.name = :name")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "school_year")
    private String schoolYear;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String name;

    @Column(name = "programme_language")
    private String programmeLanguage;

    @Column(name = "teacher_names")
    private String teacherNames;

    /** The cohort most of the class belongs to (pilot and comparison classes alike), when known. */
    @Column(name = "cohort_id")
    private Long cohortId;

    /** The day the class was closed, or null while it is open. */
    @Column(name = "closed_on")
    private java.time.LocalDate closedOn;

    @Version
    private long version;

    protected SchoolClass() {
    }

    public SchoolClass(School school, String schoolYear, Stage stage, String name, String programmeLanguage) {
        this.school = school;
        this.schoolYear = schoolYear;
        this.stage = stage;
        this.name = name;
        this.programmeLanguage = programmeLanguage;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public Stage getStage() {
        return stage;
    }

    public String getName() {
        return name;
    }

    public String getProgrammeLanguage() {
        return programmeLanguage;
    }

    public String getTeacherNames() {
        return teacherNames;
    }

    public void setTeacherNames(String teacherNames) {
        this.teacherNames = teacherNames;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public void setName(String name) {
        this.name = name;
    }

    public java.time.LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public void close(java.time.LocalDate day) {
        this.closedOn = day;
    }

    public long getVersion() {
        return version;
    }
}
