package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The achievement tables (see the achievement migration), written with JDBC batches on the transaction's own
 * connection: a class's results of a sitting, its class-sitting row and its summary rows change together, so reports
 * read figures that agree with the results the moment they are saved. The summary's figures come from
 * {@link Scoring}, the one place that derives them. Callers hold the class's lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AchievementStore {

    /** A result's place: the pupil and the subtask. */
    public record Key(long pupil, long subtask) {
    }

    @PersistenceContext
    EntityManager em;

    /** The class's results of the sitting. */
    public Map<Key, Scoring.Entry> results(long sittingId, long classId) {
        Map<Key, Scoring.Entry> results = new HashMap<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT pupil_id, subtask_id, absent, score, seconds "
                + "FROM assessment_result WHERE sitting_id = ? AND class_id = ?")) {
            select.setLong(1, sittingId);
            select.setLong(2, classId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    results.put(new Key(rows.getLong(1), rows.getLong(2)), entry(rows, 3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return results;
    }

    /** The classes of a sitting with results: class id → {pupils with a result, results}. */
    public Map<Long, int[]> classesWithResults(long sittingId) {
        Map<Long, int[]> classes = new HashMap<>();
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT class_id, pupils, results FROM assessment_class WHERE sitting_id = ?")) {
            select.setLong(1, sittingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    classes.put(rows.getLong(1), new int[]{rows.getInt(2), rows.getInt(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    /** Replaces the class's results of the sitting {@code before} (read under the class's lock) by {@code after}. */
    public void write(long sittingId, SchoolClass schoolClass, Map<Key, Scoring.Entry> before, Map<Key, Scoring.Entry> after) {
        Connection connection = connection();
        long classId = schoolClass.getId();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment_result "
                + "(absent, score, seconds, sitting_id, class_id, pupil_id, subtask_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE assessment_result SET absent = ?, score = ?, "
                     + "seconds = ? WHERE sitting_id = ? AND class_id = ? AND pupil_id = ? AND subtask_id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM assessment_result "
                     + "WHERE sitting_id = ? AND class_id = ? AND pupil_id = ? AND subtask_id = ?")) {
            Set<Key> keys = new HashSet<>(before.keySet());
            keys.addAll(after.keySet());
            int inserts = 0;
            int updates = 0;
            int deletes = 0;
            for (Key key : keys) {
                Scoring.Entry old = before.get(key);
                Scoring.Entry now = after.get(key);
                if (old == null ? now == null : old.equals(now)) {
                    continue;
                }
                if (now == null) {
                    delete.setLong(1, sittingId);
                    delete.setLong(2, classId);
                    delete.setLong(3, key.pupil());
                    delete.setLong(4, key.subtask());
                    delete.addBatch();
                    deletes++;
                    continue;
                }
                PreparedStatement row = old == null ? insert : update;
                row.setBoolean(1, now.absent());
                setInteger(row, 2, now.score());
                setInteger(row, 3, now.seconds());
                row.setLong(4, sittingId);
                row.setLong(5, classId);
                row.setLong(6, key.pupil());
                row.setLong(7, key.subtask());
                row.addBatch();
                if (old == null) {
                    inserts++;
                } else {
                    updates++;
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
            writeClassRow(connection, sittingId, schoolClass, after);
            refreshSummaries(connection, sittingId, classId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeClassRow(Connection connection, long sittingId, SchoolClass schoolClass,
                                      Map<Key, Scoring.Entry> results) throws SQLException {
        long classId = schoolClass.getId();
        if (results.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM assessment_class WHERE sitting_id = ? AND class_id = ?")) {
                delete.setLong(1, sittingId);
                delete.setLong(2, classId);
                delete.executeUpdate();
            }
            return;
        }
        int pupils = (int) results.keySet().stream().mapToLong(Key::pupil).distinct().count();
        int updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE assessment_class SET pupils = ?, results = ?, "
                + "version = version + 1 WHERE sitting_id = ? AND class_id = ?")) {
            update.setInt(1, pupils);
            update.setInt(2, results.size());
            update.setLong(3, sittingId);
            update.setLong(4, classId);
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment_class (pupils, results, "
                    + "sitting_id, class_id, school_id, province_code, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                insert.setInt(1, pupils);
                insert.setInt(2, results.size());
                insert.setLong(3, sittingId);
                insert.setLong(4, classId);
                insert.setLong(5, schoolClass.getSchool().getId());
                insert.setString(6, schoolClass.getSchool().getProvinceCode());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Rebuilds the summary rows of one class's results of a sitting (both ids given), or of every result (both null;
     * the demo data), from the results.
     */
    public static void refreshSummaries(Connection connection, Long sittingId, Long classId) throws SQLException {
        boolean one = sittingId != null;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM achievement_summary"
                + (one ? " WHERE sitting_id = ? AND class_id = ?" : ""))) {
            if (one) {
                delete.setLong(1, sittingId);
                delete.setLong(2, classId);
            }
            delete.executeUpdate();
        }
        insert(connection, tally(connection, one ? " WHERE r.sitting_id = ? AND r.class_id = ?" : "",
                one ? List.of(sittingId, classId) : List.of()));
    }

    /** The columns of a summary row's group, in the order of {@link #tally}'s keys. */
    static final List<String> GROUP_COLUMNS = List.of("sitting_id", "subtask_id", "class_id", "sex", "ethnicity_code",
            "cohort_id", "school_year", "round", "province_code", "district_id", "school_id", "designation",
            "programme_language", "stage", "instrument_id", "language_code", "skill");

    /**
     * The summary rows of the results chosen by {@code where} (on assessment_result r): one per subtask and group of
     * pupils (sex, ethnicity, cohort), with the class's and the instrument's dimensions copied in, tallied by
     * {@link Scoring.Tally}.
     */
    static Map<List<Object>, Scoring.Tally> tally(Connection connection, String where, List<Object> binds) throws SQLException {
        Map<Long, Scoring.Spec> specs = specs(connection);
        Map<List<Object>, Scoring.Tally> tallies = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT r.sitting_id, r.subtask_id, r.class_id, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0),
                    c.school_year, st.round, s.province_code, s.district_id, s.id, COALESCE(sd.designation, s.designation),
                    COALESCE(c.programme_language, ''), c.stage, i.id, i.language_code, t.skill,
                    r.absent, r.score, r.seconds
                FROM assessment_result r
                JOIN pupil p ON p.id = r.pupil_id
                JOIN school_class c ON c.id = r.class_id
                JOIN school s ON s.id = c.school_id
                LEFT JOIN school_designation sd ON sd.school_id = s.id AND sd.school_year = c.school_year
                JOIN sitting st ON st.id = r.sitting_id
                JOIN subtask t ON t.id = r.subtask_id
                JOIN instrument i ON i.id = t.instrument_id
                """ + where)) {
            for (int i = 0; i < binds.size(); i++) {
                select.setObject(i + 1, binds.get(i));
            }
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<Object> group = new ArrayList<>(GROUP_COLUMNS.size());
                    for (int i = 1; i <= GROUP_COLUMNS.size(); i++) {
                        group.add(groupValue(rows.getObject(i)));
                    }
                    Scoring.Spec spec = specs.get(rows.getLong(2));
                    Stage stage = Stage.valueOf(rows.getString(14).strip());
                    tallies.computeIfAbsent(group, k -> new Scoring.Tally()).add(spec, stage, entry(rows, 18));
                }
            }
        }
        return tallies;
    }

    static Object groupValue(Object value) {
        return value instanceof String text ? text.strip() : value instanceof Number n ? (Object) n.longValue() : value;
    }

    private static void insert(Connection connection, Map<List<Object>, Scoring.Tally> tallies) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO achievement_summary ("
                + String.join(", ", GROUP_COLUMNS) + ", pupils, absent, assessed, score_sum, rated, rate_sum, zero_scores, "
                + "banded, approaching, meeting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Map.Entry<List<Object>, Scoring.Tally> e : tallies.entrySet()) {
                List<Object> g = e.getKey();
                for (int i = 0; i < g.size(); i++) {
                    insert.setObject(i + 1, g.get(i));
                }
                Scoring.Tally t = e.getValue();
                insert.setInt(18, t.pupils());
                insert.setInt(19, t.absent());
                insert.setInt(20, t.assessed());
                insert.setLong(21, t.scoreSum());
                insert.setInt(22, t.rated());
                insert.setBigDecimal(23, rateSum(t));
                insert.setInt(24, t.zeroScores());
                insert.setInt(25, t.banded());
                insert.setInt(26, t.approaching());
                insert.setInt(27, t.meeting());
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % 1000 != 0) {
                insert.executeBatch();
            }
        }
    }

    static BigDecimal rateSum(Scoring.Tally t) {
        return BigDecimal.valueOf(t.rateSum()).setScale(3, RoundingMode.HALF_UP);
    }

    /** A pupil's sex, ethnicity or cohort changed: every class-sitting with their results is grouped anew. */
    public void refreshPupil(long pupilId) {
        Connection connection = connection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT sitting_id, class_id FROM assessment_result WHERE pupil_id = ?")) {
            select.setLong(1, pupilId);
            List<long[]> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new long[]{rows.getLong(1), rows.getLong(2)});
                }
            }
            for (long[] f : found) {
                refreshSummaries(connection, f[0], f[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The school's district, designation or classes' programme language changed: its summary rows take them over. */
    public void refreshSchool(long schoolId) {
        vn.mtbbe.platform.db.SummaryPlaces.refreshSchool(connection(), "achievement_summary", schoolId);
    }

    /** Every subtask as {@link Scoring} needs it, with its benchmarks. */
    static Map<Long, Scoring.Spec> specs(Connection connection) throws SQLException {
        Map<Long, Map<Stage, Scoring.Thresholds>> bands = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT subtask_id, stage, approaching_from, meeting_from FROM benchmark");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                bands.computeIfAbsent(rows.getLong(1), k -> new EnumMap<>(Stage.class)).put(Stage.valueOf(rows.getString(2).strip()),
                        new Scoring.Thresholds(rows.getBigDecimal(3).doubleValue(), rows.getBigDecimal(4).doubleValue()));
            }
        }
        Map<Long, Scoring.Spec> specs = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, skill, kind, items, seconds FROM subtask");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                int seconds = rows.getInt(5);
                Integer limit = rows.wasNull() ? null : seconds;
                specs.put(id, new Scoring.Spec(id, Skill.valueOf(rows.getString(2).strip()),
                        SubtaskKind.valueOf(rows.getString(3).strip()), rows.getInt(4), limit,
                        bands.getOrDefault(id, Map.of())));
            }
        }
        return specs;
    }

    private static Scoring.Entry entry(ResultSet rows, int first) throws SQLException {
        if (rows.getBoolean(first)) {
            return Scoring.Entry.ABSENT;
        }
        int score = rows.getInt(first + 1);
        int seconds = rows.getInt(first + 2);
        return Scoring.Entry.of(score, rows.wasNull() ? null : seconds);
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** The class-sitting version that names the state of its results, if it has any. */
    public Optional<Long> version(long sittingId, long classId) {
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT version FROM assessment_class WHERE sitting_id = ? AND class_id = ?")) {
            select.setLong(1, sittingId);
            select.setLong(2, classId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connection() {
        return em.unwrap(Connection.class);
    }
}
