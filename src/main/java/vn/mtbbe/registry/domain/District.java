package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "district")
@NamedQuery(name = "District.findByCode", query = "SELECT d FROM District d WHERE d.code = :code")
@NamedQuery(name = "District.findByProvinceAndName",
        query = "SELECT d FROM District d WHERE d.provinceCode = :province AND d.name = :name")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_code")
    private String provinceCode;
    private String code;
    private String name;

    protected District() {
    }

    public District(String provinceCode, String code, String name) {
        this.provinceCode = provinceCode;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCode() {
        return code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
