package vn.mtbbe.cohort.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.platform.db.SummaryPlaces;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the flow summary (V21) in the transaction that changes enrolments: the rows of a class are rebuilt from its
 * enrolments whenever one of them, or another enrolment of the same pupil in the same school year, changes; a pupil's
 * changed sex, ethnicity or cohort rebuilds every class they were in, and a school's changed district, designation or
 * programme language moves its rows. A pupil counts once per school year, in the class where the year ended for them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FlowStore {

    @PersistenceContext
    EntityManager em;

    /** The classes of the pupil's enrolments in the school year: a new or ended one can move where the year ends. */
    public void refreshPupilYear(vn.mtbbe.registry.domain.Pupil pupil, String schoolYear) {
        em.flush();
        long pupilId = pupil.getId();
        refresh(classes("SELECT DISTINCT e.class_id FROM enrolment e JOIN school_class c ON c.id = e.class_id "
                + "WHERE e.pupil_id = ? AND c.school_year = ?", pupilId, schoolYear));
    }

    /** Every class the pupil was ever in: after a change of what the rows group by. */
    public void refreshPupil(long pupilId) {
        refresh(classes("SELECT DISTINCT class_id FROM enrolment WHERE pupil_id = ?", pupilId));
    }

    /** Every class of the school in the school year: after the year-end rollover closed it. */
    public void refreshYear(long schoolId, String schoolYear) {
        refresh(classes("SELECT id FROM school_class WHERE school_id = ? AND school_year = ?", schoolId, schoolYear));
    }

    public void refreshSchool(long schoolId) {
        em.flush();
        SummaryPlaces.refreshSchool(connection(), "flow_summary", schoolId);
    }

    /** Rebuilds every row in two statements, for enrolments written in bulk (the demo data). */
    public static void rebuild(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM flow_summary");
             PreparedStatement insert = connection.prepareStatement(TARGET + SELECT + GROUPS)) {
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    /**
     * Each class's rows rebuilt: the enrolments read without locking them (a plain, consistent read), then written.
     * An INSERT … SELECT would lock every enrolment it reads and deadlock with a departure saved at the same time; a
     * deadlock or a lock wait that still happens is the clash it is (the caller's 409, everything rolled back).
     */
    private void refresh(Collection<Long> classIds) {
        Connection connection = connection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM flow_summary WHERE class_id = ?");
             PreparedStatement select = connection.prepareStatement(SELECT + " AND e.class_id = ?" + GROUPS);
             PreparedStatement insert = connection.prepareStatement(INSERT_VALUES)) {
            for (long classId : classIds) {
                delete.setLong(1, classId);
                delete.executeUpdate();
                select.setLong(1, classId);
                int rows = 0;
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        for (int i = 1; i <= COLUMNS; i++) {
                            insert.setObject(i, r.getObject(i));
                        }
                        insert.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            if ("40001".equals(e.getSQLState()) || e.getErrorCode() == 1205 || e.getErrorCode() == 1213) {
                throw new jakarta.persistence.OptimisticLockException(e);
            }
            throw new IllegalStateException(e);
        }
    }

    private Set<Long> classes(String sql, Object... parameters) {
        em.flush();
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement query = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static final String TARGET = """
            INSERT INTO flow_summary (class_id, sex, ethnicity_code, cohort_id, school_year, province_code, district_id,
                school_id, designation, programme_language, stage, enrolled, promoted, repeated, transferred, dropped_out,
                completed)
            """;

    /** The number of columns of a flow summary row. */
    private static final int COLUMNS = 17;

    private static final String INSERT_VALUES = TARGET + " VALUES (" + String.join(", ", java.util.Collections.nCopies(COLUMNS, "?")) + ")";

    /** The flow summary's rows of the enrolments that end a pupil's year, before a class filter and {@link #GROUPS}. */
    private static final String SELECT = """
            SELECT c.id, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year, s.province_code, s.district_id,
                s.id, COALESCE(sd.designation, s.designation), COALESCE(c.programme_language, ''), c.stage, COUNT(*),
                SUM(CASE WHEN e.outcome = 'PROMOTED' THEN 1 ELSE 0 END),
                SUM(CASE WHEN e.outcome = 'REPEATED' THEN 1 ELSE 0 END),
                SUM(CASE WHEN e.outcome = 'TRANSFERRED' THEN 1 ELSE 0 END),
                SUM(CASE WHEN e.outcome = 'DROPPED_OUT' THEN 1 ELSE 0 END),
                SUM(CASE WHEN e.outcome = 'COMPLETED' THEN 1 ELSE 0 END)
            FROM enrolment e
            JOIN pupil p ON p.id = e.pupil_id
            JOIN school_class c ON c.id = e.class_id
            JOIN school s ON s.id = c.school_id
            LEFT JOIN school_designation sd ON sd.school_id = s.id AND sd.school_year = c.school_year
            WHERE (e.outcome IS NULL OR e.outcome <> 'MOVED')
              AND NOT EXISTS (SELECT 1 FROM enrolment l JOIN school_class lc ON lc.id = l.class_id
                              WHERE l.pupil_id = e.pupil_id AND lc.school_year = c.school_year
                                AND (l.outcome IS NULL OR l.outcome <> 'MOVED')
                                AND (l.start_date > e.start_date OR (l.start_date = e.start_date AND l.id > e.id)))""";

    private static final String GROUPS = " GROUP BY c.id, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year,"
            + " s.province_code, s.district_id, s.id, COALESCE(sd.designation, s.designation),"
            + " COALESCE(c.programme_language, ''), c.stage";

    /** The columns a row is identified by, and its figures, as {@link FlowRecount} compares them. */
    static final List<String> GROUP_COLUMNS = List.of("class_id", "sex", "ethnicity_code", "cohort_id", "school_year",
            "province_code", "district_id", "school_id", "designation", "programme_language", "stage");

    static final List<String> FIGURES = List.of("enrolled", "promoted", "repeated", "transferred", "dropped_out",
            "completed");

    /** The transaction's connection, shared with JPA. */
    Connection connection() {
        return em.unwrap(Connection.class);
    }
}
