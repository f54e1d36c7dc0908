package vn.mtbbe.programme.domain;

import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
     * What happens to a subject's teaching over a stretch of the schedule, read from its modes at consecutive
     * points in time (a semester each, "not taught" where it has no mode):
     * <ul>
     * <li>{@link #SWITCHES} when two consecutive points where it is taught have different modes;</li>
     * <li>otherwise {@link #STARTS} when it goes from not taught to taught, {@link #STOPS} when it goes from
     * taught to not taught — when it does both (taught, not taught, taught again, or the other way round), the
     * later of the two, which is where the stretch leaves it;</li>
     * <li>{@link #NONE} when nothing changes.</li>
     * </ul>
     * A switch wins over a start or a stop in the same stretch. Only a switch makes a switching year.
     */
    public enum Change {
        NONE, SWITCHES, STARTS, STOPS
    }

    /**
     * One subject as the transition panels show it for a stage S: its mode in semesters 1 and 2 of S ({@code now1},
     * {@code now2}) and of the stage after S ({@code next1}, {@code next2}; null after grade 5), null where it is not
     * taught, and the change this year and next year (see {@link #change(Stage, String)}). Next year's change is
     * {@link Change#NONE} after grade 5.
     */
    public record SubjectOutlook(String subject, InstructionMode now1, InstructionMode now2, InstructionMode next1,
                                 InstructionMode next2, Change thisYear, Change nextYear) {

        public boolean switchesThisYear() {
            return thisYear == Change.SWITCHES;
        }

        /** Whether the subject is taught in either semester of next year. */
        public boolean taughtNextYear() {
            return next1 != null || next2 != null;
        }
    }

    /**
     * The change of {@code subject} in the school year of {@code stage}: over the sequence before → now1 → now2,
     * where before is its mode in semester 2 of the previous stage and now1, now2 its modes in semesters 1 and 2
     * of {@code stage} (see {@link Change} for the rule). At the first stage (preschool) there is no before: only
     * the mid-year step counts, so being taught in preschool is not a start. Next year's change of a stage is this
     * year's change of the stage after it (the sequence now2 → next1 → next2).
     */
    public Change change(Stage stage, String subject) {
        List<InstructionMode> points = new ArrayList<>(3);
        previous(stage).ifPresent(p -> points.add(mode(p, 2, subject).orElse(null)));
        points.add(mode(stage, 1, subject).orElse(null));
        points.add(mode(stage, 2, subject).orElse(null));
        return change(points);
    }

    /** The {@link Change} over consecutive points in time, null where the subject is not taught. */
    static Change change(List<InstructionMode> points) {
        for (int i = 1; i < points.size(); i++) {
            InstructionMode from = points.get(i - 1);
            InstructionMode to = points.get(i);
            if (from != null && to != null && from != to) {
                return Change.SWITCHES;
            }
        }
        Change change = Change.NONE;
        for (int i = 1; i < points.size(); i++) {
            boolean taughtBefore = points.get(i - 1) != null;
            boolean taught = points.get(i) != null;
            if (taughtBefore != taught) {
                change = taught ? Change.STARTS : Change.STOPS;
            }
        }
        return change;
    }

    /**
     * Each of {@code subjects} (in their order) taught this year or next year at {@code stage}: its modes now and
     * next year and how it changes this year and next (see {@link SubjectOutlook}). Subjects taught in neither
     * year are left out, even if they stopped being taught when this year began.
     */
    public List<SubjectOutlook> outlook(Stage stage, Collection<String> subjects) {
        Optional<Stage> next = stage.next();
        List<SubjectOutlook> outlook = new ArrayList<>();
        for (String subject : subjects) {
            InstructionMode now1 = mode(stage, 1, subject).orElse(null);
            InstructionMode now2 = mode(stage, 2, subject).orElse(null);
            InstructionMode next1 = next.flatMap(s -> mode(s, 1, subject)).orElse(null);
            InstructionMode next2 = next.flatMap(s -> mode(s, 2, subject)).orElse(null);
            if (now1 == null && now2 == null && next1 == null && next2 == null) {
                continue;
            }
            outlook.add(new SubjectOutlook(subject, now1, now2, next1, next2, change(stage, subject),
                    next.map(s -> change(s, subject)).orElse(Change.NONE)));
        }
        return outlook;
    }

    /**
     * Whether the school year of {@code stage} is a switching year: some subject {@link Change#SWITCHES switches}
     * language in it, against the previous stage or mid-year. A subject that only starts or stops being taught
     * does not make a switching year.
     */
    public boolean isSwitchingStage(Stage stage, Collection<String> subjects) {
        return subjects.stream().anyMatch(subject -> change(stage, subject) == Change.SWITCHES);
    }

    /** The subjects that {@link Change#SWITCHES switch} language in the school year of {@code stage}, by code. */
    public Set<String> switchedSubjects(Stage stage, Collection<String> subjects) {
        Set<String> switched = new TreeSet<>();
        for (String subject : subjects) {
            if (change(stage, subject) == Change.SWITCHES) {
                switched.add(subject);
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
