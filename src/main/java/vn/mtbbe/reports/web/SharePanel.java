package vn.mtbbe.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.reports.api.ShareResource;
import vn.mtbbe.reports.domain.ReportShare;
import vn.mtbbe.reports.service.ShareService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The share links panel of the delegation report (ministry staff): issue a link for a delegation (for whom, the last
 * day it opens, the language it opens in) with the report's year and province, see the link once, and revoke links.
 */
@Named
@RequestScoped
public class SharePanel {

    static final String FORM = "shareForm";

    @Inject
    ShareService shares;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    @Inject
    UserLocale userLocale;

    @Inject
    Today today;

    @Inject
    HttpServletRequest request;

    @Inject
    DelegationPage page;

    private String label;
    private String expires;
    private String locale;
    private String issuedUrl;
    private List<ReportShare> list;

    public boolean isShown() {
        return currentUser.hasRole(Role.MINISTRY);
    }

    public void issue() {
        LocalDate lastDay;
        try {
            lastDay = expires == null || expires.isBlank() ? null : LocalDate.parse(expires.strip());
        } catch (DateTimeParseException e) {
            lastDay = null;
        }
        Map<String, String> filters = new LinkedHashMap<>(page.parameters());
        filters.put("year", page.getYear());
        LocalDate day = lastDay;
        ShareService.Issued[] issued = new ShareService.Issued[1];
        if (feedback.attempt(FORM, () -> issued[0] = shares.issue("delegation", filters,
                locale == null || locale.isBlank() ? userLocale.current().toLanguageTag() : locale, label, day))) {
            String base = request.getRequestURL().toString();
            base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
            issuedUrl = ShareResource.link(base, issued[0]);
            label = null;
            expires = null;
            list = null;
        }
    }

    public void revoke(long id) {
        if (feedback.attempt(FORM, () -> shares.revoke(id))) {
            list = null;
        }
    }

    public List<ReportShare> getShares() {
        if (list == null) {
            list = shares.list();
        }
        return list;
    }

    public boolean open(ReportShare share) {
        return share.isOpenAt(Instant.now());
    }

    /** What a share's state says: open until its last day, expired, or revoked. */
    public String state(ReportShare share, Formats fmt) {
        if (share.getRevokedAt() != null) {
            return Messages.format(userLocale.current(), "reports.share.revokedOn", fmt.dateTime(share.getRevokedAt()));
        }
        LocalDate last = share.getExpiresAt().atZone(today.zone()).toLocalDate().minusDays(1);
        return Messages.format(userLocale.current(), open(share) ? "reports.share.openUntil" : "reports.share.expiredOn",
                fmt.date(last));
    }

    public String languageName(String tag) {
        return com.ibm.icu.util.ULocale.forLanguageTag(tag).getDisplayName(com.ibm.icu.util.ULocale.forLanguageTag(tag));
    }

    public List<String> getLocales() {
        return Messages.SUPPORTED.stream().map(com.ibm.icu.util.ULocale::toLanguageTag).toList();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The last day the link opens: thirty days from today unless chosen. */
    public String getExpires() {
        return expires == null ? today.date().plusDays(30).toString() : expires;
    }

    public void setExpires(String expires) {
        this.expires = expires;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getIssuedUrl() {
        return issuedUrl;
    }
}
