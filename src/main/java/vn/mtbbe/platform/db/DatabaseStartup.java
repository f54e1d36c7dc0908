package vn.mtbbe.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} before anything
 * else touches the database, then tells observers (the demo data loader) that the schema is ready; when they
 * are done, the instance is ready ({@link StartupState}).
 * The data source follows MicroProfile Config: {@code MTBBE_DB_URL}, {@code MTBBE_DB_USER},
 * {@code MTBBE_DB_PASSWORD}; the defaults in {@code config/microprofile-config.properties} give the
 * embedded database.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = DatabaseStartup.DATA_SOURCE,
                className = "vn.mtbbe.platform.db.ConfiguredDataSource",
                url = "${MPCONFIG=mtbbe.db.url}",
                user = "${MPCONFIG=mtbbe.db.user}",
                password = "${MPCONFIG=mtbbe.db.password}",
                minPoolSize = 2,
                maxPoolSize = 32),
        // Report queries' pool (ReadDatabase): opened only when a replica is configured; never part of a
        // transaction, so that a report read inside one does not make it span two databases.
        @DataSourceDefinition(
                name = ReadDatabase.DATA_SOURCE,
                className = "vn.mtbbe.platform.db.ReadDataSource",
                minPoolSize = 0,
                maxPoolSize = 32,
                transactional = false)
})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/mtbbe";
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    StartupState state;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        Flyway flyway = flyway(dataSource, getClass().getClassLoader());
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now) in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        schemaReady.fire(new SchemaReady(result.initialSchemaVersion == null));
        state.markReady();
    }

    /**
     * The application's migrations (SQL in db/migration, and Java ones) on {@code dataSource}. SQL migrations after
     * V10 write {@code ${binary}} after the type of every code or key column: on MySQL/MariaDB it makes the column
     * compare exactly (utf8mb4_bin, as {@link BinaryKeysMigration} made the earlier ones), on H2 it is empty.
     * {@code ${ascii}} does the same for columns of one-byte codes (attendance marks).
     */
    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
        boolean mySql = isMySql(dataSource);
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new BinaryKeysMigration(), new KhmerSearchKeysMigration())
                .placeholders(mySql
                        ? Map.of("binary", " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", "ascii", " CHARACTER SET ascii COLLATE ascii_bin")
                        : Map.of("binary", "", "ascii", ""))
                .failOnMissingLocations(true)
                .load();
    }

    private static boolean isMySql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    /** Fired once per start after the migrations ran; {@code created} is true when the schema was new. */
    public record SchemaReady(boolean created) {
    }
}
