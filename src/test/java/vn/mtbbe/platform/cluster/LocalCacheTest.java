package vn.mtbbe.platform.cluster;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache of a node without the data grid. */
class LocalCacheTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-09-05T07:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();

    @Test
    void entriesExpireTheirKeepAfterTheLastPut() {
        LocalCache<String> cache = new LocalCache<>(Duration.ofHours(1), clock);
        cache.put("a", "one");
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        cache.put("a", "two");
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        assertEquals("two", cache.get("a"), "100 minutes after the first put, 50 after the last");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertNull(cache.get("a"));
        assertEquals(0, cache.size(), "an expired entry read is dropped");
    }

    @Test
    void withoutKeepEntriesStay() {
        LocalCache<String> cache = new LocalCache<>(null, clock);
        cache.put("a", "one");
        clock.now = clock.now.plus(Duration.ofDays(3650));
        assertEquals("one", cache.get("a"));
    }

    @Test
    void loadsOnlyWhatIsMissingAndClearForgetsEverything() {
        LocalCache<String> cache = new LocalCache<>(null, clock);
        AtomicInteger loads = new AtomicInteger();
        assertEquals("x1", cache.get("x", () -> "x" + loads.incrementAndGet()));
        assertEquals("x1", cache.get("x", () -> "x" + loads.incrementAndGet()));
        assertEquals(1, loads.get());
        cache.clear();
        assertEquals("x2", cache.get("x", () -> "x" + loads.incrementAndGet()));
        cache.remove("x");
        assertNull(cache.get("x"));
    }

    @Test
    void putIfAbsentKeepsALiveEntryAndReplacesAnExpiredOne() {
        LocalCache<String> cache = new LocalCache<>(Duration.ofMinutes(1), clock);
        cache.putIfAbsent("k", "first");
        cache.putIfAbsent("k", "second");
        assertEquals("first", cache.get("k"));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        cache.putIfAbsent("k", "third");
        assertEquals("third", cache.get("k"));
    }

    @Test
    void staysBoundedDroppingTheExpiredFirst() {
        LocalCache<String> cache = new LocalCache<>(Duration.ofMinutes(1), clock);
        for (int i = 0; i < LocalCache.MAX_ENTRIES - 1; i++) {
            cache.put("old" + i, "v");
        }
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        cache.put("young", "v");
        clock.now = clock.now.plus(Duration.ofSeconds(40));
        cache.put("new", "v");
        assertEquals(2, cache.size(), "the expired went, the live stayed");
        assertEquals("v", cache.get("young"));
        for (int i = 0; i < LocalCache.MAX_ENTRIES; i++) {
            cache.put("live" + i, "v");
        }
        assertTrue(cache.size() <= LocalCache.MAX_ENTRIES, () -> "size " + cache.size());
    }

    @Test
    void outsideAServerThereIsNoGrid() {
        SharedCaches caches = new SharedCaches();
        caches.start();
        assertFalse(caches.onGrid());
        SharedCache<String> a = caches.cache("test", Duration.ofMinutes(1));
        a.put("k", "v");
        assertEquals("v", a.get("k"));
    }
}
