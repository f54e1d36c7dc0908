package vn.mtbbe.registry.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import vn.mtbbe.platform.text.TextKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child in the programme. Both name forms are kept: in the mother-tongue script and in Vietnamese form.
 * The search and sort keys are derived from them on every write.
 */
@Entity
@Table(name = "pupil")
@NamedQuery(name = "Pupil.findByCode", query = "SELECT p FROM Pupil p WHERE p.code = :code")
public class Pupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "native_name")
    private String nativeName;

    @Column(name = "vietnamese_name")
    private String vietnameseName;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "ethnicity_code")
    private String ethnicityCode;

    @Column(name = "mother_tongue")
    private String motherTongue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "search_key")
    private String searchKey;

    @Column(name = "sort_key_vi")
    private byte[] sortKeyVi;

    @Column(name = "sort_key_root")
    private byte[] sortKeyRoot;

    /** The cohort the pupil started in. */
    @Column(name = "cohort_id")
    private Long cohortId;

    private boolean demo;

    @Version
    private long version;

    @OneToMany(mappedBy = "pupil", cascade = CascadeType.PERSIST)
    @OrderBy("startDate ASC, id ASC")
    private List<Enrolment> enrolments = new ArrayList<>();

    protected Pupil() {
    }

    public Pupil(String code, String nativeName, String vietnameseName, Sex sex, LocalDate dateOfBirth,
                 String ethnicityCode, String motherTongue, School school) {
        this.code = code;
        this.nativeName = TextKeys.nfc(nativeName);
        this.vietnameseName = TextKeys.nfc(vietnameseName);
        this.sex = sex;
        this.dateOfBirth = dateOfBirth;
        this.ethnicityCode = ethnicityCode;
        this.motherTongue = motherTongue;
        moveTo(school);
    }

    @PrePersist
    @PreUpdate
    void deriveKeys() {
        searchKey = TextKeys.searchKey(vietnameseName, nativeName);
        sortKeyVi = TextKeys.sortKeyVietnamese(vietnameseName);
        sortKeyRoot = TextKeys.sortKeyRoot(vietnameseName);
    }

    /**
     * Enrols the pupil in {@code schoolClass} from {@code start}; the class's school becomes the pupil's.
     * A pupil is in at most one class at a time: the previous enrolment must be closed first.
     */
    public Enrolment enrol(SchoolClass schoolClass, LocalDate start) {
        if (currentEnrolment().isPresent()) {
            throw new IllegalStateException("pupil " + code + " is still enrolled in a class");
        }
        Enrolment enrolment = new Enrolment(this, schoolClass, start);
        enrolments.add(enrolment);
        moveTo(schoolClass.getSchool());
        return enrolment;
    }

    /** The open enrolment, if the pupil is in a class now. */
    public Optional<Enrolment> currentEnrolment() {
        return enrolments.stream().filter(Enrolment::isOpen).findFirst();
    }

    /** The enrolment of the school year {@code year}, the latest if there were several. */
    public Optional<Enrolment> enrolmentIn(String year) {
        Enrolment found = null;
        for (Enrolment e : enrolments) {
            if (e.getSchoolClass().getSchoolYear().equals(year)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Records that the pupil moved to {@code school} (a transfer); the province scope follows. */
    public void transferTo(School newSchool) {
        moveTo(newSchool);
    }

    void moveTo(School newSchool) {
        this.school = newSchool;
        this.provinceCode = newSchool.getProvinceCode();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = TextKeys.nfc(nativeName);
    }

    public String getVietnameseName() {
        return vietnameseName;
    }

    public void setVietnameseName(String vietnameseName) {
        this.vietnameseName = TextKeys.nfc(vietnameseName);
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEthnicityCode() {
        return ethnicityCode;
    }

    public void setEthnicityCode(String ethnicityCode) {
        this.ethnicityCode = ethnicityCode;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public void setMotherTongue(String motherTongue) {
        this.motherTongue = motherTongue;
    }

    public School getSchool() {
        return school;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public long getVersion() {
        return version;
    }

    public List<Enrolment> getEnrolments() {
        return enrolments;
    }
}
