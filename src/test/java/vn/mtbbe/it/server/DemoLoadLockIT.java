package vn.mtbbe.it.server;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server, on the real database: the demo load's lock (V25), taken in a transaction of the application's data
 * source, holds until that transaction ends, so another node's load waits for it.
 */
@ExtendWith(ArquillianExtension.class)
class DemoLoadLockIT {

    static final String LOCK = "SELECT name FROM startup_lock WHERE name = 'demo' FOR UPDATE";

    @Resource(lookup = "java:app/jdbc/mtbbe")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Test
    void theLockHoldsUntilTheTransactionEnds() throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            assertFalse(connection.getAutoCommit(), "enlisted in the transaction");
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                assertTrue(lock.executeQuery().next());
            }
            // Another node: its own connection to the same database, waiting at most 2 s for the lock.
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(DemoLoadLockIT::otherNodeGetsTheLock);
            assertFalse(other.get(60, TimeUnit.SECONDS), "the other node waits while this transaction runs");
        } finally {
            transaction.rollback();
        }
        assertTrue(CompletableFuture.supplyAsync(DemoLoadLockIT::otherNodeGetsTheLock).get(60, TimeUnit.SECONDS),
                "and gets the lock once it ended");
    }

    private static boolean otherNodeGetsTheLock() {
        String url = System.getenv("MTBBE_DB_URL");
        try (Connection other = DriverManager.getConnection(url, System.getenv("MTBBE_DB_USER"), System.getenv("MTBBE_DB_PASSWORD"))) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute(url.startsWith("jdbc:h2:") ? "SET LOCK_TIMEOUT 2000" : "SET SESSION innodb_lock_wait_timeout = 2");
                s.executeQuery(LOCK).next();
                other.rollback();
                return true;
            } catch (SQLException e) {
                other.rollback();
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
