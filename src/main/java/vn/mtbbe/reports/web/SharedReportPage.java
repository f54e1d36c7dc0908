package vn.mtbbe.reports.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.ReportShare;
import vn.mtbbe.reports.service.DelegationReport;
import vn.mtbbe.reports.service.ShareService;
import vn.mtbbe.security.CurrentUser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /reports/shared.xhtml?token=&lang=}: the delegation report opened by a share link, without an account, as a
 * delegation guest reads it, with the link's own year and province; the language menu switches it (the link carries
 * the language it was issued in). An unknown, expired or revoked link shows one translated message, alike for all.
 */
@Named
@RequestScoped
public class SharedReportPage extends ReportPageBase {

    @Inject
    ShareService shares;

    @Inject
    DelegationReport delegation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @Inject
    HttpServletRequest request;

    private String token;
    private DelegationReport.View view;
    private String label;

    public void load() {
        Optional<ReportShare> share = shares.open(token);
        if (share.isEmpty()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        currentUser.actAsShareGuest(share.get().getLabel());
        label = share.get().getLabel();
        Map<String, String> filters = ShareService.filters(share.get().getFilters());
        String year = filters.getOrDefault("year", SchoolYear.codeStarting(today.schoolYearStart()));
        filters.remove("year");
        ULocale locale = userLocale.current();
        view = delegation.build(year, DelegationPage.filter(filters, true), locale);
    }

    @Override
    public String exportHref(String format) {
        return request.getContextPath() + "/reports/export?report=delegation&format=" + format + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public DelegationReport.View getView() {
        return view;
    }

    public String getLabel() {
        return label;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
