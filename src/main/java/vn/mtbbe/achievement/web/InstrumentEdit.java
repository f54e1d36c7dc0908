package vn.mtbbe.achievement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Benchmark;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.achievement.service.InstrumentService;
import vn.mtbbe.achievement.service.InstrumentService.BenchmarkInput;
import vn.mtbbe.achievement.service.InstrumentService.InstrumentInput;
import vn.mtbbe.achievement.service.InstrumentService.SubtaskInput;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ReferenceData;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /achievement/instrument-edit.xhtml[?from=N]}: ministry staff define an instrument, or (from version N) the
 * next version of its series, prefilled from N. Name, area, language, stages, then the subtasks in order (added,
 * removed and moved on the form), each with its benchmark bands for every chosen stage. Saving calls the service once;
 * when it refuses, each reason is shown at its input and everything typed stays on the form.
 */
@Named
@ViewScoped
public class InstrumentEdit implements Serializable {

    static final String FORM = "instrumentForm";
    private static final Pattern SUBTASK_FIELD = Pattern.compile("subtasks\\[(\\d+)]\\.(\\w+)");
    private static final Pattern BENCHMARK_FIELD = Pattern.compile("subtasks\\[(\\d+)]\\.benchmarks\\[(\\d+)](?:\\.(\\w+))?");
    private static final Set<String> SUBTASK_INPUTS = Set.of("skill", "kind", "items", "seconds", "sample");

    @Inject
    InstrumentService instruments;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    PageFeedback feedback;

    private String from;
    /** The version this one starts from (a new version of its series), or null for a new instrument. */
    private Integer basedOnVersion;
    private Integer nextVersion;
    private String series;
    private String basedOnName;
    private String name;
    private String area;
    private String language;
    private List<String> stages = new ArrayList<>();
    private final List<SubtaskRow> subtasks = new ArrayList<>();
    private List<Choice> languages = List.of();

    public void load() {
        languages = reference.languages(userLocale.current()).stream().map(l -> new Choice(l.code(), l.name())).toList();
        if (from == null || from.isBlank()) {
            subtasks.add(new SubtaskRow());
        } else {
            Instrument base = instruments.get(InstrumentPage.parseId(from));
            series = base.getSeries();
            basedOnVersion = base.getVersion();
            basedOnName = base.getName();
            nextVersion = instruments.list().stream().filter(i -> i.getSeries().equals(series))
                    .mapToInt(Instrument::getVersion).max().orElse(basedOnVersion) + 1;
            name = base.getName();
            area = base.getArea().name();
            language = base.getLanguageCode();
            stages = new ArrayList<>(base.getStages().stream().map(Stage::name).toList());
            for (Subtask s : base.getSubtasks()) {
                subtasks.add(SubtaskRow.of(s));
            }
        }
        showStages();
    }

    // --- changes on the form (nothing is saved) ------------------------------------------------------------------

    /** Another area: skills of the other area no longer apply. */
    public void areaChanged() {
        Set<String> allowed = Set.copyOf(getSkills());
        subtasks.stream().filter(s -> s.skill != null && !allowed.contains(s.skill)).forEach(s -> s.skill = null);
    }

    /** Other stages: each subtask shows a benchmark pair per chosen stage (what was typed for a stage is kept). */
    public void showStages() {
        stages = new ArrayList<>(stages.stream().distinct().sorted(Comparator.comparing(Stage::valueOf)).toList());
        subtasks.forEach(s -> s.show(stages));
    }

    public void addSubtask() {
        SubtaskRow row = new SubtaskRow();
        row.show(stages);
        subtasks.add(row);
    }

    public void remove(SubtaskRow row) {
        subtasks.remove(row);
    }

    public void moveUp(SubtaskRow row) {
        int at = subtasks.indexOf(row);
        if (at > 0) {
            Collections.swap(subtasks, at, at - 1);
        }
    }

    public void moveDown(SubtaskRow row) {
        int at = subtasks.indexOf(row);
        if (at >= 0 && at < subtasks.size() - 1) {
            Collections.swap(subtasks, at, at + 1);
        }
    }

