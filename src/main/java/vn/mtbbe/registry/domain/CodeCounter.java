package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next number of a series of codes handed out by the server, e.g. pupil codes of one province. */
@Entity
@Table(name = "code_counter")
public class CodeCounter {

    @Id
    private String prefix;

    @Column(name = "next_value")
    private long nextValue;

    protected CodeCounter() {
    }

    public CodeCounter(String prefix, long nextValue) {
        this.prefix = prefix;
        this.nextValue = nextValue;
    }

    /** Takes {@code count} consecutive numbers and returns the first. */
    public long take(int count) {
        long first = nextValue;
        nextValue += count;
        return first;
    }
}
