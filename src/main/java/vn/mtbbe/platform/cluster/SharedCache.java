package vn.mtbbe.platform.cluster;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A cache by text key whose entries every node sees (see {@link SharedCaches}). Values travel between nodes: they
 * must be Serializable, small, and immutable once put; a value is put again, never changed in place.
 */
public interface SharedCache<V extends Serializable> {

    /** The value, or null when there is none (never put, removed, cleared or expired). */
    V get(String key);

    void put(String key, V value);

    void remove(String key);

    /** Empties the cache, on every node. */
    void clear();

    /**
     * The value, loaded and put when missing. Two nodes may both load a missing value; the first put wins, so a
     * loader must give the same answer to the same question.
     */
    default V get(String key, Supplier<V> loader) {
        V value = get(key);
        if (value != null) {
            return value;
        }
        V loaded = loader.get();
        putIfAbsent(key, loaded);
        return loaded;
    }

    void putIfAbsent(String key, V value);
}
