package vn.mtbbe.platform.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import vn.mtbbe.platform.db.ConfiguredDataSource;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The application's counters and timers in MicroProfile Metrics' application registry. Writes are counted when
 * their transaction commits, so that a refused or rolled-back save counts for nothing.
 */
@ApplicationScoped
public class AppMetrics {

    static final Metadata REQUESTS = Metadata.builder().withName("mtbbe.requests")
            .withDescription("Time to answer a request, by route template (pages by view, the API by resource path) "
                    + "and HTTP method").withUnit(MetricUnits.SECONDS).build();
    static final Metadata ATTENDANCE_SAVES = Metadata.builder().withName("mtbbe.attendance.saves")
            .withDescription("Attendance saves committed: a class-day (unit=day) or a class-month (unit=month) at once")
            .build();
    static final Metadata PUPIL_WRITES = Metadata.builder().withName("mtbbe.pupil.writes")
            .withDescription("Pupil records written and committed, by action (enrol, update, move, receive)").build();
    static final Metadata IMPORTS = Metadata.builder().withName("mtbbe.imports")
            .withDescription("Imports finished, by kind and outcome (committed, rolledBack)").build();
    static final Metadata IMPORT_ROWS = Metadata.builder().withName("mtbbe.import.rows")
            .withDescription("Rows of committed imports, by kind").build();
    static final Metadata IMPORT_TIME = Metadata.builder().withName("mtbbe.import.duration")
            .withDescription("Time an import took, from the start of its transaction to its end, by kind")
            .withUnit(MetricUnits.SECONDS).build();

    static final Metadata DB_CONNECTIONS = Metadata.builder().withName("mtbbe.db.connections")
            .withDescription("Connections to the database this instance's pool holds open now (its size; at most "
                    + "maxPoolSize of the data source)").build();

    @Inject
    MetricRegistry registry;

    /** Registers the gauges when the application starts, so that they are there before anything happens. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(DB_CONNECTIONS, ConfiguredDataSource::open);
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Time to answer one request on {@code route} (a template, never a concrete path with ids in it). */
    public void request(String route, String method, Duration took) {
        registry.timer(REQUESTS, new Tag("route", route), new Tag("method", method)).update(took);
    }

    /** A class-day's ({@code month} false) or class-month's marks written in the current transaction. */
    public void attendanceSaved(boolean month) {
        afterCommit(committed -> {
            if (committed) {
                registry.counter(ATTENDANCE_SAVES, new Tag("unit", month ? "month" : "day")).inc();
            }
        });
    }

    /** A pupil written in the current transaction by {@code action}. */
    public void pupilWritten(String action) {
        afterCommit(committed -> {
            if (committed) {
                registry.counter(PUPIL_WRITES, new Tag("action", action)).inc();
            }
        });
    }

    /**
     * An import of {@code kind} starting in the current transaction: counted, with its time, when the transaction
     * ends; its rows when it commits having called {@link Import#rows(long)}.
     */
    public Import importStarted(String kind) {
        long start = System.nanoTime();
        Import run = new Import();
        afterCommit(committed -> {
            Tag kindTag = new Tag("kind", kind);
            registry.counter(IMPORTS, kindTag, new Tag("outcome", committed ? "committed" : "rolledBack")).inc();
            registry.timer(IMPORT_TIME, kindTag).update(Duration.ofNanos(System.nanoTime() - start));
            if (committed && run.rows > 0) {
                registry.counter(IMPORT_ROWS, kindTag).inc(run.rows);
            }
        });
        return run;
    }

    /** One running import. */
    public static final class Import {
        private long rows;

        public void rows(long rows) {
            this.rows = rows;
        }
    }

    /** Runs {@code then} with whether the current transaction committed; at once (committed) outside one. */
    private void afterCommit(Consumer<Boolean> then) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            then.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
