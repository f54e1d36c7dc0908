package vn.mtbbe.reports.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one suppression step of every report for guests: a cell resting on fewer pupils than the minimum is hidden
 * (primary), and where a row or column of the table (the cells that agree on every dimension but one) would then hide
 * exactly one cell, the next smallest of them is hidden too (complementary), since the hidden one could otherwise be
 * worked out from a total published elsewhere. Repeated until nothing changes.
 */
public final class Suppression {

    /** A cell: its group (dimension → value) and the number of pupils it rests on. */
    public interface Cell {
        Map<Dimension, Object> group();

        long pupils();
    }

    /** A cell made of a group and a count: for a figure that rests on fewer pupils than its row (e.g. a share of
     * those with a benchmark), suppressed by the same step on its own count. */
    public record Counted(Map<Dimension, Object> group, long pupils) implements Cell {
    }

    private Suppression() {
    }

    /** The cells to hide, by position in {@code cells}. */
    public static boolean[] suppressed(List<? extends Cell> cells, List<Dimension> dimensions, int minimum) {
        boolean[] hidden = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            hidden[i] = cells.get(i).pupils() < minimum;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Dimension free : dimensions) {
                // Lines along dimension "free": the cells that agree on every other dimension.
                Function<Integer, List<Object>> line = i -> dimensions.stream().filter(d -> d != free)
                        .map(d -> cells.get(i).group().get(d)).collect(Collectors.toList());
                Map<List<Object>, List<Integer>> lines = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    lines.computeIfAbsent(line.apply(i), k -> new ArrayList<>()).add(i);
                }
                for (List<Integer> members : lines.values()) {
                    long count = members.stream().filter(i -> hidden[i]).count();
                    if (count == 1 && members.size() > 1) {
                        members.stream().filter(i -> !hidden[i])
                                .min(Comparator.comparingLong((Integer i) -> cells.get(i).pupils()))
                                .ifPresent(i -> hidden[i] = true);
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }
}
