package vn.mtbbe.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "province")
@NamedQuery(name = "Province.findAll", query = "SELECT p FROM Province p ORDER BY p.code")
public class Province {

    @Id
    private String code;
    private String name;
    private boolean demo;

    protected Province() {
    }

    public Province(String code, String name, boolean demo) {
        this.code = code;
        this.name = name;
        this.demo = demo;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isDemo() {
        return demo;
    }
}
