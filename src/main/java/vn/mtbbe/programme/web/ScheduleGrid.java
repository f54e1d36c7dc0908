package vn.mtbbe.programme.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.Subject;
import vn.mtbbe.registry.domain.Stage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A transition schedule as the schedule pages draw it, in the reader's language: one row per subject with a
 * cell per stage (split in two where the semesters differ), and per stage how far teaching has moved to
 * Vietnamese and, in plain sentences, which subjects change language there. Built from the domain's
 * {@link Schedule}, which holds the rules; this class only arranges and words them.
 */
public final class ScheduleGrid implements Serializable {

    /** One cell: the mode (an {@link InstructionMode} name, null when not taught) in semester 1 and 2. */
    public record Cell(String stage, String subject, String first, String second, boolean split, boolean notTaught)
            implements Serializable {

        static Cell of(Stage stage, String subject, InstructionMode first, InstructionMode second) {
            return new Cell(stage.name(), subject, name(first), name(second), !Objects.equals(first, second),
                    first == null && second == null);
        }
    }

    /** A subject of the curriculum, in the curriculum's order: its code, its name for the reader, whether core. */
    public record SubjectName(String code, String name, boolean core) implements Serializable {

        /** The subjects named in the reader's language by {@code name}. */
        public static List<SubjectName> of(List<Subject> subjects, Function<String, String> name) {
            return subjects.stream().map(s -> new SubjectName(s.getCode(), name.apply(s.getCode()), s.isCore())).toList();
        }
    }

    /** One subject: its code, its name in the reader's language, whether it is a core subject, and its cells. */
    public record Row(String subject, String name, boolean core, List<Cell> cells) implements Serializable {
    }

    /**
     * One stage of the transition: the subjects taught there in the second semester by mode, the share taught
     * (at least partly) in Vietnamese, whether it is a switching stage (some subject switches language there), and
     * the sentences saying which subjects switch language, or start or stop being taught, at this stage.
     * The bar widths are percentages of the subjects taught, for the stacked bar.
     */
    public record Step(String stage, int motherTongue, int bilingual, int vietnamese, int taught, double share,
                         boolean switching, List<String> sentences) implements Serializable {

        public double getMotherTongueWidth() {
            return width(motherTongue);
        }

        public double getBilingualWidth() {
            return width(bilingual);
        }

        public double getVietnameseWidth() {
            return width(vietnamese);
        }

        private double width(int count) {
            return taught == 0 ? 0 : 100.0 * count / taught;
        }
    }

    private final List<String> stages;
    private final List<Row> rows;
    private final List<Step> transition;

    private ScheduleGrid(List<String> stages, List<Row> rows, List<Step> transition) {
        this.stages = stages;
        this.rows = rows;
        this.transition = transition;
    }

