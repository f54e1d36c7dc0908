package vn.mtbbe.cohort.domain;

import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of the year-end step: which outcomes a stage allows and where each outcome leads. */
public final class YearEnd {

    private static final Pattern GRADE_NAME = Pattern.compile("([1-5])(.*)");
    private static final Pattern PRESCHOOL_NAME = Pattern.compile("MG5?(.*)", Pattern.CASE_INSENSITIVE);

    private YearEnd() {
    }

    /** What a pupil at {@code stage} most likely does at year end: completes after grade 5, else is promoted. */
    public static Outcome proposed(Stage stage) {
        return stage == Stage.GRADE_5 ? Outcome.COMPLETED : Outcome.PROMOTED;
    }

    /** The bundle key of the rule {@code outcome} breaks at {@code stage}, or empty when it is allowed. */
    public static Optional<String> problem(Stage stage, Outcome outcome) {
        if (outcome == null) {
            return Optional.of("validation.required");
        }
        if (!outcome.isYearEnd()) {
            return Optional.of("validation.rollover.notYearEnd");
        }
        if (outcome == Outcome.COMPLETED && stage != Stage.GRADE_5) {
            return Optional.of("validation.rollover.completedOnlyAfterGrade5");
        }
        if (outcome == Outcome.PROMOTED && stage == Stage.GRADE_5) {
            return Optional.of("validation.rollover.noPromotionAfterGrade5");
        }
        return Optional.empty();
    }

    /** The outcomes a pupil at {@code stage} may have at year end, in the order of {@link Outcome}. */
    public static List<Outcome> allowed(Stage stage) {
        return Arrays.stream(Outcome.values()).filter(o -> problem(stage, o).isEmpty()).toList();
    }

    /**
     * The bundle key of the rule broken when a pupil at {@code from} with {@code outcome} is put in an existing
     * class chosen for next year, or empty when it fits: the pupil must stay at the school, and the class must
     * belong to the same school, to next school year and to the stage the outcome leads to.
     */
    public static Optional<String> nextClassProblem(Stage from, Outcome outcome, boolean sameSchool, boolean nextYear,
                                                    Stage classStage) {
        Optional<Stage> next = nextStage(from, outcome);
        if (next.isEmpty()) {
            return Optional.of("validation.rollover.noNextClass");
        }
        if (!sameSchool || !nextYear || classStage != next.get()) {
            return Optional.of("validation.rollover.nextClass");
        }
        return Optional.empty();
    }

    /** The stage the pupil is in next year at the same school: promoted one up, repeating the same, else none. */
    public static Optional<Stage> nextStage(Stage stage, Outcome outcome) {
        return switch (outcome) {
            case PROMOTED -> stage.next();
            case REPEATED -> Optional.of(stage);
            default -> Optional.empty();
        };
    }

    /**
     * The stage the pupil is in next year at their own school (a school of {@code level}): empty when they leave
     * it, and when the stage the outcome leads to is not taught there (see {@link #handsOver}).
     */
    public static Optional<Stage> stageAtSchool(Stage stage, Outcome outcome, SchoolLevel level) {
        return nextStage(stage, outcome).filter(s -> s.taughtAt(level));
    }

    /**
     * Whether the pupil moves on to a stage their school (of {@code level}) does not teach, so that a receiving school
     * takes them: a child promoted from a preschool-only school goes to grade 1 of a primary school, keeping their
     * cohort. A hand-over is not a transfer: the outcome stays a promotion.
     */
    public static boolean handsOver(Stage stage, Outcome outcome, SchoolLevel level) {
        return nextStage(stage, outcome).filter(s -> !s.taughtAt(level)).isPresent();
    }

    /**
     * The bundle key of the rule broken by naming a receiving school (of {@code receivingLevel}, {@code sameSchool}
     * when it is the pupil's own) for a pupil at {@code stage} with {@code outcome} at a school of {@code level}, or
     * empty when it fits: only a hand-over has a receiving school, and that school must teach the stage the child
     * moves on to.
     */
    public static Optional<String> receivingProblem(Stage stage, Outcome outcome, SchoolLevel level,
                                                    SchoolLevel receivingLevel, boolean sameSchool) {
        if (!handsOver(stage, outcome, level)) {
            return Optional.of("validation.rollover.noHandOver");
        }
        Stage next = nextStage(stage, outcome).orElseThrow();
        if (sameSchool || !next.taughtAt(receivingLevel)) {
            return Optional.of("validation.rollover.receivingSchool");
        }
        return Optional.empty();
    }

    /**
     * The name of next year's class for a class named {@code name}: "2A" after "1A", "1A" after "MG5A"
     * (preschool), the same name for pupils who repeat.
     */
    public static String nextClassName(String name, Stage from, Stage to) {
        if (from == to) {
            return name;
        }
        String suffix = "A";
        Matcher grade = GRADE_NAME.matcher(name);
        Matcher preschool = PRESCHOOL_NAME.matcher(name);
        if (from.isPrimary() && grade.matches()) {
            suffix = grade.group(2);
        } else if (!from.isPrimary() && preschool.matches()) {
            suffix = preschool.group(1);
        }
        return defaultName(to, suffix.isEmpty() ? "A" : suffix);
    }

    public static String defaultName(Stage stage, String suffix) {
        return stage.isPrimary() ? stage.ordinal() + suffix : "MG5" + suffix;
    }
}
