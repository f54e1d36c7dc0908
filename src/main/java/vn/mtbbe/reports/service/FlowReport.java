package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.Suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flow report: how the school year ended for the pupils of each group, as DESIGN.md defines the rates: promoted,
 * repeating and dropped-out pupils divided by those enrolled; completion = pupils completing primary divided by those
 * enrolled in its last grade (grade 5). A pupil counts once per year, where their year ended. {@code open} counts the
 * pupils whose year has not ended yet (the current year until its rollover): rates of a year with open pupils are not
 * final. Read from the flow summary that every enrolment change keeps current; scoped and suppressed as the other
 * reports. {@code year} null: every school year (group by {@code year} for a time series).
 */
@ApplicationScoped
public class FlowReport {

    public record Row(Map<Dimension, Object> group, long pupils, Long promoted, Long repeated, Long transferred,
                      Long droppedOut, Long completed, Long open, Long finalGrade, boolean suppressed,
                      boolean completionSuppressed) implements Suppression.Cell {

        public Double promotionRate() {
            return rate(promoted, pupils);
        }

        public Double repetitionRate() {
            return rate(repeated, pupils);
        }

        public Double dropoutRate() {
            return rate(droppedOut, pupils);
        }

        /** Completed ÷ pupils in the last grade of primary; null without any (or suppressed). */
        public Double completionRate() {
            return finalGrade == null || completed == null ? null : rate(completed, finalGrade);
        }

        private static Double rate(Long count, long of) {
            return count == null || of == 0 ? null : (double) count / of;
        }
    }

    public record Result(String schoolYear, List<Dimension> groupBy, List<Row> rows) {
    }

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    ReportReader readers;

    public Result run(String schoolYear, List<String> groupBy, ReportFilter filter) {
        ReportReader.Reader reader = readers.require();
        Validation v = Validation.start();
        List<Dimension> dimensions = Dimension.parse(groupBy, Dimension.Source.FLOW, reader.guest(), v);
        readers.checkLevel(reader, dimensions, filter, v);
        v.throwIfInvalid();
        SummaryQuery query = SummaryQuery.over("flow_summary");
        if (schoolYear != null) {
            if (em.find(SchoolYear.class, schoolYear) == null) {
                throw AppException.notFound("error.notFound.schoolYear", schoolYear);
            }
            query.and("a.school_year = ?", schoolYear);
        }
        query.scope(reader.scope()).filter(filter);
        List<Row> rows = new ArrayList<>();
        String lastGrade = Stage.GRADE_5.name();
        for (Object[] r : query.run(em, dimensions, "SUM(a.enrolled), SUM(a.promoted), SUM(a.repeated), "
                + "SUM(a.transferred), SUM(a.dropped_out), SUM(a.completed), "
                + "SUM(CASE WHEN a.stage = '" + lastGrade + "' THEN a.enrolled ELSE 0 END)")) {
            int n = dimensions.size();
            long enrolled = Figures.number(r[n]);
            if (enrolled == 0) {
                continue;
            }
            long promoted = Figures.number(r[n + 1]);
            long repeated = Figures.number(r[n + 2]);
            long transferred = Figures.number(r[n + 3]);
            long dropped = Figures.number(r[n + 4]);
            long completed = Figures.number(r[n + 5]);
            long finalGrade = Figures.number(r[n + 6]);
            rows.add(new Row(SummaryQuery.group(dimensions, r), enrolled, promoted, repeated, transferred, dropped,
                    completed, enrolled - promoted - repeated - transferred - dropped - completed,
                    finalGrade == 0 ? null : finalGrade, false, false));
        }
        if (reader.guest()) {
            boolean[] hidden = Suppression.suppressed(rows, dimensions, reader.minCellSize());
            for (int i = 0; i < rows.size(); i++) {
                if (hidden[i]) {
                    Row row = rows.get(i);
                    rows.set(i, new Row(row.group(), row.pupils(), null, null, null, null, null, null, null, true,
                            false));
                }
            }
            // Completion rests on the pupils of grade 5 only: the same step on that count.
            List<Suppression.Counted> finals = rows.stream().map(r -> new Suppression.Counted(r.group(),
                    r.suppressed() || r.finalGrade() == null ? Long.MAX_VALUE : r.finalGrade())).toList();
            boolean[] hiddenCompletion = Suppression.suppressed(finals, dimensions, reader.minCellSize());
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (hiddenCompletion[i] && !row.suppressed()) {
                    rows.set(i, new Row(row.group(), row.pupils(), row.promoted(), row.repeated(), row.transferred(),
                            row.droppedOut(), null, row.open(), null, false, true));
                }
            }
        }
        return new Result(schoolYear, List.copyOf(dimensions), rows);
    }
}
