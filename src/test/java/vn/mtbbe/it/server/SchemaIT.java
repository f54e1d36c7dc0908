package vn.mtbbe.it.server;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import vn.mtbbe.platform.db.BinaryKeysMigration;
import vn.mtbbe.platform.db.DatabaseStartup;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server, on whichever database the build points at (embedded H2 by default, MySQL/MariaDB
 * under -Pmysql): every migration applied and valid, every entity mapping readable against the migrated
 * schema, and text in every script of the programme stored without loss.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {


    @Resource(lookup = "java:app/jdbc/mtbbe")
    DataSource dataSource;

    @Inject
    SchemaProbe probe;

    @Test
    void everyMigrationIsAppliedAndValid() {
        Flyway flyway = DatabaseStartup.flyway(dataSource, getClass().getClassLoader());
        MigrationInfo[] all = flyway.info().all();
        assertTrue(all.length >= 3, "migrations found: " + all.length);
        List<MigrationInfo> notApplied = Arrays.stream(all).filter(m -> m.getState() != MigrationState.SUCCESS).toList();
        assertEquals(List.of(), notApplied.stream().map(m -> m.getVersion() + " " + m.getState()).toList());
        assertTrue(flyway.validateWithResult().validationSuccessful, "checksums of applied migrations match the files");
    }

    @Test
    void everyEntityMapsOntoTheSchema() {
        assertTrue(probe.entityCount() >= 12, "entities: " + probe.entityCount());
        assertEquals(List.of(), probe.unreadableEntities());
    }

    @Test
    void textInEveryScriptSurvivesTheRoundTrip() throws Exception {
        String khmer = "ស្រីពៅ";
        String vietnamese = "Nguyễn Thị Hoà";
        String chinese = "老街省";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.executeUpdate("INSERT INTO ref_name (kind, code, locale, name) VALUES ('TEST', 'km', 'km', '" + khmer + "')");
                s.executeUpdate("INSERT INTO ref_name (kind, code, locale, name) VALUES ('TEST', 'vi', 'vi', '" + vietnamese + "')");
                s.executeUpdate("INSERT INTO ref_name (kind, code, locale, name) VALUES ('TEST', 'zh', 'zh', '" + chinese + "')");
                try (ResultSet rs = s.executeQuery("SELECT code, name FROM ref_name WHERE kind = 'TEST' ORDER BY code")) {
                    rs.next();
                    assertEquals(khmer, rs.getString(2));
                    rs.next();
                    assertEquals(vietnamese, rs.getString(2));
                    rs.next();
                    assertEquals(chinese, rs.getString(2));
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void binaryCollationKeysCompareAsUnsignedBytes() throws Exception {
        // ORDER BY on the stored ICU keys is only right if the database compares bytes as unsigned.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CASE WHEN X'7F' < X'80' THEN 1 ELSE 0 END")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void theServerRunsOnTheDatabaseTheBuildChose() throws Exception {
        String url = System.getenv("MTBBE_DB_URL");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String version = c.getMetaData().getDatabaseProductVersion();
            if (url.startsWith("jdbc:h2:")) {
                assertEquals("H2", product);
            } else {
                assertEquals("MySQL", product, "Connector/J names MySQL and MariaDB servers alike");
                String expected = System.getenv().getOrDefault("MTBBE_IT_DB_PRODUCT", "");
                assertTrue(version.contains(expected), "server " + version + ", expected " + expected);
            }
        }
    }

    @Test
    void keysCompareExactlyAndInstantsAreDateTimesOnMySql() throws Exception {
        if (!System.getenv("MTBBE_DB_URL").startsWith("jdbc:mysql:")) {
            return; // H2 compares exactly and has no time-zone-shifting TIMESTAMP; nothing to check there
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND DATA_TYPE = 'timestamp' AND TABLE_NAME <> 'flyway_schema_history'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "TIMESTAMP columns left");
            }
            // The keys of V10's migration and those of later tables (written with ${binary} in their migrations).
            List<BinaryKeysMigration.Key> keys = new ArrayList<>(BinaryKeysMigration.KEYS);
            keys.add(new BinaryKeysMigration.Key("calendar_day", "school_year", ""));
            keys.add(new BinaryKeysMigration.Key("calendar_day", "scope", ""));
            for (BinaryKeysMigration.Key key : keys) {
                try (ResultSet rs = s.executeQuery("SELECT COLLATION_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + key.table() + "' AND COLUMN_NAME = '"
                        + key.column() + "'")) {
                    assertTrue(rs.next(), key.toString());
                    assertEquals("utf8mb4_bin", rs.getString(1), key.toString());
                }
            }
        }
    }
}
