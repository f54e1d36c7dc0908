package vn.mtbbe.registry.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.registry.service.SchoolService;

import java.util.Comparator;
import java.util.List;

/**
 * The provinces and schools a filter offers the caller: only those the caller may see, named and sorted for
 * the reader's language.
 */
@ApplicationScoped
public class PlaceChoices {

    @Inject
    ProvinceService provinces;

    @Inject
    SchoolService schools;

    public List<Choice> provinces(ULocale locale) {
        return provinces.visible(locale).stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    /**
     * The schools of {@code province} by name in the reader's collation; without a province, those of a caller's
     * only province, and none for callers who see several (they choose a province first).
     */
    public List<Choice> schools(String province, ULocale locale) {
        return schools.names(province).stream()
                .map(s -> new Choice(s.code(), s.name()))
                .sorted(Comparator.comparing(Choice::label, TextKeys.collator(locale)))
                .toList();
    }
}
