package vn.mtbbe.platform.db;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.mtbbe.platform.text.TextKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration 23: the search keys of names in Khmer script follow {@link TextKeys#fold} as it now is (without the coeng
 * and the diacritic signs, so that a name typed with a consonant side by side instead of subscript still finds the
 * child): every pupil's and school's key whose names hold Khmer is written again. Other keys do not change.
 */
public class KhmerSearchKeysMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23");
    }

    @Override
    public String getDescription() {
        return "khmer search keys";
    }

    @Override
    public Integer getChecksum() {
        return 23;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        rewrite(connection, "SELECT id, vietnamese_name, native_name FROM pupil", "UPDATE pupil SET search_key = ? WHERE id = ?");
        rewrite(connection, "SELECT id, name, native_name FROM school", "UPDATE school SET name_key = ? WHERE id = ?");
    }

    private static void rewrite(Connection connection, String select, String update) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            int batched = 0;
            while (rows.next()) {
                String first = rows.getString(2);
                String second = rows.getString(3);
                if (!khmer(first) && !khmer(second)) {
                    continue;
                }
                write.setString(1, TextKeys.searchKey(first, second));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++batched % 500 == 0) {
                    write.executeBatch();
                }
            }
            if (batched % 500 != 0) {
                write.executeBatch();
            }
        }
    }

    static boolean khmer(String text) {
        return text != null && text.chars().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
    }
}
