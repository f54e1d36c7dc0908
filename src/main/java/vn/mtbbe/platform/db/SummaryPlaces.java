package vn.mtbbe.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * The one statement that moves a school's report summary rows (attendance_summary, achievement_summary, flow_summary:
 * each copies a class's district, designation and programme language in) to what the school now has: each school year
 * with its pinned designation if any. The rows are per class, so no regrouping is needed.
 */
public final class SummaryPlaces {

    private static final Set<String> TABLES = Set.of("attendance_summary", "achievement_summary", "flow_summary");

    private SummaryPlaces() {
    }

    public static void refreshSchool(Connection connection, String table, long schoolId) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE %1$s SET
                    district_id = (SELECT s.district_id FROM school s WHERE s.id = %1$s.school_id),
                    designation = COALESCE((SELECT d.designation FROM school_designation d
                                            WHERE d.school_id = %1$s.school_id
                                              AND d.school_year = %1$s.school_year),
                                           (SELECT s.designation FROM school s WHERE s.id = %1$s.school_id)),
                    programme_language = COALESCE((SELECT c.programme_language FROM school_class c
                                                   WHERE c.id = %1$s.class_id), '')
                WHERE school_id = ?""".formatted(table))) {
            update.setLong(1, schoolId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
