package vn.mtbbe.reports.service;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;
import vn.mtbbe.reports.domain.Dimension;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a report shows for a group value, in the reader's language: reference names for provinces, languages and
 * ethnic groups, bundle labels for designations, sexes, stages, rounds and skills, and the names of districts,
 * schools, classes, cohorts and sittings (read once per report for all the values it shows).
 */
@ApplicationScoped
public class GroupNames {

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    ReferenceNames names;

    /** Names for the values of one dimension, read together. */
    public Map<Object, String> of(Dimension d, Collection<?> values, ULocale locale) {
        Set<Object> distinct = values.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Object, String> named = new HashMap<>();
        if (distinct.isEmpty()) {
            return named;
        }
        switch (d) {
            case DISTRICT -> read("SELECT id, name FROM district WHERE id IN ", distinct, named);
            case SCHOOL -> read("SELECT code, name FROM school WHERE code IN ", distinct, named);
            case CLASS -> read("SELECT c.id, s.name, c.name FROM school_class c "
                    + "JOIN school s ON s.id = c.school_id WHERE c.id IN ", distinct, named);
            case COHORT -> read("SELECT c.id, s.name, c.start_year FROM cohort c "
                    + "JOIN school s ON s.id = c.school_id WHERE c.id IN ", distinct, named);
            case SITTING -> read("SELECT id, name FROM sitting WHERE id IN ", distinct, named);
            default -> distinct.forEach(v -> named.put(v, name(d, v, locale)));
        }
        return named;
    }

    /** The name of one value that needs no query. */
    public String name(Dimension d, Object value, ULocale locale) {
        if (value == null) {
            return Messages.format(locale, "reports.group.none");
        }
        String code = value.toString();
        return switch (d) {
            case PROVINCE -> names.name(RefName.Kind.PROVINCE, code, locale, code);
            case ETHNICITY -> names.name(RefName.Kind.ETHNICITY, code, locale, code);
            case PROGRAMME_LANGUAGE, LANGUAGE -> names.name(RefName.Kind.LANGUAGE, code, locale, code);
            case DESIGNATION -> Messages.format(locale, "school.designation." + code);
            case ETHNIC_GROUP -> Messages.format(locale, "reports.ethnicGroup." + code);
            case SEX -> Messages.format(locale, "pupil.sex." + code);
            case STAGE -> Messages.format(locale, "stage." + code);
            case ROUND -> Messages.format(locale, "achievement.round." + code);
            case SKILL -> Messages.format(locale, "achievement.skill." + code);
            case MONTH -> {
                YearMonth month = YearMonth.parse(code);
                DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", locale);
                format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
                yield format.format(Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            default -> code;
        };
    }

    /**
     * A language's name for the reader followed by its own name in its own script where ICU knows it and it differs
     * (e.g. "Tiếng Khmer (ខ្មែរ)"), so that a reader meets the language as its speakers write it.
     */
    public String languageWithEndonym(String code, ULocale locale) {
        String name = name(Dimension.LANGUAGE, code, locale);
        String own = ULocale.getDisplayLanguage(code, new ULocale(code));
        return own == null || own.isBlank() || own.equals(code) || own.equalsIgnoreCase(name) ? name : name + " (" + own + ")";
    }

    private void read(String sql, Set<Object> values, Map<Object, String> named) {
        List<Object> list = List.copyOf(values);
        StringBuilder in = new StringBuilder("(");
        for (int i = 0; i < list.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql + in.append(')'));
        for (int i = 0; i < list.size(); i++) {
            query.setParameter(i + 1, list.get(i));
        }
        Map<String, Object> byText = new HashMap<>();
        list.forEach(v -> byText.put(v.toString(), v));
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Object key = byText.get(r[0].toString());
            if (key != null) {
                // Class and cohort: the school's name, then the class's name or the cohort's first year.
                named.put(key, r.length > 2 ? r[1] + " · " + r[2] : r[1].toString());
            }
        }
    }
}
