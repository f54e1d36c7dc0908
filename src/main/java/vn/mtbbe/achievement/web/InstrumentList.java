package vn.mtbbe.achievement.web;

import com.ibm.icu.text.Collator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.service.InstrumentService;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /achievement/instruments.xhtml}: the assessment instruments series by series, sorted by name in the
 * reader's order, each shown by its latest version with the earlier ones linked. Ministry staff define new ones.
 */
@Named
@RequestScoped
public class InstrumentList {

    /** A series: its latest version, and the earlier ones newest first. */
    public record SeriesRow(InstrumentRow latest, List<InstrumentRow> earlier) implements Serializable {
    }

    @Inject
    InstrumentService instruments;

    @Inject
    InstrumentRows rows;

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    private List<SeriesRow> series = List.of();

    public void load() {
        // The service lists series by series, each newest version first.
        Map<String, List<InstrumentRow>> bySeries = new LinkedHashMap<>();
        for (Instrument i : instruments.list()) {
            bySeries.computeIfAbsent(i.getSeries(), s -> new ArrayList<>()).add(rows.of(i));
        }
        Collator collator = TextKeys.collator(userLocale.current());
        series = bySeries.values().stream()
                .map(versions -> new SeriesRow(versions.get(0), List.copyOf(versions.subList(1, versions.size()))))
                .sorted(Comparator.comparing((SeriesRow s) -> s.latest().name(), collator)
                        .thenComparing(s -> s.latest().series()))
                .toList();
    }

    /** Ministry staff define instruments; the service checks it again. */
    public boolean isEditable() {
        return currentUser.hasRole(Role.MINISTRY);
    }

    public List<SeriesRow> getSeries() {
        return series;
    }
}
