package vn.mtbbe.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads off the primary: when {@code MTBBE_DB_READ_URL} names a replica of the database (MySQL/MariaDB replication),
 * report queries ({@link ReportDatabase}) read there, through their own connection pool and persistence unit
 * ({@code mtbbe-read}: the same entities, read only, without a shared cache, since the primary's writes never reach
 * it). Entry and everything that must see its own writes stay on the primary, as does everything when no replica is
 * configured. The replica's delay is in the health details ({@link #lagSeconds()}).
 */
@ApplicationScoped
public class ReadDatabase {

    public static final String DATA_SOURCE = "java:app/jdbc/mtbbe-read";
    static final String UNIT = "mtbbe-read";

    @Inject
    @ConfigProperty(name = "mtbbe.db.read.url")
    Optional<String> readUrl;

    @PersistenceContext
    EntityManager primary;

    @Resource(lookup = DATA_SOURCE)
    DataSource readSource;

    private volatile EntityManagerFactory factory;

    /** Whether report queries read from a database of their own (a replica). */
    public boolean separate() {
        return readUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /** The report queries' entity manager for this request: the replica's (closed at the request's end) or the primary's. */
    @Produces
    @ReportDatabase
    @RequestScoped
    EntityManager reportEntityManager() {
        return separate() ? factory().createEntityManager() : primary;
    }

    void close(@Disposes @ReportDatabase EntityManager em) {
        if (separate() && em.isOpen()) {
            em.close();
        }
    }

    /** The read persistence unit, made at its first use (only when a replica is configured). */
    public synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory(UNIT, Map.of(
                    "eclipselink.persistencexml", "META-INF/read-persistence.xml",
                    "jakarta.persistence.nonJtaDataSource", readSource));
        }
        return factory;
    }

    @PreDestroy
    synchronized void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    /**
     * How many seconds the replica's copy is behind the primary, as the replica reports it
     * ({@code SHOW REPLICA STATUS}: MariaDB 10.5+, MySQL 8.0.22+; the account needs the REPLICA MONITOR or
     * REPLICATION CLIENT privilege); empty when no replica is configured, when it does not replicate or cannot say.
     */
    public OptionalLong lagSeconds() {
        if (!separate()) {
            return OptionalLong.empty();
        }
        try (Connection connection = readSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet status = statement.executeQuery("SHOW REPLICA STATUS")) {
            if (!status.next()) {
                return OptionalLong.empty();
            }
            ResultSetMetaData columns = status.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                String name = columns.getColumnLabel(i);
                if (name.equalsIgnoreCase("Seconds_Behind_Master") || name.equalsIgnoreCase("Seconds_Behind_Source")) {
                    long lag = status.getLong(i);
                    return status.wasNull() ? OptionalLong.empty() : OptionalLong.of(lag);
                }
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether the read database answers (true when there is none of its own). */
    public boolean answers() {
        if (!separate()) {
            return true;
        }
        try (Connection connection = readSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
