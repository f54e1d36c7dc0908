package vn.mtbbe.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.Serializable;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Where caches that all nodes must agree on live, decided once when the application starts: where Payara binds a
 * JCache {@link CacheManager} at {@code payara/CacheManager}, caches are JCache caches of its Hazelcast data grid,
 * which every node of a cluster reads and writes (a single node may get a grid of one: the test server does, even
 * with {@code --nohazelcast}; it then behaves as a cache of this process); where nothing is bound, maps in this
 * process. JNDI rather than CDI injection: Payara's CDI producer answers null and logs a warning on every start
 * when the grid is off.
 */
@ApplicationScoped
public class SharedCaches {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class.getName());
    static final String JNDI_NAME = "payara/CacheManager";

    private CacheManager grid;

    /** Decides when the application starts, so that the log says at once which it is. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        onGrid();
    }

    @PostConstruct
    void start() {
        grid = lookUpGrid();
        LOG.info(grid != null ? "Shared caches on the data grid (JCache " + grid.getClass().getName() + ", "
                + grid.getURI() + ")" : "Shared caches in this process (no data grid)");
    }

    /** Caches in this process whatever the server: for plain unit tests of their users. */
    public static SharedCaches inThisProcess() {
        return new SharedCaches();
    }

    /** True when the caches are on the data grid, shared by the nodes. */
    public boolean onGrid() {
        return grid != null;
    }

    /**
     * The cache {@code name} (one name per use; prefixed with the application's), its entries forgotten
     * {@code keep} after their last put, or never when {@code keep} is null.
     */
    public <V extends Serializable> SharedCache<V> cache(String name, java.time.Duration keep) {
        if (grid == null) {
            return new LocalCache<>(keep, Clock.systemUTC());
        }
        String full = "mtbbe." + name;
        Cache<String, V> cache = grid.getCache(full);
        if (cache == null) {
            MutableConfiguration<String, V> config = new MutableConfiguration<String, V>()
                    .setStoreByValue(true)
                    .setExpiryPolicyFactory(keep == null ? EternalExpiryPolicy.factoryOf()
                            : ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.MILLISECONDS, keep.toMillis())));
            try {
                cache = grid.createCache(full, config);
            } catch (CacheException another) {
                // Another node created it first: it is the same cache.
                cache = grid.getCache(full);
                if (cache == null) {
                    throw another;
                }
            }
        }
        return new GridCache<>(cache);
    }

    private static CacheManager lookUpGrid() {
        try {
            return (CacheManager) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException none) {
            return null;
        }
    }
}
