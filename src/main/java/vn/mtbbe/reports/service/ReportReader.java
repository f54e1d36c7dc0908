package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who reads a report and what that allows, the same for every report: officers their provinces, ministry staff and
 * delegation guests all of them; for guests no group or filter finer than the aggregation level set for delegations
 * ({@code mtbbe.reports.guestLevel}: province, the default, or district) and no figure resting on fewer pupils than
 * {@code mtbbe.reports.minCellSize} (default 10).
 */
@ApplicationScoped
public class ReportReader {

    /** The reader of one report run. */
    public record Reader(AppUser user, boolean guest, ProvinceScope scope, int minCellSize) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    GuestPreview preview;

    @Inject
    @ConfigProperty(name = "mtbbe.reports.minCellSize", defaultValue = "10")
    int minCellSize;

    @Inject
    @ConfigProperty(name = "mtbbe.reports.guestLevel", defaultValue = "province")
    String guestLevel;

    public Reader require() {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY, Role.DELEGATION);
        boolean guest = caller.getRole() == Role.DELEGATION || preview.active();
        return new Reader(caller, guest, guest ? ProvinceScope.ALL : currentUser.scope(), minCellSize);
    }

    /** For guests: a district group or filter only when delegations may see districts. */
    public void checkLevel(Reader reader, List<Dimension> groups, ReportFilter filter, Validation v) {
        if (reader.guest() && !districtsForGuests()) {
            if (groups.contains(Dimension.DISTRICT)) {
                v.add("groupBy", "validation.report.personal", Map.of("value", Dimension.DISTRICT.apiName()));
            }
            if (!filter.get(Dimension.DISTRICT).isEmpty()) {
                v.add(Dimension.DISTRICT.apiName(), "validation.report.personal",
                        Map.of("value", Dimension.DISTRICT.apiName()));
            }
        }
    }

    public boolean districtsForGuests() {
        return "district".equals(guestLevel.strip().toLowerCase(Locale.ROOT));
    }

    public int minCellSize() {
        return minCellSize;
    }
}
