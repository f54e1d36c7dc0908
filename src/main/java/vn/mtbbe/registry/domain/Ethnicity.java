package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "ethnicity")
@NamedQuery(name = "Ethnicity.findAll", query = "SELECT e FROM Ethnicity e ORDER BY e.code")
public class Ethnicity {

    @Id
    private String code;
    private String name;
    private boolean majority;
    @Column(name = "language_code")
    private String languageCode;

    protected Ethnicity() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isMajority() {
        return majority;
    }

    public String getLanguageCode() {
        return languageCode;
    }
}
