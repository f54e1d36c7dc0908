package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report pages in a real browser: the ministry dashboard with its charts and tables, drilled down from provinces
 * to classes and downloaded as CSV, XLSX and PDF; an officer's dashboard of their province only; the delegation report
 * read by a guest in Chinese and Malay (screenshots) and downloaded as PDF with its fonts embedded; ministry staff
 * seeing the same figures as guests and issuing and revoking a share link from the page.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ReportPagesIT {

    static final ULocale VI = new ULocale("vi");
    static final List<String> SECTIONS = List.of("attendance", "flow", "reading", "mathematics", "parity");

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void ministryStaffDrillFromProvincesToClassesAndDownloadEveryTable() throws Exception {
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/reports/index.xhtml?year=" + Api.previousSchoolYear());
        for (String section : SECTIONS) {
            assertTrue(browser.isPresent(By.cssSelector("#section-" + section + " table.report-table")), section);
        }
        browser.waitFor(d -> browser.findAll(By.cssSelector("#section-attendance canvas")).size() == 1);
        assertEquals(4, rows("attendanceTable").size(), "all, and three provinces");
        assertEquals(Messages.format(VI, "reports.level.province"), heading("attendanceTable"));
        browser.screenshot("dashboard-ministry");

        String[] levels = {"district", "school", "class"};
        for (String level : levels) {
            browser.clickAndLoad(By.cssSelector("#attendanceTable a.drill"));
            assertEquals(Messages.format(VI, "reports.level." + level), heading("attendanceTable"), level);
            assertTrue(rows("attendanceTable").size() >= 2, level);
        }
        assertEquals(4, browser.findAll(By.cssSelector("#dashboardTrail li")).size(), "all provinces › province › district › school");
        assertTrue(browser.find(By.cssSelector("#attendanceTable a.drill")).getAttribute("href").contains("/classes/view.xhtml?id="),
                "a class leads to its page");
        browser.screenshot("dashboard-class-level");

        String csv = new String(fetch(browser.find(By.id("attendanceCsv")).getAttribute("href")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(Messages.format(VI, "reports.column.attendanceRate")), csv);
        byte[] xlsx = fetch(browser.find(By.id("flowXlsx")).getAttribute("href"));
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        browser.clickAndLoad(By.cssSelector("#dashboardTrail li:first-child a"));
        assertEquals(4, rows("attendanceTable").size(), "back at the provinces");
        byte[] pdf = fetch(browser.find(By.id("exportPdf")).getAttribute("href"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(Messages.format(VI, "reports.dashboard.title")), text);
            assertTrue(text.contains(Messages.format(VI, "reports.dashboard.parity")));
        }

        // The comparisons, with the same filters, unsuppressed for ministry staff.
        browser.clickAndLoad(By.id("tabCompare"));
        for (String section : List.of("pilot", "equity", "languages", "months", "dropout")) {
            assertTrue(browser.isPresent(By.cssSelector("#section-" + section + " table.report-table")), section);
        }
        assertFalse(browser.isPresent(By.id("dashboardTrail")));
        assertFalse(browser.text(By.id("equityTable")).contains(Messages.format(VI, "reports.suppressed")),
                "ministry staff read every figure");
        browser.screenshot("dashboard-comparisons");
        byte[] comparisons = fetch(browser.find(By.id("equityCsv")).getAttribute("href"));
        assertTrue(new String(comparisons, java.nio.charset.StandardCharsets.UTF_8)
                .contains(Messages.format(VI, "reports.delegation.gap")));
    }

    @Test
    void anOfficersDashboardHoldsTheirProvinceOnly() {
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/reports/index.xhtml?year=" + Api.previousSchoolYear());
        assertEquals(Messages.format(VI, "reports.level.district"), heading("attendanceTable"), "one province: its districts");
        assertFalse(browser.isPresent(By.id("province")), "no other province to choose");
        browser.go("/reports/index.xhtml?year=" + Api.previousSchoolYear() + "&province=64");
        assertTrue(browser.isPresent(By.id("attendanceEmpty")), "another province's figures are not the officer's");
        browser.go("/reports/index.xhtml?tab=compare&year=" + Api.previousSchoolYear());
        List<String> provinces = browser.findAll(By.cssSelector("#equityTable tbody th")).stream().map(WebElement::getText)
                .distinct().toList();
        assertEquals(1, provinces.size(), "the equity gap of the officer's province only: " + provinces);
        browser.go("/reports/index.xhtml?cohort=abc");
        assertTrue(browser.text(By.id("dashboardErrors")).contains("abc"), "a bad filter is said, in the reader's language");
        browser.go("/reports/delegation.xhtml");
        assertTrue(browser.isPresent(By.id("error-403")));
    }

    @Test
    void aGuestReadsTheReportInChineseAndMalayAndDownloadsItsPdf() throws Exception {
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        browser.go("/reports/index.xhtml");
        assertEquals("/reports/delegation.xhtml", browser.path());
        for (String language : List.of("zh", "ms")) {
            ULocale locale = new ULocale(language);
            browser.language(language);
            assertEquals(language, browser.find(By.tagName("html")).getAttribute("lang"));
            assertEquals(Messages.format(locale, "reports.delegation.title"), browser.text(By.cssSelector("h1.page-title")));
            assertTrue(browser.text(By.id("pilotTable")).contains(Messages.format(locale, "reports.delegation.differenceOfChanges")));
            browser.waitFor(d -> browser.findAll(By.cssSelector("#section-pilot canvas")).size() == 1);
            if (language.equals("zh")) {
                // This machine has no Chinese fonts: the characters come from the served Noto Sans SC, a few slices of it.
                long slices = ((Number) browser.asyncScript("var done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(function () { var n = 0; document.fonts.forEach(function (f) {"
                        + "  if (f.family.replace(/[\"']/g, '') === 'Noto Sans SC' && f.status === 'loaded') { n++; } });"
                        + "  done(n); });")).longValue();
                assertTrue(slices > 0 && slices < 40, "Chinese slices loaded: " + slices + " of 101");
            }
            browser.screenshot("delegation-report-" + language);
            byte[] pdf = fetch(browser.find(By.id("exportPdf")).getAttribute("href"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(Messages.format(locale, "reports.delegation.equity")), text);
                Set<String> fonts = new HashSet<>();
                for (PDPage p : document.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : p.getResources().getFontNames()) {
                        PDFont font = p.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName());
                        fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
                if (language.equals("zh")) {
                    assertTrue(fonts.contains("NotoSansSC-Regular"), fonts::toString);
                }
            }
        }
        assertFalse(browser.isPresent(By.id("shares")), "guests issue no links");
        assertFalse(browser.isPresent(By.id("nav-pupils")));
    }

    @Test
    void ministryStaffSeeWhatGuestsSeeAndIssueAndRevokeAShareLink() {
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        browser.go("/reports/delegation.xhtml");
        String guestTables = tables();
        browser.forgetEverything().go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/reports/delegation.xhtml");
        assertEquals(guestTables, tables(), "the same figures, suppressed alike");

        browser.type(By.id("shareForm:label"), "Đoàn khách Ma-lai-xi-a");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("shareForm:locale"))).selectByValue("ms");
        browser.clickAndLoad(By.id("shareForm:issue"));
        String link = browser.find(By.id("issuedUrl")).getAttribute("value");
        assertTrue(link.contains("/reports/shared.xhtml?token="), link);
        assertTrue(browser.text(By.id("shareForm:shareList")).contains("Đoàn khách Ma-lai-xi-a"));

        String path = link.substring(link.indexOf("/reports/"));
        browser.go(path);
        assertEquals(Messages.format(new ULocale("ms"), "reports.delegation.title"), browser.text(By.cssSelector("h1.page-title")));
        assertFalse(browser.isPresent(By.id("signOut")), "the link's page is the guest's: no account");
        assertFalse(browser.isPresent(By.id("shares")));
        browser.screenshot("delegation-shared-link-ms");

        browser.go("/reports/delegation.xhtml");
        assertTrue(browser.isPresent(By.id("shares")), "still signed in as ministry staff");
        browser.clickAndLoad(By.id("shareForm:shareList:0:revoke"));
        assertFalse(browser.isPresent(By.id("shareForm:shareList:0:revoke")), "revoked: nothing more to revoke");
        browser.go(path);
        assertTrue(browser.isPresent(By.id("shareClosed")));
    }

    private List<WebElement> rows(String table) {
        return browser.findAll(By.cssSelector("#" + table + " tbody tr"));
    }

    private String heading(String table) {
        return browser.find(By.cssSelector("#" + table + " thead th")).getText();
    }

    private String tables() {
        StringBuilder text = new StringBuilder();
        for (WebElement t : browser.findAll(By.cssSelector("table.report-table"))) {
            text.append(t.getText()).append('\n');
        }
        return text.toString();
    }

    /** A download fetched by the page itself, with its session. */
    private byte[] fetch(String href) {
        Object base64 = browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + "  if (!r.ok) { return r.text().then(function (t) { done('ERROR ' + r.status + ' ' + t); }); }"
                + "  return r.arrayBuffer().then(function (b) {"
                + "    var s = ''; var bytes = new Uint8Array(b);"
                + "    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                + "    done(btoa(s)); }); });", href);
        assertFalse(base64.toString().startsWith("ERROR"), base64::toString);
        return Base64.getDecoder().decode(base64.toString());
    }
}
