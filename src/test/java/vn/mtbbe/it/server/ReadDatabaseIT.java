package vn.mtbbe.it.server;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.platform.db.ReadDatabase;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.platform.health.HealthChecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: the test deployment names a read database (MTBBE_DB_READ_URL, here the same database as the
 * primary, so every report test runs through it), and report queries read through the read unit's own pool, which
 * never joins a transaction: a report read in the middle of a write transaction on the primary neither fails (two
 * databases in one transaction) nor sees that transaction's uncommitted rows.
 */
@ExtendWith(ArquillianExtension.class)
class ReadDatabaseIT {

    @Inject
    ReadDatabase reads;

    @Inject
    @ReportDatabase
    EntityManager reports;

    @PersistenceContext
    EntityManager primary;

    @Resource
    UserTransaction transaction;

    @Inject
    HealthChecks health;

    @Test
    void reportQueriesReadThroughTheReadUnit() {
        assertTrue(reads.separate(), "the test deployment configures a read database");
        assertTrue(reports.unwrap(Session.class).getName().contains("mtbbe-read"), reports.unwrap(Session.class).getName());
        assertNotSame(primary.getEntityManagerFactory(), reports.getEntityManagerFactory());
        assertEquals(count(primary), count(reports), "the same data");
        assertTrue(reads.answers());
    }

    @Test
    void aReportReadInsideAWriteTransactionStaysOutOfIt() throws Exception {
        long before = count(reports);
        transaction.begin();
        try {
            primary.createNativeQuery("INSERT INTO province (code, name) VALUES ('zz', 'Tỉnh thử')")
                    .executeUpdate();
            assertEquals(before + 1, count(primary), "the transaction sees its own row");
            assertEquals(before, count(reports), "a report reads committed data only, outside the transaction");
        } finally {
            transaction.rollback();
        }
        assertEquals(before, count(primary));
    }

    @Test
    void aDatabaseThatIsNoReplicaHasNoLag() {
        assertFalse(reads.lagSeconds().isPresent(), "the test database does not replicate from another");
    }

    private static long count(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM province").getSingleResult()).longValue();
    }
}
