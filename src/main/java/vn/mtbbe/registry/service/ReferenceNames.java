package vn.mtbbe.registry.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.mtbbe.registry.domain.RefName;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names of provinces, languages and ethnic groups in the reader's language, from {@code ref_name};
 * for languages ICU's own display name is the next choice. Reference data changes rarely: the names are
 * cached and {@link #clear()}ed when they change.
 */
@ApplicationScoped
public class ReferenceNames {

    @PersistenceContext
    EntityManager em;

    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

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

    private Map<String, String> names(RefName.Kind kind, String language) {
        return cache.computeIfAbsent(kind + "/" + language, k -> em
                .createNamedQuery("RefName.findByKindAndLocale", RefName.class)
                .setParameter("kind", kind.name())
                .setParameter("locale", language)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(RefName::getCode, RefName::getName)));
    }

    public void clear() {
        cache.clear();
    }
}
