package vn.mtbbe.reports.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SuppressionTest {

    record C(Map<Dimension, Object> group, long pupils) implements Suppression.Cell {
    }

    static C cell(String province, String sex, long pupils) {
        return new C(Map.of(Dimension.PROVINCE, province, Dimension.SEX, sex), pupils);
    }

    @Test
    void cellsUnderTheMinimumAreHidden() {
        List<C> cells = List.of(cell("10", "F", 40), cell("10", "M", 9), cell("64", "F", 30), cell("64", "M", 3));
        // 10/M and 64/M are hidden; each line (province 10, province 64, sex M) then hides... the sex-M column has
        // both hidden, each province row has exactly one hidden: its other cell goes too.
        assertArrayEquals(new boolean[]{true, true, true, true},
                Suppression.suppressed(cells, List.of(Dimension.PROVINCE, Dimension.SEX), 10));
    }

    @Test
    void aLoneHiddenCellTakesTheNextSmallestOfItsLineWithIt() {
        List<C> cells = List.of(cell("10", "F", 40), cell("64", "F", 4), cell("84", "F", 25), cell("10", "M", 38));
        // Along the province line of sex F, 64 alone is hidden: 84 (25, smaller than 40) goes with it. Then the line
        // of province 84 holds only that cell, and province 10's line hides nothing.
        assertArrayEquals(new boolean[]{false, true, true, false},
                Suppression.suppressed(cells, List.of(Dimension.PROVINCE, Dimension.SEX), 10));
    }

    @Test
    void nothingIsHiddenWhenEveryCellIsLargeEnough() {
        List<C> cells = List.of(cell("10", "F", 10), cell("10", "M", 11));
        assertArrayEquals(new boolean[]{false, false}, Suppression.suppressed(cells, List.of(Dimension.PROVINCE, Dimension.SEX), 10));
    }
}
