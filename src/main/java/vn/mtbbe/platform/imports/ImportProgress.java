package vn.mtbbe.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running import has come, for the progress bar of the page that started it: the page names its
 * import with a random id, the pipeline reports its phase (reading rows, checking class-days, writing) and counts,
 * and the page asks while the upload request is still working. An import is seen only by the account that runs it;
 * entries are forgotten an hour after their last report.
 */
@ApplicationScoped
public class ImportProgress {

    public enum Phase { READING, CHECKING, WRITING, DONE }

    /** A report: the phase, how many of how many (total 0 when not known yet). */
    public record State(Phase phase, long done, long total, String username, Instant at) {
    }

    /** Reports of one import; a no-op when the page gave no id. */
    public interface Reporter {
        void report(Phase phase, long done, long total);

        Reporter NONE = (phase, done, total) -> { };
    }

    static final Duration KEEP = Duration.ofHours(1);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** A reporter for the import {@code id} run by {@code username}; ids that are not plain tokens are ignored. */
    public Reporter start(String id, String username) {
        if (id == null || !id.matches("[A-Za-z0-9-]{8,64}")) {
            return Reporter.NONE;
        }
        if (states.size() >= MAX_ENTRIES) {
            Instant old = Instant.now().minus(KEEP);
            states.values().removeIf(s -> s.at().isBefore(old));
        }
        Reporter reporter = (phase, done, total) -> states.put(id, new State(phase, done, total, username, Instant.now()));
        reporter.report(Phase.READING, 0, 0);
        return reporter;
    }

    /** The import's last report, if it is {@code username}'s. */
    public Optional<State> state(String id, String username) {
        State state = id == null ? null : states.get(id);
        return state != null && state.username().equals(username) ? Optional.of(state) : Optional.empty();
    }
}
