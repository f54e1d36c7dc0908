package vn.mtbbe.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.registry.domain.SchoolClass;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attendance tables (see the attendance migration), written with JDBC batches on the transaction's own connection:
 * a class-month's marks, its class-month row and its summary rows change together, so every report reads figures
 * that agree with the marks the moment they are saved. Callers hold the class's lock (the service takes it first).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttendanceStore {

    /** A class-month's marked days ({@code 'M'} per day, as stored) and the version that names its state. */
    public record ClassMonth(String marked, long version) {

        public boolean isMarked(LocalDate day) {
            return marked.charAt(day.getDayOfMonth() - 1) == MARKED;
        }
    }

    static final char MARKED = 'M';

    @PersistenceContext
    EntityManager em;

    /** Every pupil's marks of a class-month, by pupil id. */
    public Map<Long, MonthMarks> marks(long classId, YearMonth month) {
        Map<Long, MonthMarks> marks = new HashMap<>();
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT pupil_id, marks FROM attendance_month WHERE class_id = ? AND month_start = ?")) {
            select.setLong(1, classId);
            select.setDate(2, Date.valueOf(month.atDay(1)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    marks.put(rows.getLong(1), MonthMarks.parse(month, rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return marks;
    }

    public Optional<ClassMonth> classMonth(long classId, YearMonth month) {
        return Optional.ofNullable(classMonths(classId, month, month).get(month));
    }

    /** The class's months from {@code first} to {@code last} that have a marked day. */
    public Map<YearMonth, ClassMonth> classMonths(long classId, YearMonth first, YearMonth last) {
        Map<YearMonth, ClassMonth> months = new TreeMap<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT month_start, marked, version "
                + "FROM attendance_class_month WHERE class_id = ? AND month_start BETWEEN ? AND ?")) {
            select.setLong(1, classId);
            select.setDate(2, Date.valueOf(first.atDay(1)));
            select.setDate(3, Date.valueOf(last.atDay(1)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    months.put(YearMonth.from(rows.getDate(1).toLocalDate()), new ClassMonth(rows.getString(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return months;
    }

    /**
     * Writes a class-month: the pupils' marks {@code after} (where they differ from {@code before}, which the caller
     * read under the class's lock), which days are marked, the month's totals and its summary rows.
     */
    public void write(SchoolClass schoolClass, YearMonth month, Map<Long, MonthMarks> before, Map<Long, MonthMarks> after,
                      Set<LocalDate> markedDays) {
        Connection connection = connection();
        Date start = Date.valueOf(month.atDay(1));
        long classId = schoolClass.getId();
        boolean pupilsChanged = false;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attendance_month "
                + "(days, present, late, excused, unexcused, marks, class_id, month_start, pupil_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE attendance_month SET "
                     + "days = ?, present = ?, late = ?, excused = ?, unexcused = ?, marks = ? WHERE class_id = ? AND month_start = ? AND pupil_id = ?");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM attendance_month WHERE class_id = ? AND month_start = ? AND pupil_id = ?")) {
            Set<Long> pupils = new HashSet<>(before.keySet());
            pupils.addAll(after.keySet());
            int inserts = 0;
            int updates = 0;
            int deletes = 0;
            for (long pupil : pupils) {
                MonthMarks old = before.get(pupil);
                MonthMarks now = after.get(pupil);
                if (now != null && now.isEmpty()) {
                    now = null;
                }
                if (old == null ? now == null : old.equals(now)) {
                    continue;
                }
                if (now == null) {
                    delete.setLong(1, classId);
                    delete.setDate(2, start);
                    delete.setLong(3, pupil);
                    delete.addBatch();
                    deletes++;
                } else {
                    PreparedStatement row = old == null ? insert : update;
                    MonthMarks.Counts c = now.counts();
                    row.setInt(1, c.days());
                    row.setInt(2, c.present());
                    row.setInt(3, c.late());
                    row.setInt(4, c.excused());
                    row.setInt(5, c.unexcused());
                    row.setString(6, now.text());
                    row.setLong(7, classId);
                    row.setDate(8, start);
                    row.setLong(9, pupil);
                    row.addBatch();
                    if (old == null) {
                        inserts++;
                    } else {
                        updates++;
                    }
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                update.executeBatch();
            }
            if (deletes > 0) {
                delete.executeBatch();
            }
            pupilsChanged = inserts > 0 || deletes > 0;
            writeClassMonth(connection, schoolClass, month, after, markedDays);
            refreshSummary(connection, classId, month);
            if (pupilsChanged) {
                // A pupil's first month in the class moved: the later months' new pupils change with it.
                for (YearMonth later : classMonths(classId, month.plusMonths(1), month.plusYears(1)).keySet()) {
                    refreshSummary(connection, classId, later);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rebuilds the summary rows of every class-month in which the pupil has marks: after a change of the pupil's sex,
     * ethnicity or cohort, which the summary groups by.
     */
    public void refreshPupil(long pupilId) {
        Connection connection = connection();
        try (PreparedStatement months = connection.prepareStatement(
                "SELECT class_id, month_start FROM attendance_month WHERE pupil_id = ?")) {
            months.setLong(1, pupilId);
            java.util.List<Object[]> found = new java.util.ArrayList<>();
            try (ResultSet rows = months.executeQuery()) {
                while (rows.next()) {
                    found.add(new Object[]{rows.getLong(1), rows.getDate(2).toLocalDate()});
                }
            }
            for (Object[] m : found) {
                refreshSummary(connection, (Long) m[0], YearMonth.from((LocalDate) m[1]));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The school's district, designation or classes' programme language changed: its summary rows take them over (the
     * rows are per class-month, so no regrouping is needed), each school year with its pinned designation if any.
     */
    public void refreshSchool(long schoolId) {
        vn.mtbbe.platform.db.SummaryPlaces.refreshSchool(connection(), "attendance_summary", schoolId);
    }

    /** Whether the pupil has marks in the class in {@code first} or a later month. */
    public boolean hasMarksFrom(long classId, long pupilId, YearMonth first) {
        try (PreparedStatement query = connection().prepareStatement("SELECT COUNT(*) FROM attendance_month "
                + "WHERE class_id = ? AND pupil_id = ? AND month_start >= ?")) {
            query.setLong(1, classId);
            query.setLong(2, pupilId);
            query.setDate(3, Date.valueOf(first.atDay(1)));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many classes (of {@code province}, or of every province for null) have marked {@code day}. */
    public long classesMarkedOn(String province, String schoolYear, LocalDate day) {
        try (PreparedStatement count = connection().prepareStatement("SELECT COUNT(*) FROM attendance_class_month "
                + "WHERE school_year = ? AND month_start = ? AND SUBSTRING(marked, ?, 1) = 'M'"
                + (province == null ? "" : " AND province_code = ?"))) {
            count.setString(1, schoolYear);
            count.setDate(2, Date.valueOf(day.withDayOfMonth(1)));
            count.setInt(3, day.getDayOfMonth());
            if (province != null) {
                count.setString(4, province);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored form of a class-month's marked days. */
    public static String markedText(Set<LocalDate> markedDays) {
        char[] marked = new char[MonthMarks.LENGTH];
        java.util.Arrays.fill(marked, Mark.NONE);
        markedDays.forEach(d -> marked[d.getDayOfMonth() - 1] = MARKED);
        return new String(marked);
    }

    private void writeClassMonth(Connection connection, SchoolClass schoolClass, YearMonth month,
                                 Map<Long, MonthMarks> marks, Set<LocalDate> markedDays) throws SQLException {
        String marked = markedText(markedDays);
        MonthMarks.Counts total = marks.values().stream().map(MonthMarks::counts)
                .reduce(MonthMarks.Counts.ZERO, MonthMarks.Counts::plus);
        Date start = Date.valueOf(month.atDay(1));
        if (markedDays.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM attendance_class_month WHERE class_id = ? AND month_start = ?")) {
                delete.setLong(1, schoolClass.getId());
                delete.setDate(2, start);
                delete.executeUpdate();
            }
            return;
        }
        int updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE attendance_class_month SET marked = ?, "
                + "marked_days = ?, pupil_days = ?, present = ?, late = ?, excused = ?, unexcused = ?, version = version + 1 "
                + "WHERE class_id = ? AND month_start = ?")) {
            bindTotals(update, marked, markedDays.size(), total);
            update.setLong(8, schoolClass.getId());
            update.setDate(9, start);
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attendance_class_month (marked, "
                    + "marked_days, pupil_days, present, late, excused, unexcused, class_id, month_start, school_id, "
                    + "province_code, school_year, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                bindTotals(insert, marked, markedDays.size(), total);
                insert.setLong(8, schoolClass.getId());
                insert.setDate(9, start);
                insert.setLong(10, schoolClass.getSchool().getId());
                insert.setString(11, schoolClass.getSchool().getProvinceCode());
                insert.setString(12, schoolClass.getSchoolYear());
                insert.executeUpdate();
            }
        }
    }

    private static void bindTotals(PreparedStatement row, String marked, int markedDays, MonthMarks.Counts total)
            throws SQLException {
        row.setString(1, marked);
        row.setInt(2, markedDays);
        row.setInt(3, total.days());
        row.setInt(4, total.present());
        row.setInt(5, total.late());
        row.setInt(6, total.excused());
        row.setInt(7, total.unexcused());
    }

    /**
     * Rebuilds the summary rows of one class-month from its pupil-months: one row per sex, ethnicity and cohort of
     * the pupils marked, with the class's dimensions copied in.
     */
    static void refreshSummary(Connection connection, long classId, YearMonth month) throws SQLException {
        Date start = Date.valueOf(month.atDay(1));
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM attendance_summary WHERE class_id = ? AND month_start = ?")) {
            delete.setLong(1, classId);
            delete.setDate(2, start);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(summaryInsert(FIRST_MONTHS_OF_CLASS)
                + " WHERE a.class_id = ? AND a.month_start = ?" + SUMMARY_GROUPS)) {
            insert.setLong(1, classId);
            insert.setLong(2, classId);
            insert.setDate(3, start);
            insert.executeUpdate();
        }
    }

    /**
     * Rebuilds every summary row from the pupil-months in two statements, for marks written in bulk (the demo
     * data): the same rows as {@link #refreshSummary} gives class-month by class-month.
     */
    public static void rebuildSummaries(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM attendance_summary");
             PreparedStatement insert = connection.prepareStatement(summaryInsert(FIRST_MONTHS) + SUMMARY_GROUPS)) {
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    /** Each pupil's first month in each class (in one class, when its id is bound): whether they are new in a month. */
    private static final String FIRST_MONTHS = "SELECT class_id, pupil_id, MIN(month_start) AS first_month "
            + "FROM attendance_month GROUP BY class_id, pupil_id";
    private static final String FIRST_MONTHS_OF_CLASS = "SELECT class_id, pupil_id, MIN(month_start) AS first_month "
            + "FROM attendance_month WHERE class_id = ? GROUP BY class_id, pupil_id";

    /** The summary rows of the pupil-months chosen by the WHERE clause that follows, before {@link #SUMMARY_GROUPS}. */
    private static String summaryInsert(String firstMonths) {
        return """
                INSERT INTO attendance_summary (class_id, month_start, sex, ethnicity_code, cohort_id, school_year,
                    province_code, district_id, school_id, designation, programme_language, stage,
                    pupils, new_pupils, pupil_days, present, late, excused, unexcused)
                SELECT a.class_id, a.month_start, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year,
                    s.province_code, s.district_id, s.id, COALESCE(sd.designation, s.designation),
                    COALESCE(c.programme_language, ''), c.stage,
                    COUNT(*), SUM(CASE WHEN f.first_month = a.month_start THEN 1 ELSE 0 END),
                    SUM(a.days), SUM(a.present + a.late), SUM(a.late), SUM(a.excused), SUM(a.unexcused)
                FROM attendance_month a
                JOIN (%s) f ON f.class_id = a.class_id AND f.pupil_id = a.pupil_id
                JOIN pupil p ON p.id = a.pupil_id
                JOIN school_class c ON c.id = a.class_id
                JOIN school s ON s.id = c.school_id
                LEFT JOIN school_designation sd ON sd.school_id = s.id AND sd.school_year = c.school_year
                """.formatted(firstMonths);
    }

    private static final String SUMMARY_GROUPS = """
             GROUP BY a.class_id, a.month_start, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year,
                s.province_code, s.district_id, s.id, COALESCE(sd.designation, s.designation),
                COALESCE(c.programme_language, ''), c.stage
            """;

    /** The transaction's connection, shared with JPA (EclipseLink begins the transaction on it early). */
    Connection connection() {
        return em.unwrap(Connection.class);
    }
}