    /**
     * Arranges {@code schedule} for the reader: subjects in the curriculum's order, as named in {@code
     * subjects} (in the reader's language), sentences worded in {@code locale}.
     */
    public static ScheduleGrid of(Schedule schedule, List<SubjectName> subjects, ULocale locale) {
        List<String> codes = subjects.stream().map(SubjectName::code).toList();
        Map<String, String> byCode = new LinkedHashMap<>();
        subjects.forEach(s -> byCode.put(s.code(), s.name()));
        Function<String, String> subjectName = code -> byCode.getOrDefault(code, code);
        List<Row> rows = new ArrayList<>();
        for (SubjectName subject : subjects) {
            List<Cell> cells = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                cells.add(Cell.of(stage, subject.code(), schedule.mode(stage, 1, subject.code()).orElse(null),
                        schedule.mode(stage, 2, subject.code()).orElse(null)));
            }
            rows.add(new Row(subject.code(), subject.name(), subject.core(), List.copyOf(cells)));
        }
        Map<Stage, Double> shares = schedule.vietnameseShare(codes);
        List<Step> transition = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Map<InstructionMode, Integer> counts = new EnumMap<>(InstructionMode.class);
            for (String code : codes) {
                schedule.mode(stage, 2, code).ifPresent(m -> counts.merge(m, 1, Integer::sum));
            }
            int taught = counts.values().stream().mapToInt(Integer::intValue).sum();
            List<String> sentences = sentences(schedule, stage, codes, subjectName, locale);
            transition.add(new Step(stage.name(), counts.getOrDefault(InstructionMode.MOTHER_TONGUE, 0),
                    counts.getOrDefault(InstructionMode.BILINGUAL, 0), counts.getOrDefault(InstructionMode.VIETNAMESE, 0),
                    taught, shares.get(stage), schedule.isSwitchingStage(stage, codes), List.copyOf(sentences)));
        }
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::name).toList();
        return new ScheduleGrid(stages, List.copyOf(rows), List.copyOf(transition));
    }

    /**
     * The changes at {@code stage} in words, one sentence per kind of change and language, e.g. "Grade 3:
     * Mathematics and Nature and science switch to Vietnamese." Each step of a subject's year is told: from the
     * previous stage to semester 1 (a change at the start of the year; none at the first stage) and from semester
     * 1 to 2 (mid-year). A step is a switch, a start or a stop as {@link Schedule.Change} defines them.
     */
    static List<String> sentences(Schedule schedule, Stage stage, Collection<String> subjects,
                                  Function<String, String> subjectName, ULocale locale) {
        Optional<Stage> previous = previous(stage);
        // Kind of change and the mode it leads to ("none" for a stop) -> subject codes, in the curriculum's order.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String subject : subjects) {
            InstructionMode first = schedule.mode(stage, 1, subject).orElse(null);
            InstructionMode second = schedule.mode(stage, 2, subject).orElse(null);
            if (previous.isPresent()) {
                InstructionMode before = schedule.mode(previous.get(), 2, subject).orElse(null);
                Kind.of(false, before, first).ifPresent(kind -> group(groups, kind, first, subject));
            }
            Kind.of(true, first, second).ifPresent(kind -> group(groups, kind, second, subject));
        }
        Collator collator = TextKeys.collator(locale);
        List<String> sentences = new ArrayList<>();
        String stageName = Messages.format(locale, "stage." + stage.name());
        for (Map.Entry<String, List<String>> group : orderedGroups(groups)) {
            String[] kindAndMode = group.getKey().split("/");
            List<String> names = group.getValue().stream().map(subjectName).sorted(collator).toList();
            String list = ListFormatter.getInstance(locale).format(names);
            String mode = "none".equals(kindAndMode[1]) ? "" : Messages.format(locale, "schedule.switch.mode." + kindAndMode[1]);
            sentences.add(Messages.format(locale, Kind.valueOf(kindAndMode[0]).key, Map.of("stage", stageName,
                    "subjects", list, "count", names.size(), "mode", mode)));
        }
        return sentences;
    }

    /** A kind of change told in a sentence, in the order sentences come: start of the year first, then mid-year. */
    private enum Kind {
        SWITCHES_AT_START("schedule.switch.year"), STARTS_AT_START("schedule.switch.startsYear"),
        STOPS_AT_START("schedule.switch.stopsYear"), SWITCHES_MID_YEAR("schedule.switch.midYear"),
        STARTS_MID_YEAR("schedule.switch.startsMidYear"), STOPS_MID_YEAR("schedule.switch.stops");

        final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The change of one step from {@code from} to {@code to} (null where not taught); empty when none. */
        static Optional<Kind> of(boolean midYear, InstructionMode from, InstructionMode to) {
            if (from != null && to != null && from != to) {
                return Optional.of(midYear ? SWITCHES_MID_YEAR : SWITCHES_AT_START);
            }
            if (from == null && to != null) {
                return Optional.of(midYear ? STARTS_MID_YEAR : STARTS_AT_START);
            }
            if (from != null && to == null) {
                return Optional.of(midYear ? STOPS_MID_YEAR : STOPS_AT_START);
            }
            return Optional.empty();
        }
    }

    private static void group(Map<String, List<String>> groups, Kind kind, InstructionMode mode, String subject) {
        groups.computeIfAbsent(kind.name() + "/" + (mode == null ? "none" : mode.name()), k -> new ArrayList<>()).add(subject);
    }

    /** By kind of change (start of the year first, then mid-year); within each, towards Vietnamese last. */
    private static List<Map.Entry<String, List<String>>> orderedGroups(Map<String, List<String>> groups) {
        List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<String, List<String>> e) -> Kind.valueOf(e.getKey().split("/")[0]))
                .thenComparing(e -> rank(e.getKey().split("/")[1])));
        return ordered;
    }

    private static int rank(String mode) {
        return "none".equals(mode) ? 3 : InstructionMode.valueOf(mode).ordinal();
    }

    private static Optional<Stage> previous(Stage stage) {
        return stage.ordinal() == 0 ? Optional.empty() : Optional.of(Stage.values()[stage.ordinal() - 1]);
    }

    private static String name(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }

    public List<String> getStages() {
        return stages;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Step> getTransition() {
        return transition;
    }

    /**
     * The stages where some subject switches language (by {@link Schedule#isSwitchingStage}), for the headings of
     * the grid; a subject only starting or stopping does not mark its stage.
     */
    public boolean isSwitching(String stage) {
        return transition.stream().anyMatch(t -> t.stage().equals(stage) && t.switching());
    }

    /** Whether any stage is a switching stage. */
    public boolean isAnySwitch() {
        return transition.stream().anyMatch(Step::switching);
    }

    /** Whether anything changes at any stage, a start or stop included (else the page says the schedule keeps one language). */
    public boolean isAnyChange() {
        return transition.stream().anyMatch(t -> !t.sentences().isEmpty());
    }
}
