package vn.mtbbe.platform.cluster;

import javax.cache.Cache;
import java.io.Serializable;

/** A {@link SharedCache} on the data grid: a JCache cache of Payara's Hazelcast, the same on every node. */
final class GridCache<V extends Serializable> implements SharedCache<V> {

    private final Cache<String, V> cache;

    GridCache(Cache<String, V> cache) {
        this.cache = cache;
    }

    @Override
    public V get(String key) {
        return cache.get(key);
    }

    @Override
    public void put(String key, V value) {
        cache.put(key, value);
    }

    @Override
    public void putIfAbsent(String key, V value) {
        cache.putIfAbsent(key, value);
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }

    @Override
    public void clear() {
        // removeAll, not clear: clear skips listeners and statistics; both empty the cache on every member.
        cache.removeAll();
    }
}
