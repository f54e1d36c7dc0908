package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.platform.db.InList;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.Suppression;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "mtbbe.reports.minCellSize", defaultValue = "10")
    int minCellSize;

    public Result run(String schoolYear, LocalDate from, LocalDate to, List<String> groupBy) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY, Role.DELEGATION);
        boolean guest = caller.getRole() == Role.DELEGATION;
        Validation v = Validation.start();
        List<Dimension> dimensions = Dimension.parse(groupBy, Dimension.Source.ATTENDANCE, guest, v);
        SchoolYear year = em.find(SchoolYear.class, schoolYear);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", schoolYear);
        }
        LocalDate first = from == null ? year.getStartDate() : from;
        LocalDate last = to == null ? year.getEndDate() : to;
        v.check(!last.isBefore(first), "to", "validation.report.period");
        v.throwIfInvalid();
        YearMonth firstMonth = YearMonth.from(first);
        YearMonth lastMonth = YearMonth.from(last);

        String groups = dimensions.stream().map(Dimension::column).collect(Collectors.joining(", "));
        boolean byMonth = dimensions.contains(Dimension.MONTH);
        StringBuilder sql = new StringBuilder("SELECT ");
        if (!groups.isEmpty()) {
            sql.append(groups).append(", ");
        }
        sql.append(byMonth ? "SUM(a.pupils)" : "SUM(CASE WHEN a.month_start = ?4 THEN a.pupils ELSE a.new_pupils END)")
                .append(", SUM(a.pupil_days), SUM(a.present) FROM attendance_summary a");
        if (dimensions.contains(Dimension.SCHOOL)) {
            sql.append(" JOIN school s ON s.id = a.school_id");
        }
        sql.append(" WHERE a.school_year = ?1 AND a.month_start BETWEEN ?2 AND ?3");
        ProvinceScope scope = guest ? ProvinceScope.ALL : currentUser.scope();
        InList provinces = new InList("a.province_code", scope.all() ? List.of() : List.copyOf(scope.codes()), 5);
        sql.append(provinces.sql());
        if (!groups.isEmpty()) {
            sql.append(" GROUP BY ").append(groups).append(" ORDER BY ").append(groups);
        }
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, year.getCode())
                .setParameter(2, java.sql.Date.valueOf(firstMonth.atDay(1)))
                .setParameter(3, java.sql.Date.valueOf(lastMonth.atDay(1)));
        if (!byMonth) {
            query.setParameter(4, java.sql.Date.valueOf(firstMonth.atDay(1)));
        }
        provinces.bind(query);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = result instanceof Object[] array ? array : new Object[]{result};
            Map<Dimension, Object> group = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                group.put(dimensions.get(i), Figures.value(dimensions.get(i), r[i]));
            }
            int n = dimensions.size();
            long pupils = Figures.number(r[n]);
            long days = Figures.number(r[n + 1]);
            long present = Figures.number(r[n + 2]);
            if (days == 0) {
                continue;
            }
            rows.add(new Row(group, pupils, days, present, (double) present / days, false));
        }
        if (guest) {
            boolean[] hidden = Suppression.suppressed(rows, dimensions, minCellSize);
            for (int i = 0; i < rows.size(); i++) {
                if (hidden[i]) {
                    rows.set(i, new Row(rows.get(i).group(), rows.get(i).pupils(), null, null, null, true));
                }
            }
        }
        return new Result(year.getCode(), first, last, List.copyOf(dimensions), rows);
    }
}
