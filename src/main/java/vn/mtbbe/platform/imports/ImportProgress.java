package vn.mtbbe.platform.imports;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.mtbbe.platform.cluster.SharedCache;
import vn.mtbbe.platform.cluster.SharedCaches;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far each running import has come, for the progress bar of the page that started it: the page names its
 * import with a random id, the pipeline reports its phase (reading rows, checking class-days, writing) and counts,
 * and the page asks while the upload request is still working. Behind a load balancer the page's question may reach
 * another node than the one importing: the reports live in a {@link SharedCaches shared cache}. An import is seen
 * only by the account that runs it; entries are forgotten an hour after their last report.
 */
@ApplicationScoped
public class ImportProgress {

    public enum Phase { READING, CHECKING, WRITING, DONE }

    /** A report: the phase, how many of how many (total 0 when not known yet). */
    public record State(Phase phase, long done, long total, String username, Instant at) implements Serializable {
    }

    /** Reports of one import; a no-op when the page gave no id. */
    public interface Reporter {
        void report(Phase phase, long done, long total);

        Reporter NONE = (phase, done, total) -> { };
    }

    static final Duration KEEP = Duration.ofHours(1);
    /** Reports closer together than this within one phase are not passed on: each one is a write to the grid. */
    static final Duration EVERY = Duration.ofMillis(250);

    @Inject
    SharedCaches caches;

    private SharedCache<State> states;

    /**
     * Made when the application starts, not in the first request to need it: Payara ties a grid cache to the
     * context it is created in, and a request's context would close that request's entity manager under it.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the event creates the bean, and so the cache (start()).
    }

    @PostConstruct
    void start() {
        states = caches.cache("importProgress", KEEP);
    }

    /** A reporter for the import {@code id} run by {@code username}; ids that are not plain tokens are ignored. */
    public Reporter start(String id, String username) {
        if (id == null || !id.matches("[A-Za-z0-9-]{8,64}")) {
            return Reporter.NONE;
        }
        Reporter reporter = new Reporter() {
            private Phase last;
            private Instant lastAt = Instant.MIN;

            @Override
            public void report(Phase phase, long done, long total) {
                Instant now = Instant.now();
                boolean finished = phase == Phase.DONE || total > 0 && done >= total;
                if (phase == last && !finished && now.isBefore(lastAt.plus(EVERY))) {
                    return;
                }
                last = phase;
                lastAt = now;
                states.put(id, new State(phase, done, total, username, now));
            }
        };
        reporter.report(Phase.READING, 0, 0);
        return reporter;
    }

    /** The import's last report, if it is {@code username}'s. */
    public Optional<State> state(String id, String username) {
        State state = id == null ? null : states.get(id);
        return state != null && state.username().equals(username) ? Optional.of(state) : Optional.empty();
    }
}
