package vn.mtbbe.reports.web;

import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportSection;
import vn.mtbbe.reports.domain.ReportShare;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.export.ReportCsv;
import vn.mtbbe.reports.export.ReportDocument;
import vn.mtbbe.reports.export.ReportPdf;
import vn.mtbbe.reports.export.ReportXlsx;
import vn.mtbbe.reports.service.Dashboard;
import vn.mtbbe.reports.service.DelegationReport;
import vn.mtbbe.reports.service.ShareService;
import vn.mtbbe.security.CurrentUser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /reports/export?report=dashboard|compare|delegation&format=csv|xlsx|pdf[&section=][&token=]&year=&…filters}: a report
 * as a download, from the very tables the page shows (so suppressed for guests exactly as there): CSV or XLSX of one
 * section's table or of all, PDF of the whole report. Signed-in readers of the report, or a delegation report share
 * link's holder ({@code token}: the link's own filters and nothing else). Errors are plain translated text.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ReportExportServlet.class.getName());

    @Inject
    Dashboard dashboard;

    @Inject
    DelegationReport delegation;

    @Inject
    ShareService shares;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserLocale userLocale;

    @Inject
    Today today;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ULocale locale = userLocale.current();
        response.setHeader("Cache-Control", "no-store");
        String report = request.getParameter("report");
        String format = request.getParameter("format");
        if (!List.of("csv", "xlsx", "pdf").contains(format) || !List.of("dashboard", "compare", "delegation").contains(report)) {
            fail(response, HttpServletResponse.SC_NOT_FOUND, Messages.format(locale, "errorPage.notFound.title"));
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, String.join(",", v)));
        String token = request.getParameter("token");
        if (token != null) {
            Optional<ReportShare> share = shares.open(token);
            if (share.isEmpty() || !"delegation".equals(report) || !share.get().getReport().equals(report)) {
                fail(response, HttpServletResponse.SC_NOT_FOUND, Messages.format(locale, "reports.shared.closed"));
                return;
            }
            currentUser.actAsShareGuest(share.get().getLabel());
            parameters.clear();
            parameters.putAll(ShareService.filters(share.get().getFilters()));
        } else if (!currentUser.isSignedIn()) {
            fail(response, HttpServletResponse.SC_UNAUTHORIZED, Messages.format(locale, "error.unauthorized.detail"));
            return;
        }
        try {
            String year = parameters.getOrDefault("year", "");
            if (year.isBlank()) {
                year = SchoolYear.codeStarting(today.schoolYearStart());
            }
            ReportFilter filter = ReportFilter.of(parameters, Dimension.Source.ATTENDANCE, "delegation".equals(report));
            String title;
            List<ReportSection> sections;
            if ("dashboard".equals(report)) {
                sections = dashboard.build(year, filter, locale).sections();
                title = Messages.format(locale, "reports.dashboard.title");
            } else if ("compare".equals(report)) {
                sections = delegation.compare(year, filter, locale).sections();
                title = Messages.format(locale, "reports.tabs.compare");
            } else {
                sections = delegation.build(year, filter, locale).sections();
                title = Messages.format(locale, "reports.delegation.title");
            }
            String only = request.getParameter("section");
            if (only != null && !"pdf".equals(format)) {
                sections = sections.stream().filter(s -> s.id().equals(only)).toList();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<ReportTable> tables = sections.stream().map(ReportSection::table).toList();
            switch (format) {
                case "csv" -> ReportCsv.write(tables, locale, out);
                case "xlsx" -> ReportXlsx.write(tables, locale, out);
                default -> ReportPdf.write(document(title, year, sections, locale), locale, out);
            }
            String name = "mtbbe-" + report + "-" + year + (only != null && !"pdf".equals(format) ? "-" + only : "")
                    + "." + format;
            response.setContentType(switch (format) {
                case "csv" -> "text/csv;charset=UTF-8";
                case "xlsx" -> vn.mtbbe.platform.imports.Uploads.XLSX;
                default -> "application/pdf";
            });
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
            response.setContentLength(out.size());
            out.writeTo(response.getOutputStream());
        } catch (AppException e) {
            String message = e.fieldErrors().isEmpty() ? Messages.format(locale, e.detailKey(), e.args())
                    : String.join("\n", e.fieldErrors().stream()
                    .map(f -> Messages.format(locale, f.messageKey(), f.args())).toList());
            fail(response, e.status(), message);
        } catch (RuntimeException e) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Report export failed, incident " + incident, e);
            fail(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    Messages.format(locale, "error.internal.incident", incident));
        }
    }

    /** The PDF of a report: its title, the year and the date it was made, each section's table and its note. */
    static ReportDocument document(String title, String year, List<ReportSection> sections, ULocale locale) {
        List<ReportDocument.Section> parts = sections.stream()
                .map(s -> new ReportDocument.Section(s.table().title(), s.note(), s.table())).toList();
        String made = com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG, locale)
                .format(new java.util.Date());
        return new ReportDocument(title, List.of(Messages.format(locale, "reports.export.subtitle",
                Map.of("year", year, "date", made))), parts, Messages.format(locale, "reports.export.footnote"));
    }

    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
