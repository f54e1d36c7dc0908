package vn.mtbbe.it.server;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.platform.cluster.SharedCache;
import vn.mtbbe.platform.cluster.SharedCaches;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Inside the server: the shared caches as the test server runs them. Its Payara Micro (Arquillian's flags) binds a
 * JCache manager of a one-member data grid, so values make the grid's round trip through serialization here; the
 * map of {@code mvn -Prun} is unit-tested, and two nodes are checked by bench/two-nodes-caches.sh.
 */
@ExtendWith(ArquillianExtension.class)
class SharedCachesIT {

    @Inject
    SharedCaches caches;

    @Inject
    ReferenceNames names;

    @Inject
    ImportProgress progress;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aCacheKeepsAndForgets() {
        SharedCache<String> cache = caches.cache("it." + UUID.randomUUID(), Duration.ofMinutes(1));
        cache.put("k", "v");
        assertEquals("v", cache.get("k"));
        cache.clear();
        assertNull(cache.get("k"));
    }

    @Test
    void aReferenceNameChangedAndClearedIsReadAnew() throws Exception {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        ULocale english = ULocale.forLanguageTag("en");
        assertEquals("fallback", names.name(RefName.Kind.SUBJECT, code, english, "fallback"));
        transaction.begin();
        em.persist(new RefName(RefName.Kind.SUBJECT, code, "en", "Cached subject"));
        transaction.commit();
        assertEquals("fallback", names.name(RefName.Kind.SUBJECT, code, english, "fallback"), "still the cached names");
        transaction.begin();
        names.clear();
        transaction.commit();
        assertEquals("Cached subject", names.name(RefName.Kind.SUBJECT, code, english, "fallback"));
    }

    @Test
    void importProgressIsKeptForItsAccount() {
        String job = UUID.randomUUID().toString();
        progress.start(job, "officer.laocai").report(ImportProgress.Phase.WRITING, 40, 40);
        ImportProgress.State state = progress.state(job, "officer.laocai").orElseThrow();
        assertEquals(ImportProgress.Phase.WRITING, state.phase());
        assertEquals(40, state.done());
        assertFalse(progress.state(job, "officer.gialai").isPresent());
    }
}