    // --- saving ---------------------------------------------------------------------------------------------------

    public String save() {
        // For each subtask, the stages of the benchmarks sent, in order: the service names them by that index.
        List<List<String>> sent = new ArrayList<>();
        Instrument saved;
        try {
            saved = instruments.create(input(sent));
        } catch (ValidationException e) {
            refused(e, sent);
            return null;
        }
        feedback.doneFormatted("achievement.edit.saved", saved.getVersion(), saved.getName());
        return "/achievement/instrument?faces-redirect=true&id=" + saved.getId();
    }

    /** The form as the service's input. A stage whose two thresholds are both empty has no benchmark. */
    InstrumentInput input(List<List<String>> sent) {
        List<SubtaskInput> list = new ArrayList<>();
        for (SubtaskRow row : subtasks) {
            List<BenchmarkInput> benchmarks = new ArrayList<>();
            List<String> stagesSent = new ArrayList<>();
            for (BenchmarkRow b : row.benchmarks) {
                if (b.approachingFrom != null || b.meetingFrom != null) {
                    benchmarks.add(new BenchmarkInput(b.stage, b.approachingFrom, b.meetingFrom));
                    stagesSent.add(b.stage);
                }
            }
            sent.add(stagesSent);
            list.add(new SubtaskInput(row.skill, row.kind, row.items, row.isTimed() ? row.seconds : null, row.sample,
                    benchmarks));
        }
        return new InstrumentInput(series, name, area, language, List.copyOf(stages), list);
    }

