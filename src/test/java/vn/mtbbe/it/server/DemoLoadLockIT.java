package vn.mtbbe.it.server;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
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
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(this::otherNodeGetsTheLock);
            assertFalse(other.get(60, TimeUnit.SECONDS), "the other node waits while this transaction runs");
        } finally {
            transaction.rollback();
        }
        assertTrue(CompletableFuture.supplyAsync(this::otherNodeGetsTheLock).get(60, TimeUnit.SECONDS),
                "and gets the lock once it ended");
    }

    /** Another node: a database session of its own (a connection outside any transaction), waiting at most 2 s. */
    private boolean otherNodeGetsTheLock() {
        boolean h2 = System.getenv("MTBBE_DB_URL").startsWith("jdbc:h2:");
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute(h2 ? "SET LOCK_TIMEOUT 2000" : "SET SESSION innodb_lock_wait_timeout = 2");
            other.setAutoCommit(false);
            try {
                s.executeQuery(LOCK).next();
                return true;
            } catch (SQLException e) {
                return false;
            } finally {
                // The pooled connection goes back as it came.
                other.rollback();
                other.setAutoCommit(true);
                s.execute(h2 ? "SET LOCK_TIMEOUT 10000" : "SET SESSION innodb_lock_wait_timeout = DEFAULT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
