package vn.mtbbe.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A subject of the curriculum; a core subject must have a language of instruction at every stage. */
@Entity
@Table(name = "subject")
@NamedQuery(name = "Subject.findAll", query = "SELECT s FROM Subject s ORDER BY s.sortOrder, s.code")
public class Subject {

    @Id
    private String code;
    private boolean core;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Subject() {
    }

    public Subject(String code, boolean core, int sortOrder) {
        this.code = code;
        this.core = core;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public boolean isCore() {
        return core;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
