package vn.mtbbe.achievement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import vn.mtbbe.registry.domain.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One version of an assessment instrument in one language. Never changed once saved: a change is a new version of
 * the same series, so results entered against this version's subtasks keep their meaning.
 */
@Entity
@Table(name = "instrument")
// The list pages and the API read every version's subtasks and benchmarks: fetched in two batches, not per row.
@NamedQuery(name = "Instrument.findAll", query = "SELECT i FROM Instrument i ORDER BY i.series, i.version DESC",
        hints = {@QueryHint(name = "eclipselink.batch", value = "i.subtasks"),
                 @QueryHint(name = "eclipselink.batch", value = "i.subtasks.benchmarks"),
                 @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = "Instrument.latestVersion", query = "SELECT MAX(i.version) FROM Instrument i WHERE i.series = :series")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String series;

    private int version;

    private String name;

    @Enumerated(EnumType.STRING)
    private Area area;

    @Column(name = "language_code")
    private String languageCode;

    private String stages;

    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Subtask> subtasks = new ArrayList<>();

    protected Instrument() {
    }

    public Instrument(String series, int version, String name, Area area, String languageCode, List<Stage> stages,
                      String createdBy, Instant createdAt) {
        this.series = series;
        this.version = version;
        this.name = name;
        this.area = area;
        this.languageCode = languageCode;
        this.stages = stages.stream().sorted().map(Stage::name).collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSeries() {
        return series;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Area getArea() {
        return area;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public List<Stage> getStages() {
        return stages == null || stages.isEmpty() ? List.of()
                : Arrays.stream(stages.split(",")).map(Stage::valueOf).toList();
    }

    public boolean appliesTo(Stage stage) {
        return getStages().contains(stage);
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Subtask> getSubtasks() {
        return subtasks;
    }
}
