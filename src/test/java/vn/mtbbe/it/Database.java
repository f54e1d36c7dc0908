package vn.mtbbe.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's database, reached from the tests over JDBC (the embedded H2 database through its automatic
 * server mode, MySQL/MariaDB directly): to check what a refused request left behind, and to hold locks that make
 * two requests meet. The build passes the URL and account as {@code it.db.*} system properties.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** The first column of every row {@code sql} returns. */
    public static List<Object> column(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; the rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single number {@code sql} returns (a count). */
    public static long number(String sql, Object... parameters) {
        return ((Number) column(sql, parameters).get(0)).longValue();
    }

    /**
     * Waits, for at most 30 s, until {@code count} other sessions wait for rows of {@code table} that {@code holder}
     * locked. H2 names each session's blocker; on MySQL/MariaDB a statement on the table that is still running while
     * the holder sits idle can only be waiting for its lock (seen twice in a row, to be sure). The application and
     * the tests share one database account, and an account always sees its own sessions.
     */
    public static void awaitLockWaits(Connection holder, int count, String table) throws SQLException, InterruptedException {
        String sql = isH2() ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID()"
                + " AND LOWER(INFO) LIKE '%" + table + "%'";
        long deadline = System.nanoTime() + 30_000_000_000L;
        int seen = 0;
        try (Connection observer = connect(); PreparedStatement query = observer.prepareStatement(sql)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    seen = row.getLong(1) >= count ? seen + 1 : 0;
                }
                if (seen == (isH2() ? 1 : 2)) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("fewer than " + count + " sessions came to wait for the lock on " + table
                + (isH2() ? "" : "; running: " + column("SELECT CONCAT(STATE, ' ', IFNULL(INFO, ''))"
                + " FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query'")));
    }

    /** Whether the database is H2 (else MySQL or MariaDB). */
    public static boolean isH2() {
        return System.getProperty("it.db.url", "").startsWith("jdbc:h2:");
    }
}
