package vn.mtbbe.cohort.domain;

import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cohort's flow through the years, computed from its pupils' enrolments: how many were enrolled each
 * year and how each year ended for them. Rates follow DESIGN.md: promotion, repetition and dropout rates
 * are the promoted, repeating and dropping-out pupils of a year and grade divided by those enrolled in it.
 */
public final class CohortFlow {

    /** One enrolment of one pupil, as the flow needs it. */
    public record Fact(long pupilId, String schoolYear, Stage stage, Outcome outcome, String sex, String ethnicity) {
    }

    /** The counts of one school year (or one year and grade). */
    public record Year(String schoolYear, Stage stage, int enrolled, int promoted, int repeated, int transferred,
                       int droppedOut, int completed) {

        public double promotionRate() {
            return rate(promoted);
        }

        public double repetitionRate() {
            return rate(repeated);
        }

        public double dropoutRate() {
            return rate(droppedOut);
        }

        public double completionRate() {
            return rate(completed);
        }

        private double rate(int count) {
            return enrolled == 0 ? 0.0 : (double) count / enrolled;
        }
    }

    private CohortFlow() {
    }

    /** The flow year by year; the stage of a year is the one most of the cohort was in. */
    public static List<Year> byYear(Collection<Fact> facts) {
        Map<String, List<Fact>> byYear = new TreeMap<>(facts.stream().collect(Collectors.groupingBy(Fact::schoolYear)));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, yearFacts) -> {
            Stage stage = yearFacts.stream().collect(Collectors.groupingBy(Fact::stage, () -> new EnumMap<>(Stage.class), Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.<Stage, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            years.add(count(year, stage, yearFacts));
        });
        return years;
    }

    /** The flow per year and grade, e.g. for promotion, repetition and dropout rates per grade. */
    public static List<Year> byYearAndStage(Collection<Fact> facts) {
        Map<String, Map<Stage, List<Fact>>> grouped = new TreeMap<>();
        for (Fact f : facts) {
            grouped.computeIfAbsent(f.schoolYear(), y -> new EnumMap<>(Stage.class))
                    .computeIfAbsent(f.stage(), s -> new ArrayList<>()).add(f);
        }
        List<Year> rows = new ArrayList<>();
        grouped.forEach((year, stages) -> stages.forEach((stage, list) -> rows.add(count(year, stage, list))));
        return rows;
    }

    /** The flow year by year for each value of {@code key} (sex, ethnicity …). */
    public static Map<String, List<Year>> byYearFor(Collection<Fact> facts, Function<Fact, String> key) {
        Map<String, List<Year>> result = new LinkedHashMap<>();
        facts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
                .forEach((value, list) -> result.put(value, byYear(list)));
        return result;
    }

    /**
     * Counts of a group of enrolments. A pupil counts once as enrolled in a year even with two enrolments
     * in it (moved class); each closed enrolment counts its outcome, except that a transfer followed by a
     * return in the same year is not a loss for the cohort.
     */
    static Year count(String year, Stage stage, List<Fact> facts) {
        Set<Long> pupils = new HashSet<>();
        Map<Long, Outcome> last = new LinkedHashMap<>();
        for (Fact f : facts) {
            pupils.add(f.pupilId());
            // A later enrolment of the same pupil in the year replaces an earlier outcome (transfer, then return); a
            // move to another class never replaces the outcome of the class moved to, whatever order the facts come in.
            if (f.outcome() != Outcome.MOVED || !last.containsKey(f.pupilId())) {
                last.put(f.pupilId(), f.outcome() == Outcome.MOVED ? null : f.outcome());
            }
        }
        int[] counts = new int[Outcome.values().length];
        for (Outcome o : last.values()) {
            if (o != null) {
                counts[o.ordinal()]++;
            }
        }
        return new Year(year, stage, pupils.size(), counts[Outcome.PROMOTED.ordinal()], counts[Outcome.REPEATED.ordinal()],
                counts[Outcome.TRANSFERRED.ordinal()], counts[Outcome.DROPPED_OUT.ordinal()], counts[Outcome.COMPLETED.ordinal()]);
    }
}
