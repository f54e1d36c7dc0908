package vn.mtbbe.reports.service;

import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.Suppression;
import vn.mtbbe.security.ProvinceScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report indicators against figures worked out by hand: rates, the gender parity index, the difference of
 * changes, the flow's completion, the dashboard's levels, the filter's rules, and suppression that also hides what
 * a published total would give away by subtraction.
 */
class IndicatorsTest {

    @Test
    void ratesAndTheGenderParityIndex() {
        // Girls: 1 710 days present of 1 800 (95 %); boys: 1 620 of 1 800 (90 %): GPI = 0.95 / 0.90 = 1.0556.
        Double girls = Dashboard.share(1710, 1800);
        Double boys = Dashboard.share(1620, 1800);
        assertEquals(0.95, girls, 1e-12);
        assertEquals(0.90, boys, 1e-12);
        assertEquals(1.0555555, Dashboard.parity(girls, boys), 1e-6);
        assertNull(Dashboard.share(3, 0), "no days, no rate");
        assertNull(Dashboard.parity(0.5, null));
        assertNull(Dashboard.parity(0.5, 0.0), "no parity against a zero");
    }

    @Test
    void theDifferenceOfChanges() {
        // Pilot: attendance 82 % at the baseline, 91 % now (+9 points); comparison: 80 % to 83 % (+3 points).
        Object pilot = DelegationReport.difference(figure(0.91), figure(0.82));
        Object comparison = DelegationReport.difference(figure(0.83), figure(0.80));
        assertEquals(0.09, (Double) pilot, 1e-12);
        assertEquals(0.03, (Double) comparison, 1e-12);
        assertEquals(0.06, (Double) DelegationReport.difference(figure((Double) pilot), figure((Double) comparison)), 1e-12,
                "the pilot gained 6 points more than the comparison schools");
        assertTrue(ReportTable.suppressed(DelegationReport.difference(DelegationReport.Figure.HIDDEN, figure(0.8))),
                "worked out from a hidden figure: hidden too");
        assertNull(DelegationReport.difference(DelegationReport.Figure.NONE, figure(0.8)), "no baseline, no change");
    }

    @Test
    void completionRestsOnTheLastGradeOnly() {
        // 40 enrolled; 12 of them in grade 5, 9 of whom completed primary: 75 %, not 9 / 40.
        FlowReport.Row row = new FlowReport.Row(Map.of(), 40, 25L, 3L, 1L, 2L, 9L, 0L, 12L, false, false);
        assertEquals(0.75, row.completionRate(), 1e-12);
        assertEquals(25.0 / 40, row.promotionRate(), 1e-12);
        assertEquals(3.0 / 40, row.repetitionRate(), 1e-12);
        assertEquals(2.0 / 40, row.dropoutRate(), 1e-12);
        assertNull(new FlowReport.Row(Map.of(), 40, 25L, 3L, 1L, 2L, 0L, 9L, null, false, false).completionRate(),
                "no grade 5, no completion rate");
    }

    @Test
    void theDashboardListsTheUnitsOneLevelBelowTheFilter() {
        assertEquals(Dimension.PROVINCE, Dashboard.level(ReportFilter.NONE, ProvinceScope.ALL));
        assertEquals(Dimension.DISTRICT, Dashboard.level(ReportFilter.NONE, ProvinceScope.of(List.of("10"))),
                "an officer of one province sees its districts");
        assertEquals(Dimension.PROVINCE, Dashboard.level(ReportFilter.NONE, ProvinceScope.of(List.of("10", "64"))));
        assertEquals(Dimension.DISTRICT, Dashboard.level(ReportFilter.NONE.with(Dimension.PROVINCE, "84"), ProvinceScope.ALL));
        assertEquals(Dimension.SCHOOL, Dashboard.level(ReportFilter.NONE.with(Dimension.DISTRICT, "7"), ProvinceScope.ALL));
        assertEquals(Dimension.CLASS, Dashboard.level(ReportFilter.NONE.with(Dimension.SCHOOL, "LC-001"), ProvinceScope.ALL));
    }

    @Test
    void aFilterIsCheckedLikeAGroup() {
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("province", "10, 64");
        asked.put("sex", "F");
        asked.put("year", "2025-2026");   // not a filter: the report's own parameter
        ReportFilter filter = parse(asked, false);
        assertEquals(Set.of("10", "64"), filter.get(Dimension.PROVINCE));
        assertEquals(Set.of("F"), filter.get(Dimension.SEX));
        assertEquals(2, filter.values().size());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> parse(Map.of("school", "LC-001", "cohort", "12"), true));
        assertEquals(Set.of("school", "cohort"), Set.copyOf(refused.fieldErrors().stream().map(e -> e.field()).toList()),
                "guests filter by no school and no cohort");
        ValidationException notANumber = assertThrows(ValidationException.class, () -> parse(Map.of("class", "7; DROP"), false));
        assertEquals("validation.report.identifier", notANumber.fieldErrors().get(0).messageKey());
    }

    @Test
    void aHiddenCellIsNotGivenAwayBySubtractionFromATotal() {
        // Province 10 by sex: girls 6 (under 10), boys 40. The province's total (46) is published elsewhere, so hiding
        // the girls alone would leave them at 46 − 40: the boys of 10 go too. All girls' total is published as well,
        // so the girls of 64 go, and then the boys of 64, or 64's total would give its girls away.
        List<Suppression.Counted> cells = List.of(
                cell("10", "F", 6), cell("10", "M", 40), cell("64", "F", 30), cell("64", "M", 35));
        assertArrayEquals(new boolean[]{true, true, true, true},
                Suppression.suppressed(cells, List.of(Dimension.PROVINCE, Dimension.SEX), 10));
        // With a third province, a line can keep two hidden cells and the rest stays visible.
        List<Suppression.Counted> three = List.of(cell("10", "F", 6), cell("10", "M", 40), cell("64", "F", 30),
                cell("64", "M", 35), cell("84", "F", 50), cell("84", "M", 60));
        assertArrayEquals(new boolean[]{true, true, true, true, false, false},
                Suppression.suppressed(three, List.of(Dimension.PROVINCE, Dimension.SEX), 10),
                "the smallest complements: girls of 64 for the sex line, then boys of 64 for its province");
    }

    private static Suppression.Counted cell(String province, String sex, long pupils) {
        Map<Dimension, Object> group = new LinkedHashMap<>();
        group.put(Dimension.PROVINCE, province);
        group.put(Dimension.SEX, sex);
        return new Suppression.Counted(group, pupils);
    }

    private static ReportFilter parse(Map<String, String> parameters, boolean guest) {
        return ReportFilter.of(parameters, Dimension.Source.ATTENDANCE, guest);
    }

    private static DelegationReport.Figure figure(double value) {
        return new DelegationReport.Figure(value, 100L);
    }
}
