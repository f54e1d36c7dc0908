package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A language of instruction or mother tongue: vi, hmn, km, jra, or any added as data. */
@Entity
@Table(name = "language")
@NamedQuery(name = "Language.findAll", query = "SELECT l FROM Language l ORDER BY l.sortOrder, l.code")
public class Language {

    @Id
    private String code;
    /** The language's own name (autonym). */
    private String name;
    private String script;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Language() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getScript() {
        return script;
    }
}
