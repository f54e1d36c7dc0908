package vn.mtbbe.registry.service;

import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.mtbbe.platform.cluster.SharedCache;
import vn.mtbbe.platform.cluster.SharedCaches;
import vn.mtbbe.registry.domain.RefName;

import java.time.Duration;
import java.util.HashMap;
import java.util.stream.Collectors;

/**
 * Names of provinces, languages and ethnic groups in the reader's language, from {@code ref_name};
 * for languages ICU's own display name is the next choice. Reference data changes rarely: the names are
 * cached in a {@link SharedCaches shared cache}, so that {@link #clear()} after a change reaches every node.
 */
@ApplicationScoped
public class ReferenceNames {

    /** A backstop only: a load racing a change could put the old names back after the clear. */
    static final Duration KEEP = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedCaches caches;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Kind and language ("PROVINCE/vi") to the names by code. */
    private SharedCache<HashMap<String, String>> cache;

    /**
     * Made when the application starts, not in the first request to need it: Payara ties a grid cache to the
     * context it is created in, and a request's context would close that request's entity manager under it.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the event creates the bean, and so the cache (start()).
    }

    @PostConstruct
    void start() {
        cache = caches.cache("referenceNames", KEEP);
    }

    public String name(RefName.Kind kind, String code, ULocale locale, String fallback) {
        if (code == null) {
            return null;
        }
        String found = names(kind, locale.getLanguage()).get(code);
        if (found != null) {
            return found;
        }
        if (kind == RefName.Kind.LANGUAGE) {
            String icu = ULocale.getDisplayLanguage(code, locale);
            if (icu != null && !icu.isBlank() && !icu.equals(code)) {
                return icu;
            }
        }
        String vietnamese = names(kind, "vi").get(code);
        return vietnamese != null ? vietnamese : fallback != null ? fallback : code;
    }

    private HashMap<String, String> names(RefName.Kind kind, String language) {
        return cache.get(kind + "/" + language, () -> em
                .createNamedQuery("RefName.findByKindAndLocale", RefName.class)
                .setParameter("kind", kind.name())
                .setParameter("locale", language)
                .getResultStream()
                .collect(Collectors.toMap(RefName::getCode, RefName::getName, (a, b) -> a, HashMap::new)));
    }

    /**
     * Forgets every name on every node: now, and again when the caller's transaction ends, since until it commits
     * another request may load and cache the names from before the change.
     */
    public void clear() {
        cache.clear();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }
}
