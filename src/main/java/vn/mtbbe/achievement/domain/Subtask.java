package vn.mtbbe.achievement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A subtask of an instrument version: what it measures, how it is scored, and its benchmarks per stage. */
@Entity
@Table(name = "subtask")
public class Subtask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    private int position;

    @Enumerated(EnumType.STRING)
    private Skill skill;

    @Enumerated(EnumType.STRING)
    private SubtaskKind kind;

    private int items;

    private Integer seconds;

    private String sample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "benchmark", joinColumns = @JoinColumn(name = "subtask_id"))
    private List<Benchmark> benchmarks = new ArrayList<>();

    protected Subtask() {
    }

    public Subtask(Instrument instrument, int position, Skill skill, SubtaskKind kind, int items, Integer seconds,
                   String sample, List<Benchmark> benchmarks) {
        this.instrument = instrument;
        this.position = position;
        this.skill = skill;
        this.kind = kind;
        this.items = items;
        this.seconds = seconds;
        this.sample = sample;
        this.benchmarks.addAll(benchmarks);
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getPosition() {
        return position;
    }

    public Skill getSkill() {
        return skill;
    }

    public SubtaskKind getKind() {
        return kind;
    }

    public int getItems() {
        return items;
    }

    public Integer getSeconds() {
        return seconds;
    }

    public String getSample() {
        return sample;
    }

    public List<Benchmark> getBenchmarks() {
        return benchmarks;
    }

    public Scoring.Spec spec() {
        Map<Stage, Scoring.Thresholds> bands = new EnumMap<>(Stage.class);
        benchmarks.forEach(b -> bands.put(b.getStage(), b.thresholds()));
        return new Scoring.Spec(id, skill, kind, items, seconds, bands);
    }
}
