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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import vn.mtbbe.platform.text.TextKeys;

@Entity
@Table(name = "school")
@NamedQuery(name = "School.findByCode", query = "SELECT s FROM School s WHERE s.code = :code")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    @Column(name = "native_name")
    private String nativeName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(name = "province_code")
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private SchoolLevel level;

    @Enumerated(EnumType.STRING)
    private Designation designation;

    @Column(name = "programme_language")
    private String programmeLanguage;

    /** The programme a pilot school teaches (its transition schedule); none for comparison schools. */
    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "name_key")
    private String nameKey;

    private boolean demo;

    @Version
    private long version;

    protected School() {
    }

    public School(String code, String name, District district, SchoolLevel level, Designation designation,
                  String programmeLanguage) {
        this.code = code;
        this.name = name;
        this.district = district;
        this.provinceCode = district.getProvinceCode();
        this.level = level;
        this.designation = designation;
        this.programmeLanguage = programmeLanguage;
    }

    @PrePersist
    @PreUpdate
    void deriveKeys() {
        nameKey = TextKeys.searchKey(name, nativeName);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName;
    }

    public District getDistrict() {
        return district;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public Designation getDesignation() {
        return designation;
    }

    public String getProgrammeLanguage() {
        return programmeLanguage;
    }

    /** A new district (of the same province), designation and programme; the province never changes. */
    public void change(District district, SchoolLevel level, Designation designation, String programmeLanguage,
                       Long programmeId) {
        if (!district.getProvinceCode().equals(provinceCode)) {
            throw new IllegalArgumentException("a school stays in its province");
        }
        this.district = district;
        this.level = level;
        this.designation = designation;
        this.programmeLanguage = programmeLanguage;
        this.programmeId = programmeId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
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
}
