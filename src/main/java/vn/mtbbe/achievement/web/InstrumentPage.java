package vn.mtbbe.achievement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Benchmark;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.achievement.service.InstrumentService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /achievement/instrument.xhtml?id=N}: one instrument version: its subtasks in order, their benchmark bands
 * by stage, and every version of its series. Ministry staff start the next version from it.
 */
@Named
@RequestScoped
public class InstrumentPage {

    /** A subtask as shown: {@code seconds} is the time limit of a timed one, null otherwise. */
    public record SubtaskLine(int position, String skill, String kind, int items, Integer seconds, String sample) {
    }

    /**
     * The bands of one subtask for one stage: below {@code approachingFrom} BELOW, from it APPROACHING, from
     * {@code meetingFrom} MEETING; per minute for a timed subtask ({@code timed}), the score otherwise.
     */
    public record BenchmarkLine(int position, String skill, String stage, BigDecimal approachingFrom,
                                BigDecimal meetingFrom, boolean timed) {
    }

    @Inject
    InstrumentService instruments;

    @Inject
    InstrumentRows rows;

    @Inject
    CurrentUser currentUser;

    private String id;
    private InstrumentRow shown;
    private List<SubtaskLine> subtasks = List.of();
    private List<BenchmarkLine> benchmarks = List.of();
    private List<InstrumentRow> versions = List.of();
    private InstrumentRow latest;

    public void load() {
        Instrument instrument = instruments.get(parseId(id));
        shown = rows.of(instrument);
        List<SubtaskLine> lines = new ArrayList<>();
        List<BenchmarkLine> bands = new ArrayList<>();
        for (Subtask s : instrument.getSubtasks()) {
            boolean timed = s.getKind() == SubtaskKind.TIMED;
            lines.add(new SubtaskLine(s.getPosition(), s.getSkill().name(), s.getKind().name(), s.getItems(),
                    timed ? s.getSeconds() : null, s.getSample()));
            s.getBenchmarks().stream().sorted(Comparator.comparing(Benchmark::getStage)).forEach(b ->
                    bands.add(new BenchmarkLine(s.getPosition(), s.getSkill().name(), b.getStage().name(),
                            b.getApproachingFrom(), b.getMeetingFrom(), timed)));
        }
        subtasks = List.copyOf(lines);
        benchmarks = List.copyOf(bands);
        versions = instruments.list().stream().filter(i -> i.getSeries().equals(instrument.getSeries()))
                .sorted(Comparator.comparingInt(Instrument::getVersion).reversed()).map(rows::of).toList();
        latest = versions.isEmpty() ? shown : versions.get(0);
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw AppException.notFound("error.notFound.instrument", String.valueOf(id));
        }
    }

    /** Ministry staff make new versions; the service checks it again. */
    public boolean isEditable() {
        return currentUser.hasRole(Role.MINISTRY);
    }

    /** Whether a newer version of the series exists than the one shown. */
    public boolean isSuperseded() {
        return latest.version() > shown.version();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InstrumentRow getShown() {
        return shown;
    }

    public InstrumentRow getLatest() {
        return latest;
    }

    public List<SubtaskLine> getSubtasks() {
        return subtasks;
    }

    public List<BenchmarkLine> getBenchmarks() {
        return benchmarks;
    }

    public List<InstrumentRow> getVersions() {
        return versions;
    }
}
