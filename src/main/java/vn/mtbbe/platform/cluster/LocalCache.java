package vn.mtbbe.platform.cluster;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SharedCache} in this process only, for a node without the data grid: entries expire {@code keep} after
 * their last put, as on the grid, and the map is bounded (the expired go first, then everything).
 */
final class LocalCache<V extends Serializable> implements SharedCache<V> {

    static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;

    LocalCache(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public V get(String key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    @Override
    public void put(String key, V value) {
        makeRoom();
        entries.put(key, entry(value));
    }

    @Override
    public void putIfAbsent(String key, V value) {
        makeRoom();
        Instant now = clock.instant();
        entries.compute(key, (k, old) -> old == null || !now.isBefore(old.expires()) ? entry(value) : old);
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    @Override
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private Entry<V> entry(V value) {
        return new Entry<>(value, keep == null ? Instant.MAX : clock.instant().plus(keep));
    }

    private void makeRoom() {
        if (entries.size() < MAX_ENTRIES) {
            return;
        }
        Instant now = clock.instant();
        entries.values().removeIf(e -> !now.isBefore(e.expires()));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
    }
}