    /** Each reason at its input (translated), the count at the top; the form keeps what was typed. */
    private void refused(ValidationException e, List<List<String>> sent) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : e.fieldErrors()) {
            String text = msg.formatNamed(error.messageKey(), error.args());
            faces.addMessage(clientId(error.field(), sent), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                msg.format(e.detailKey(), e.fieldErrors().size()), ""));
        faces.validationFailed();
    }

    /**
     * The client id of the input a service field names ({@code subtasks[0].benchmarks[1].meetingFrom} is the meeting
     * threshold of the first subtask for the second stage sent), or null (the top of the page) for none.
     */
    String clientId(String field, List<List<String>> sent) {
        switch (field) {
            case "name", "series" -> {
                return FORM + ":name";
            }
            case "area", "language", "stages" -> {
                return FORM + ":" + field;
            }
            case "subtasks" -> {
                return FORM + ":addSubtask";
            }
            default -> {
                // handled below
            }
        }
        if (field.startsWith("stages[")) {
            return FORM + ":stages";
        }
        Matcher b = BENCHMARK_FIELD.matcher(field);
        if (b.matches()) {
            int i = Integer.parseInt(b.group(1));
            int j = Integer.parseInt(b.group(2));
            if (i >= subtasks.size() || i >= sent.size() || j >= sent.get(i).size()) {
                return null;
            }
            int k = subtasks.get(i).stageIndex(sent.get(i).get(j));
            String input = "approachingFrom".equals(b.group(3)) ? "approachingFrom" : "meetingFrom";
            return k < 0 ? null : FORM + ":subtasks:" + i + ":benchmarks:" + k + ":" + input;
        }
        Matcher s = SUBTASK_FIELD.matcher(field);
        if (s.matches() && SUBTASK_INPUTS.contains(s.group(2))) {
            int i = Integer.parseInt(s.group(1));
            if (i >= subtasks.size()) {
                return null;
            }
            // The seconds of an untimed subtask have no input: the reason concerns its kind.
            String input = "seconds".equals(s.group(2)) && !subtasks.get(i).isTimed() ? "kind" : s.group(2);
            return FORM + ":subtasks:" + i + ":" + input;
        }
        return null;
    }

    // --- choices ----------------------------------------------------------------------------------------------------

    public List<String> getAreas() {
        return Arrays.stream(Area.values()).map(Area::name).toList();
    }

    /** The skills of the chosen area (all while none is chosen). */
    public List<String> getSkills() {
        Area chosen = area == null || area.isBlank() ? null : Area.valueOf(area);
        return Arrays.stream(Skill.values()).filter(s -> chosen == null || s.area() == chosen).map(Skill::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(SubtaskKind.values()).map(SubtaskKind::name).toList();
    }

    public List<String> getStageChoices() {
        return Arrays.stream(Stage.values()).map(Stage::name).toList();
    }

    public List<Choice> getLanguages() {
        return languages;
    }

    // --- state ------------------------------------------------------------------------------------------------------

    /** Whether this is the next version of an existing series (area and language are then kept). */
    public boolean isNewVersion() {
        return basedOnVersion != null;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Integer getBasedOnVersion() {
        return basedOnVersion;
    }

    public Integer getNextVersion() {
        return nextVersion;
    }

    public String getBasedOnName() {
        return basedOnName;
    }

    public String getSeries() {
        return series;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The language tag for the samples' {@code lang} attribute, or null while none is chosen. */
    public String getSampleLanguage() {
        return language == null || language.isBlank() ? null : language;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : new ArrayList<>(stages);
    }

    public List<SubtaskRow> getSubtasks() {
        return subtasks;
    }

    // --- rows -------------------------------------------------------------------------------------------------------

    /** A subtask on the form, with its benchmark pairs for the chosen stages (and those typed for others, kept). */
    public static class SubtaskRow implements Serializable {
        private String skill;
        private String kind;
        private Integer items;
        private Integer seconds;
        private String sample;
        private final Map<String, BenchmarkRow> byStage = new HashMap<>();
        private List<BenchmarkRow> benchmarks = new ArrayList<>();

        static SubtaskRow of(Subtask s) {
            SubtaskRow row = new SubtaskRow();
            row.skill = s.getSkill().name();
            row.kind = s.getKind().name();
            row.items = s.getItems();
            row.seconds = s.getSeconds();
            row.sample = s.getSample();
            for (Benchmark b : s.getBenchmarks()) {
                BenchmarkRow pair = new BenchmarkRow(b.getStage().name());
                pair.approachingFrom = plain(b.getApproachingFrom());
                pair.meetingFrom = plain(b.getMeetingFrom());
                row.byStage.put(pair.stage, pair);
            }
            return row;
        }

        /** 20.00 as 20 and 12.50 as 12.5, as one would type them. */
        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        void show(List<String> stages) {
            benchmarks = new ArrayList<>(stages.stream().map(s -> byStage.computeIfAbsent(s, BenchmarkRow::new)).toList());
        }

        int stageIndex(String stage) {
            for (int k = 0; k < benchmarks.size(); k++) {
                if (benchmarks.get(k).stage.equals(stage)) {
                    return k;
                }
            }
            return -1;
        }

        public boolean isTimed() {
            return SubtaskKind.TIMED.name().equals(kind);
        }

        public List<BenchmarkRow> getBenchmarks() {
            return benchmarks;
        }

        public String getSkill() {
            return skill;
        }

        public void setSkill(String skill) {
            this.skill = skill;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Integer getItems() {
            return items;
        }

        public void setItems(Integer items) {
            this.items = items;
        }

        public Integer getSeconds() {
            return seconds;
        }

        public void setSeconds(Integer seconds) {
            this.seconds = seconds;
        }

        public String getSample() {
            return sample;
        }

        public void setSample(String sample) {
            this.sample = sample;
        }
    }

    /** The two thresholds of a subtask for one stage; both empty: no benchmark for that stage. */
    public static class BenchmarkRow implements Serializable {
        private final String stage;
        private BigDecimal approachingFrom;
        private BigDecimal meetingFrom;

        BenchmarkRow(String stage) {
            this.stage = stage;
        }

        public String getStage() {
            return stage;
        }

        public BigDecimal getApproachingFrom() {
            return approachingFrom;
        }

        public void setApproachingFrom(BigDecimal approachingFrom) {
            this.approachingFrom = approachingFrom;
        }

        public BigDecimal getMeetingFrom() {
            return meetingFrom;
        }

        public void setMeetingFrom(BigDecimal meetingFrom) {
            this.meetingFrom = meetingFrom;
        }
    }
}
