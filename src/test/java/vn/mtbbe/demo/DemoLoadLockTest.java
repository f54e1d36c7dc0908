package vn.mtbbe.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes starting together against one empty database: the demo load's lock (V25) makes the second wait for the
 * first one's transaction, then find the provinces written, so the demo data is loaded once; when the first load
 * fails and rolls back, the second loads it.
 */
class DemoLoadLockTest {

    String url;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:mem:demo-lock-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE startup_lock (name VARCHAR(40) NOT NULL PRIMARY KEY)");
            s.execute("INSERT INTO startup_lock (name) VALUES ('demo')");
            s.execute("CREATE TABLE province (code VARCHAR(4) NOT NULL PRIMARY KEY)");
        }
    }

    @Test
    void theSecondNodeWaitsForTheFirstsLoadThenFindsItDone() throws Exception {
        try (Connection first = transaction(); Connection second = transaction()) {
            assertTrue(DemoDataLoader.claim(first), "the first node loads");
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> claim(second));
            Thread.sleep(500);
            assertFalse(other.isDone(), "the second node waits while the first one's load runs");
            try (Statement s = first.createStatement()) {
                s.execute("INSERT INTO province (code) VALUES ('10')");
            }
            first.commit();
            assertFalse(other.get(20, TimeUnit.SECONDS), "then finds the demo data there and loads nothing");
            second.commit();
        }
    }

    @Test
    void whenTheFirstLoadRollsBackTheSecondNodeLoads() throws Exception {
        try (Connection first = transaction(); Connection second = transaction()) {
            assertTrue(DemoDataLoader.claim(first));
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> claim(second));
            try (Statement s = first.createStatement()) {
                s.execute("INSERT INTO province (code) VALUES ('10')");
            }
            Thread.sleep(300);
            first.rollback();
            assertTrue(other.get(20, TimeUnit.SECONDS), "nothing was written: the second node loads");
            second.rollback();
        }
    }

    private Connection transaction() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        return c;
    }

    private static boolean claim(Connection connection) {
        try {
            return DemoDataLoader.claim(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
