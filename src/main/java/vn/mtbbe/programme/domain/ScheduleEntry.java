package vn.mtbbe.programme.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.mtbbe.registry.domain.Stage;

import java.util.Objects;

/**
 * One cell of a transition schedule: at {@code stage} (in {@code semester}, or 0 for the whole year)
 * {@code subject} is taught in {@code mode}.
 */
@Embeddable
public class ScheduleEntry {

    public static final int WHOLE_YEAR = 0;

    @Enumerated(EnumType.STRING)
    private Stage stage;
    private int semester;
    private String subject;
    @Enumerated(EnumType.STRING)
    private InstructionMode mode;

    protected ScheduleEntry() {
    }

    public ScheduleEntry(Stage stage, int semester, String subject, InstructionMode mode) {
        this.stage = Objects.requireNonNull(stage);
        this.semester = semester;
        this.subject = Objects.requireNonNull(subject);
        this.mode = Objects.requireNonNull(mode);
    }

    public static ScheduleEntry wholeYear(Stage stage, String subject, InstructionMode mode) {
        return new ScheduleEntry(stage, WHOLE_YEAR, subject, mode);
    }

    public Stage getStage() {
        return stage;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleEntry e && e.stage == stage && e.semester == semester
                && e.subject.equals(subject) && e.mode == mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, semester, subject, mode);
    }
}
