package vn.mtbbe.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * The name of a province, language, ethnic group, subject or programme (its id as the code) in one reader's language.
 */
@Entity
@Table(name = "ref_name")
@IdClass(RefName.Key.class)
@NamedQuery(name = "RefName.findByKindAndLocale",
        query = "SELECT r FROM RefName r WHERE r.kind = :kind AND r.locale = :locale")
public class RefName {

    public enum Kind { PROVINCE, LANGUAGE, ETHNICITY, SUBJECT, PROGRAMME }

    public record Key(String kind, String code, String locale) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private String kind;
    @Id
    private String code;
    @Id
    private String locale;
    private String name;

    protected RefName() {
    }

    public RefName(Kind kind, String code, String locale, String name) {
        this.kind = kind.name();
        this.code = code;
        this.locale = locale;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
