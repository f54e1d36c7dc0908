package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.Suppression;
import vn.mtbbe.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The achievement report: per subtask of a sitting (a row never mixes two subtasks or two sittings, whose scores are
 * not on one scale), the pupils assessed, the absent, the mean score, the mean per-minute rate of a timed subtask, and
 * the shares meeting the benchmark and with a zero score, grouped further by any of the report dimensions. Read from
 * the summary rows every save keeps current (never from results); scoped and suppressed as the attendance report.
 * Across languages only bands and zero-score shares compare: each row names its language.
 */
@ApplicationScoped
public class AchievementReport {

    /** One row: its group (always with sitting, subtask, instrument, language and skill) and its figures (null when suppressed). */
    public record Row(Map<Dimension, Object> group, long pupils, Long absent, Double meanScore, Double meanPerMinute,
                      Double shareMeetingBenchmark, Double shareApproaching, Double shareZeroScores,
                      Long banded, Long meeting, Long zeroScores, boolean suppressed, boolean bandsSuppressed)
            implements Suppression.Cell {
    }

    public record Result(String schoolYear, Long sitting, Long classId, List<Dimension> groupBy, List<Row> rows) {
    }

    /** What every row names: its sitting and subtask, and what follows from the subtask. */
    static final List<Dimension> ALWAYS = List.of(Dimension.SITTING, Dimension.SUBTASK, Dimension.INSTRUMENT,
            Dimension.LANGUAGE, Dimension.SKILL);

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportReader readers;

    public Result run(String schoolYear, Long sitting, List<String> groupBy) {
        return run(schoolYear, sitting, null, groupBy, ReportFilter.NONE);
    }

    /**
     * The same for one class ({@code classId} not null): its results over the year's sittings, for the officers of
     * its province and ministry staff (a class is too small a group for a guest: 403).
     */
    public Result run(String schoolYear, Long sitting, Long classId, List<String> groupBy, ReportFilter filter) {
        ReportReader.Reader reader = readers.require();
        boolean guest = reader.guest();
        if (classId != null) {
            if (guest) {
                throw AppException.forbidden();
            }
            SchoolClass c = em.find(SchoolClass.class, classId);
            if (c == null || !currentUser.scope().includes(c.getSchool().getProvinceCode())) {
                throw AppException.notFound("error.notFound.class", classId);
            }
            schoolYear = c.getSchoolYear();
        }
        Validation v = Validation.start();
        List<Dimension> asked = Dimension.parse(groupBy, Dimension.Source.ACHIEVEMENT, guest, v);
        readers.checkLevel(reader, asked, filter, v);
        v.throwIfInvalid();
        SchoolYear year = em.find(SchoolYear.class, schoolYear);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", schoolYear);
        }
        List<Dimension> dimensions = new ArrayList<>(ALWAYS);
        asked.stream().filter(d -> !dimensions.contains(d)).forEach(dimensions::add);

        SummaryQuery query = SummaryQuery.over("achievement_summary").and("a.school_year = ?", year.getCode());
        if (sitting != null) {
            query.and("a.sitting_id = ?", sitting);
        }
        if (classId != null) {
            query.and("a.class_id = ?", classId);
        }
        query.scope(reader.scope()).filter(filter);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : query.run(em, dimensions, "SUM(a.assessed), SUM(a.absent), SUM(a.score_sum), SUM(a.rated), "
                + "SUM(a.rate_sum), SUM(a.banded), SUM(a.approaching), SUM(a.meeting), SUM(a.zero_scores)")) {
            int n = dimensions.size();
            long assessed = Figures.number(r[n]);
            long absent = Figures.number(r[n + 1]);
            long scoreSum = Figures.number(r[n + 2]);
            long rated = Figures.number(r[n + 3]);
            double rateSum = r[n + 4] == null ? 0 : ((Number) r[n + 4]).doubleValue();
            long banded = Figures.number(r[n + 5]);
            long approaching = Figures.number(r[n + 6]);
            long meeting = Figures.number(r[n + 7]);
            long zero = Figures.number(r[n + 8]);
            rows.add(new Row(SummaryQuery.group(dimensions, r), assessed, absent,
                    assessed == 0 ? null : (double) scoreSum / assessed,
                    rated == 0 ? null : rateSum / rated, banded == 0 ? null : (double) meeting / banded,
                    banded == 0 ? null : (double) approaching / banded, assessed == 0 ? null : (double) zero / assessed,
                    banded, meeting, zero, false, false));
        }
        if (guest) {
            // The subtask's instrument, language and skill follow from it: lines run along the other dimensions.
            List<Dimension> independent = dimensions.stream()
                    .filter(d -> d != Dimension.INSTRUMENT && d != Dimension.LANGUAGE && d != Dimension.SKILL).toList();
            boolean[] hidden = Suppression.suppressed(rows, independent, reader.minCellSize());
            for (int i = 0; i < rows.size(); i++) {
                if (hidden[i]) {
                    Row row = rows.get(i);
                    rows.set(i, new Row(row.group(), row.pupils(), null, null, null, null, null, null, null, null, null,
                            true, false));
                }
            }
            // The shares of bands rest on the pupils with a benchmark only: the same step on that count.
            List<Suppression.Counted> banded = rows.stream().map(r -> new Suppression.Counted(r.group(),
                    r.suppressed() || r.banded() == 0 ? Long.MAX_VALUE : r.banded())).toList();
            boolean[] hiddenBands = Suppression.suppressed(banded, independent, reader.minCellSize());
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (hiddenBands[i] && !row.suppressed()) {
                    rows.set(i, new Row(row.group(), row.pupils(), row.absent(), row.meanScore(), row.meanPerMinute(),
                            null, null, row.shareZeroScores(), null, null, row.zeroScores(), false, true));
                }
            }
        }
        return new Result(year.getCode(), sitting, classId, List.copyOf(dimensions), rows);
    }
}
