package vn.mtbbe.registry.service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.Province;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;

import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class ProvinceService {

    /** A province with its name in the reader's language. */
    @Schema(name = "Province", description = "A province, named in the caller's language", example = """
            {"code": "10", "name": "Lào Cai"}""")
    public record ProvinceName(String code, String name) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceNames names;

    /** All provinces, for any signed-in caller (the list itself is public knowledge), sorted by name. */
    public List<ProvinceName> list(ULocale locale) {
        currentUser.requireSignedIn();
        Collator collator = TextKeys.collator(locale);
        return em.createNamedQuery("Province.findAll", Province.class).getResultStream()
                .map(p -> new ProvinceName(p.getCode(), names.name(RefName.Kind.PROVINCE, p.getCode(), locale, p.getName())))
                .sorted(Comparator.comparing(ProvinceName::name, collator).thenComparing(ProvinceName::code))
                .toList();
    }

    /** The provinces whose records the caller may see (their own for an officer), sorted by name. */
    public List<ProvinceName> visible(ULocale locale) {
        ProvinceScope scope = currentUser.scope();
        return list(locale).stream().filter(p -> scope.includes(p.code())).toList();
    }

    public boolean exists(String code) {
        return code != null && em.find(Province.class, code) != null;
    }
}
