package vn.mtbbe.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The language a class was actually taught a subject in, in a semester, as an officer recorded it. */
@Entity
@Table(name = "class_instruction")
@IdClass(ClassInstruction.Key.class)
@NamedQuery(name = "ClassInstruction.findByClass",
        query = "SELECT i FROM ClassInstruction i WHERE i.classId = :classId")
@NamedQuery(name = "ClassInstruction.findByClasses",
        query = "SELECT i FROM ClassInstruction i WHERE i.classId IN :classIds")
public class ClassInstruction {

    public record Key(Long classId, int semester, String subject) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "class_id")
    private Long classId;
    @Id
    private int semester;
    @Id
    private String subject;
    @Enumerated(EnumType.STRING)
    private InstructionMode mode;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ClassInstruction() {
    }

    public ClassInstruction(Long classId, int semester, String subject, InstructionMode mode, String recordedBy, Instant recordedAt) {
        this.classId = classId;
        this.semester = semester;
        this.subject = subject;
        this.mode = mode;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void record(InstructionMode newMode, String by, Instant at) {
        this.mode = newMode;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getClassId() {
        return classId;
    }

    public int getSemester() {
        return semester;
    }

    public String getSubject() {
        return subject;
    }

    public InstructionMode getMode() {
        return mode;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
