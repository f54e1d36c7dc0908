package vn.mtbbe.platform.db;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Migration 10: codes and keys compare exactly on MySQL/MariaDB too. Their default collation
 * (utf8mb4_unicode_ci) ignores case and accents, so there a pupil code typed in lower case found another pupil's,
 * and two districts whose names differ only by their diacritics were one; H2 compares exactly. The columns move to
 * utf8mb4_bin, the keys that point at them too (a foreign key needs the same collation on both sides). Nothing to
 * do on H2. Names that people search (pupils, schools) keep their accent-free search keys.
 */
public class BinaryKeysMigration implements JavaMigration {

    /** Table, column and its definition (type and nullability, unchanged). */
    public record Key(String table, String column, String definition) {
    }

    public static final List<Key> KEYS = List.of(
            new Key("language", "code", "VARCHAR(8) NOT NULL"),
            new Key("ethnicity", "code", "VARCHAR(16) NOT NULL"),
            new Key("ethnicity", "language_code", "VARCHAR(8) NULL"),
            new Key("ref_name", "kind", "VARCHAR(16) NOT NULL"),
            new Key("ref_name", "code", "VARCHAR(16) NOT NULL"),
            new Key("ref_name", "locale", "VARCHAR(16) NOT NULL"),
            new Key("province", "code", "VARCHAR(8) NOT NULL"),
            new Key("district", "province_code", "VARCHAR(8) NOT NULL"),
            new Key("district", "code", "VARCHAR(8) NOT NULL"),
            new Key("district", "name", "VARCHAR(100) NOT NULL"),
            new Key("school", "code", "VARCHAR(16) NOT NULL"),
            new Key("school", "province_code", "VARCHAR(8) NOT NULL"),
            new Key("school", "programme_language", "VARCHAR(8) NULL"),
            new Key("school_year", "code", "VARCHAR(9) NOT NULL"),
            new Key("school_class", "school_year", "VARCHAR(9) NOT NULL"),
            new Key("school_class", "name", "VARCHAR(40) NOT NULL"),
            new Key("school_class", "programme_language", "VARCHAR(8) NULL"),
            new Key("pupil", "code", "VARCHAR(20) NOT NULL"),
            new Key("pupil", "ethnicity_code", "VARCHAR(16) NOT NULL"),
            new Key("pupil", "mother_tongue", "VARCHAR(8) NOT NULL"),
            new Key("pupil", "province_code", "VARCHAR(8) NOT NULL"),
            new Key("code_counter", "prefix", "VARCHAR(16) NOT NULL"),
            new Key("app_user", "username", "VARCHAR(64) NOT NULL"),
            new Key("user_province", "province_code", "VARCHAR(8) NOT NULL"),
            new Key("subject", "code", "VARCHAR(32) NOT NULL"),
            new Key("programme", "name", "VARCHAR(200) NOT NULL"),
            new Key("programme", "mother_tongue", "VARCHAR(8) NOT NULL"),
            new Key("schedule_entry", "subject", "VARCHAR(32) NOT NULL"),
            new Key("class_instruction", "subject", "VARCHAR(32) NOT NULL"),
            new Key("sign_in_throttle", "subject", "VARCHAR(200) NOT NULL"),
            new Key("audit_log", "entity_key", "VARCHAR(64) NOT NULL"));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "binary keys";
    }

    @Override
    public Integer getChecksum() {
        return KEYS.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        // MySQL commits each ALTER TABLE anyway.
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        // A column a foreign key uses cannot change its collation (MariaDB refuses even without the key checks):
        // the keys that touch these columns are dropped, the columns changed, the keys made again as they were.
        List<ForeignKey> foreignKeys = foreignKeys(connection);
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : foreignKeys) {
                statement.execute("ALTER TABLE " + key.table() + " DROP FOREIGN KEY " + key.name());
            }
            for (Key key : KEYS) {
                statement.execute(sql(key));
            }
            for (ForeignKey key : foreignKeys) {
                statement.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " FOREIGN KEY ("
                        + key.column() + ") REFERENCES " + key.referencedTable() + " (" + key.referencedColumn() + ")");
            }
        }
    }

    /** A single-column foreign key (all of this schema's are). */
    record ForeignKey(String table, String name, String column, String referencedTable, String referencedColumn) {
    }

    /** The foreign keys of this schema from or to one of the {@link #KEYS}. */
    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        Set<String> keys = new HashSet<>();
        KEYS.forEach(k -> keys.add(k.table() + "." + k.column()));
        List<ForeignKey> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,"
                     + " REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL")) {
            while (rows.next()) {
                ForeignKey key = new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5));
                if (keys.contains(key.table() + "." + key.column())
                        || keys.contains(key.referencedTable() + "." + key.referencedColumn())) {
                    found.add(key);
                }
            }
        }
        return found;
    }

    static String sql(Key key) {
        String type = key.definition().replaceFirst(" (NOT )?NULL$", "");
        String nullability = key.definition().substring(type.length());
        return "ALTER TABLE " + key.table() + " MODIFY " + key.column() + " " + type
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" + nullability;
    }
}
