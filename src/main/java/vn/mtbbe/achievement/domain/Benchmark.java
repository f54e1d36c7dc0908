package vn.mtbbe.achievement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.mtbbe.registry.domain.Stage;

import java.math.BigDecimal;

/** The benchmark bands of a subtask for one stage (see {@link Scoring#band}). */
@Embeddable
public class Benchmark {

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Column(name = "approaching_from")
    private BigDecimal approachingFrom;

    @Column(name = "meeting_from")
    private BigDecimal meetingFrom;

    protected Benchmark() {
    }

    public Benchmark(Stage stage, BigDecimal approachingFrom, BigDecimal meetingFrom) {
        this.stage = stage;
        this.approachingFrom = approachingFrom;
        this.meetingFrom = meetingFrom;
    }

    public Stage getStage() {
        return stage;
    }

    public BigDecimal getApproachingFrom() {
        return approachingFrom;
    }

    public BigDecimal getMeetingFrom() {
        return meetingFrom;
    }

    public Scoring.Thresholds thresholds() {
        return new Scoring.Thresholds(approachingFrom.doubleValue(), meetingFrom.doubleValue());
    }
}
