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
     * Waits until {@code count} transactions of other sessions wait for a lock (a row that {@code holder} locked),
     * for at most 30 s. Without the right to see other sessions (MySQL/MariaDB need PROCESS), it waits 3 s instead.
     */
    public static void awaitLockWaits(Connection holder, int count) throws SQLException, InterruptedException {
        String sql = isH2() ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection observer = connect(); PreparedStatement query = observer.prepareStatement(sql)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("fewer than " + count + " transactions came to wait for the lock");
        } catch (SQLException notAllowed) {
            if (isH2()) {
                throw notAllowed;
            }
            Thread.sleep(3000);
        }
    }

    /** Whether the database is H2 (else MySQL or MariaDB). */
    public static boolean isH2() {
        return System.getProperty("it.db.url", "").startsWith("jdbc:h2:");
    }
}
