package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.Suppression;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attendance report: pupils, pupil-days enrolled on school days and days attended, grouped by any of the report
 * dimensions, read from the summary rows that every save keeps current (never from marks). Officers see their
 * provinces, ministry staff and delegation guests all; for guests, schools and cohorts are not offered and cells
 * resting on too few pupils are suppressed. The pupils of a period are each class's pupils of its first month plus
 * those new in later months (see the attendance migration).
 */
@ApplicationScoped
public class AttendanceReport {

    /** One row: its group, and its figures (null when suppressed). */
    public record Row(Map<Dimension, Object> group, long pupils, Long schoolDays, Long present, Double rate,
                      boolean suppressed) implements Suppression.Cell {
    }

    public record Result(String schoolYear, LocalDate from, LocalDate to, List<Dimension> groupBy, List<Row> rows) {
    }

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    ReportReader readers;

    public Result run(String schoolYear, LocalDate from, LocalDate to, List<String> groupBy) {
        return run(schoolYear, from, to, groupBy, ReportFilter.NONE);
    }

    public Result run(String schoolYear, LocalDate from, LocalDate to, List<String> groupBy, ReportFilter filter) {
        ReportReader.Reader reader = readers.require();
        Validation v = Validation.start();
        List<Dimension> dimensions = Dimension.parse(groupBy, Dimension.Source.ATTENDANCE, reader.guest(), v);
        readers.checkLevel(reader, dimensions, filter, v);
        SchoolYear year = em.find(SchoolYear.class, schoolYear);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", schoolYear);
        }
        LocalDate first = from == null ? year.getStartDate() : from;
        LocalDate last = to == null ? year.getEndDate() : to;
        v.check(!last.isBefore(first), "to", "validation.report.period");
        v.throwIfInvalid();
        java.sql.Date firstMonth = java.sql.Date.valueOf(YearMonth.from(first).atDay(1));
        java.sql.Date lastMonth = java.sql.Date.valueOf(YearMonth.from(last).atDay(1));

        SummaryQuery query = SummaryQuery.over("attendance_summary")
                .and("a.school_year = ?", year.getCode())
                .and("a.month_start BETWEEN ? AND ?", firstMonth, lastMonth)
                .scope(reader.scope()).filter(filter);
        // The pupils of a period: the first month's, and the later months' new ones (see the attendance migration).
        String pupils = dimensions.contains(Dimension.MONTH) ? "SUM(a.pupils)"
                : "SUM(CASE WHEN a.month_start = DATE '" + firstMonth + "' THEN a.pupils ELSE a.new_pupils END)";
        List<Row> rows = new ArrayList<>();
        for (Object[] r : query.run(em, dimensions, pupils + ", SUM(a.pupil_days), SUM(a.present)")) {
            int n = dimensions.size();
            long days = Figures.number(r[n + 1]);
            long present = Figures.number(r[n + 2]);
            if (days == 0) {
                continue;
            }
            rows.add(new Row(SummaryQuery.group(dimensions, r), Figures.number(r[n]), days, present,
                    (double) present / days, false));
        }
        if (reader.guest()) {
            boolean[] hidden = Suppression.suppressed(rows, dimensions, reader.minCellSize());
            for (int i = 0; i < rows.size(); i++) {
                if (hidden[i]) {
                    rows.set(i, new Row(rows.get(i).group(), rows.get(i).pupils(), null, null, null, true));
                }
            }
        }
        return new Result(year.getCode(), first, last, List.copyOf(dimensions), rows);
    }
}
