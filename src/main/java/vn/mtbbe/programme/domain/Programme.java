package vn.mtbbe.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An MTBBE programme: a mother tongue and its transition schedule (in versions). */
@Entity
@Table(name = "programme")
@NamedQuery(name = "Programme.findAll", query = "SELECT p FROM Programme p ORDER BY p.motherTongue, p.name")
@NamedQuery(name = "Programme.findByName", query = "SELECT p FROM Programme p WHERE p.name = :name")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "mother_tongue")
    private String motherTongue;
    private String description;
    private boolean demo;

    /** Early-warning thresholds of the programme's classes (a share, e.g. 0.800); null: the application's defaults. */
    @Column(name = "warning_pupil_rate")
    private java.math.BigDecimal warningPupilRate;

    @Column(name = "warning_class_rate")
    private java.math.BigDecimal warningClassRate;
    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String name, String motherTongue, String description) {
        this.name = name;
        this.motherTongue = motherTongue;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public java.math.BigDecimal getWarningPupilRate() {
        return warningPupilRate;
    }

    public java.math.BigDecimal getWarningClassRate() {
        return warningClassRate;
    }

    public void setWarningThresholds(java.math.BigDecimal pupil, java.math.BigDecimal schoolClass) {
        this.warningPupilRate = pupil;
        this.warningClassRate = schoolClass;
    }
}
