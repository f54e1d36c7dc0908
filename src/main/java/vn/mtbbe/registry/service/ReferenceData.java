package vn.mtbbe.registry.service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.Ethnicity;
import vn.mtbbe.registry.domain.Language;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.security.CurrentUser;

import java.util.Comparator;
import java.util.List;

/** The choices of reference data for forms (ethnic groups, languages), named in the reader's language. */
@ApplicationScoped
public class ReferenceData {

    /** A code with its name in the reader's language. */
    public record Choice(String code, String name) {
    }

    private record Named(boolean majority, Choice choice) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceNames names;

    /** The ethnic groups, the majority first, then by name in the reader's order. */
    public List<Choice> ethnicities(ULocale locale) {
        currentUser.requireSignedIn();
        Collator collator = TextKeys.collator(locale);
        return em.createNamedQuery("Ethnicity.findAll", Ethnicity.class).getResultStream()
                .map(e -> new Named(e.isMajority(), new Choice(e.getCode(),
                        names.name(RefName.Kind.ETHNICITY, e.getCode(), locale, e.getName()))))
                .sorted(Comparator.comparing((Named n) -> !n.majority())
                        .thenComparing(n -> n.choice().name(), collator))
                .map(Named::choice)
                .toList();
    }

    /** The languages in the programme's order (Vietnamese first, then the mother tongues). */
    public List<Choice> languages(ULocale locale) {
        currentUser.requireSignedIn();
        return em.createNamedQuery("Language.findAll", Language.class).getResultStream()
                .map(l -> new Choice(l.getCode(), names.name(RefName.Kind.LANGUAGE, l.getCode(), locale, l.getName())))
                .toList();
    }
}
