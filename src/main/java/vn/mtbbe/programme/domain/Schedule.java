package vn.mtbbe.programme.domain;

import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A transition schedule as a value: which language each subject is taught in at each stage, with
 * semester entries where the language changes mid-year. The rules of a valid schedule live here.
 */
public final class Schedule {

    private final List<ScheduleEntry> entries;

    public Schedule(Collection<ScheduleEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<ScheduleEntry> entries() {
        return entries;
    }

    /**
     * The mode of {@code subject} at {@code stage} in {@code semester} (1 or 2): a semester entry wins
     * over a whole-year entry. Empty when the subject is not taught.
     */
    public Optional<InstructionMode> mode(Stage stage, int semester, String subject) {
        InstructionMode wholeYear = null;
        for (ScheduleEntry e : entries) {
            if (e.getStage() == stage && e.getSubject().equals(subject)) {
                if (e.getSemester() == semester) {
                    return Optional.of(e.getMode());
                }
                if (e.getSemester() == ScheduleEntry.WHOLE_YEAR) {
                    wholeYear = e.getMode();
                }
            }
        }
        return Optional.ofNullable(wholeYear);
    }

    /** The modes of every subject at {@code stage}, by semester 1 and 2. */
    public Map<String, List<InstructionMode>> atStage(Stage stage, Collection<String> subjects) {
        Map<String, List<InstructionMode>> modes = new LinkedHashMap<>();
        for (String subject : subjects) {
            List<InstructionMode> bySemester = new ArrayList<>(2);
            bySemester.add(mode(stage, 1, subject).orElse(null));
            bySemester.add(mode(stage, 2, subject).orElse(null));
            modes.put(subject, bySemester);
        }
        return modes;
    }

    /** A broken rule of a schedule: the stage and subject it concerns and the bundle key saying why. */
    public record Problem(Stage stage, String subject, String messageKey) {
    }

    /**
     * What is wrong with this schedule: a core subject without a language at some stage or semester,
     * two entries for the same cell, a whole-year entry beside semester entries, a semester other than 0–2.
     */
    public List<Problem> problems(Collection<String> coreSubjects) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ScheduleEntry e : entries) {
            if (e.getSemester() < 0 || e.getSemester() > 2) {
                problems.add(new Problem(e.getStage(), e.getSubject(), "validation.schedule.semester"));
            }
            if (!seen.add(e.getStage() + "/" + e.getSemester() + "/" + e.getSubject())) {
                problems.add(new Problem(e.getStage(), e.getSubject(), "validation.schedule.duplicate"));
            }
        }
        for (ScheduleEntry e : entries) {
            if (e.getSemester() == ScheduleEntry.WHOLE_YEAR && entries.stream().anyMatch(o -> o.getStage() == e.getStage()
                    && o.getSubject().equals(e.getSubject()) && o.getSemester() != ScheduleEntry.WHOLE_YEAR)) {
                problems.add(new Problem(e.getStage(), e.getSubject(), "validation.schedule.yearAndSemester"));
            }
        }
        for (Stage stage : Stage.values()) {
            for (String subject : coreSubjects) {
                if (mode(stage, 1, subject).isEmpty() || mode(stage, 2, subject).isEmpty()) {
                    problems.add(new Problem(stage, subject, "validation.schedule.coreWithoutLanguage"));
                }
            }
        }
        return problems;
    }

    /**
     * Whether teaching changes language at {@code stage}: some subject's mode differs from the previous
     * stage's, or from the first semester to the second.
     */
    public boolean isSwitchingStage(Stage stage, Collection<String> subjects) {
        return !switchedSubjects(stage, subjects).isEmpty();
    }

    /** The subjects whose language changes at {@code stage} (against the previous stage or mid-year). */
    public Set<String> switchedSubjects(Stage stage, Collection<String> subjects) {
        Set<String> switched = new TreeSet<>();
        Optional<Stage> previous = previous(stage);
        for (String subject : subjects) {
            InstructionMode first = mode(stage, 1, subject).orElse(null);
            InstructionMode second = mode(stage, 2, subject).orElse(null);
            if (!Objects.equals(first, second)) {
                switched.add(subject);
            } else if (previous.isPresent()) {
                InstructionMode before = mode(previous.get(), 2, subject).orElse(null);
                if (first != null && before != null && before != first) {
                    switched.add(subject);
                }
            }
        }
        return switched;
    }

    /** For each stage, the share of the given subjects taught (at least partly) in Vietnamese, in semester 2. */
    public Map<Stage, Double> vietnameseShare(Collection<String> subjects) {
        Map<Stage, Double> share = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            long taught = subjects.stream().filter(s -> mode(stage, 2, s).isPresent()).count();
            long vietnamese = subjects.stream().filter(s -> mode(stage, 2, s).filter(m -> m != InstructionMode.MOTHER_TONGUE).isPresent()).count();
            share.put(stage, taught == 0 ? 0.0 : (double) vietnamese / taught);
        }
        return share;
    }

    static Optional<Stage> previous(Stage stage) {
        return stage.ordinal() == 0 ? Optional.empty() : Optional.of(Stage.values()[stage.ordinal() - 1]);
    }
}
