package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.platform.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The delegation report and its share links: issued and revoked by ministry staff only, opened without an account
 * until revoked, in the link's language; the page, the PDF, the CSV and the XLSX of the report hold no pupil's name or
 * code and no school's name, and every count they show rests on at least the minimum of pupils or is suppressed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DelegationReportIT {

    static final com.ibm.icu.util.ULocale ZH = new com.ibm.icu.util.ULocale("zh");

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void aShareLinkOpensTheReportWithoutAnAccountUntilItIsRevoked() {
        String lastDay = Api.today().plusDays(7).toString();
        String body = "{\"report\":\"delegation\",\"filters\":{\"year\":\"" + Api.currentSchoolYear()
                + "\"},\"expires\":\"" + lastDay + "\",\"locale\":\"zh\",\"label\":\"Đoàn Bộ Giáo dục Trung Quốc\"}";
        assertEquals(403, api.as("officer.laocai").post("api/reports/shares", body).status());
        assertEquals(403, api.as("delegation").post("api/reports/shares", body).status());
        Api.Reply refused = api.as("ministry").language("en").post("api/reports/shares",
                body.replace(lastDay, Api.today().minusDays(1).toString()).replace("\"delegation\",", "\"dashboard\","));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(Set.of("expires", "report"), refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(java.util.stream.Collectors.toSet()));

        Api.Reply issued = api.as("ministry").post("api/reports/shares", body);
        assertEquals(201, issued.status(), issued::toString);
        String link = issued.json().getString("url");
        long id = issued.json().getJsonNumber("id").longValue();
        assertTrue(link.contains("/reports/shared.xhtml?token=") && link.endsWith("&lang=zh"), link);
        String path = link.substring(link.indexOf("reports/shared.xhtml"));
        String token = path.substring(path.indexOf("token=") + 6, path.indexOf('&'));
        assertEquals(1, Database.number("SELECT COUNT(*) FROM report_share WHERE id = ? AND token_hash <> ?", id, token),
                "only a hash of the secret is kept");
        List<JsonObject> listed = api.as("ministry").get("api/reports/shares").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject mine = listed.stream().filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(mine.containsKey("url"), "the link is given once");
        assertEquals(Api.currentSchoolYear(), mine.getJsonObject("filters").getString("year"));

        Api.Download opened = api.anonymous().download(path);
        assertEquals(302, opened.status(), "the link's language is kept in a cookie, then the page opens");
        String bare = path.substring(0, path.indexOf("&lang="));
        Api.Download page = api.anonymous().language("zh").download(bare);
        String html = new String(page.bytes(), StandardCharsets.UTF_8);
        assertEquals(200, page.status(), html);
        assertTrue(html.contains(Messages.format(ZH, "reports.delegation.title")), "the link's language");
        assertTrue(html.contains("id=\"section-pilot\"") && html.contains("id=\"section-equity\""));
        assertFalse(html.contains("id=\"signOut\""), "no account, nothing to sign out of");
        Api.Download pdf = api.anonymous().download("reports/export?report=delegation&format=pdf&token=" + token);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals(404, api.anonymous().download("reports/export?report=dashboard&format=pdf&token=" + token).status(),
                "a link opens its own report only");

        assertEquals(403, api.as("officer.laocai").delete("api/reports/shares/" + id).status());
        assertEquals(204, api.as("ministry").delete("api/reports/shares/" + id).status());
        Api.Download closed = api.anonymous().language("zh").download(bare);
        assertEquals(404, closed.status());
        assertTrue(new String(closed.bytes(), StandardCharsets.UTF_8).contains(Messages.format(ZH, "reports.shared.closed")));
        assertEquals(404, api.anonymous().download("reports/export?report=delegation&format=pdf&token=" + token).status());
        assertEquals(404, api.anonymous().download("reports/shared.xhtml?token=" + "A".repeat(43)).status());
        assertEquals(404, api.as("ministry").delete("api/reports/shares/999999999").status());
        assertEquals(2, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'ReportShare' AND entity_key = ?",
                String.valueOf(id)), "issued and revoked, both audited");
    }

    @Test
    void noPageOrFileOfTheReportHoldsAPupilsNameOrCodeOrASchoolsNameAndNoCountUnderTheMinimum() throws Exception {
        Api.Reply issued = api.as("ministry").post("api/reports/shares", "{\"report\":\"delegation\",\"filters\":{\"year\":\""
                + Api.currentSchoolYear() + "\"},\"expires\":\"" + Api.today().plusDays(1) + "\",\"locale\":\"ms\"}");
        assertEquals(201, issued.status(), issued::toString);
        String link = issued.json().getString("url");
        String token = link.substring(link.indexOf("token=") + 6, link.indexOf('&'));
        String exportPath = "reports/export?report=delegation&token=" + token + "&format=";

        List<String> texts = new ArrayList<>();
        for (String language : List.of("vi", "en", "zh", "ms", "km")) {
            texts.add(text(api.anonymous().language(language).download("reports/shared.xhtml?token=" + token)));
        }
        byte[] pdf = api.anonymous().language("ms").download(exportPath + "pdf").bytes();
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
            Set<String> fonts = new HashSet<>();
            for (PDPage p : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
            assertTrue(fonts.contains("NotoSans-Regular"), fonts::toString);
            assertTrue(fonts.contains("NotoSansKhmer-Regular"), "the Khmer language's own name: " + fonts);
        }
        assertTrue(Normalizer.normalize(pdfText, Normalizer.Form.NFC).contains("ខ្មែរ"), "Khmer script, shaped and copyable");
        assertTrue(pdfText.contains(Messages.format(new com.ibm.icu.util.ULocale("ms"), "reports.delegation.pilot")),
                "the link's language, Malay");
        texts.add(pdfText);
        byte[] csv = api.anonymous().language("ms").download(exportPath + "csv").bytes();
        texts.add(new String(csv, StandardCharsets.UTF_8));
        byte[] xlsx = api.anonymous().download(exportPath + "xlsx").bytes();
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        texts.add(cells.toString());

        List<String> forbidden = new ArrayList<>();
        for (Object v : Database.column("SELECT code FROM pupil")) {
            forbidden.add(v.toString());
        }
        for (Object v : Database.column("SELECT vietnamese_name FROM pupil")) {
            forbidden.add(v.toString());
        }
        for (Object v : Database.column("SELECT native_name FROM pupil WHERE native_name IS NOT NULL")) {
            forbidden.add(v.toString());
        }
        for (Object v : Database.column("SELECT name FROM school")) {
            forbidden.add(v.toString());
        }
        assertTrue(forbidden.size() > 1000, "the demo's pupils and schools");
        for (String text : texts) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFC);
            for (String word : forbidden) {
                assertFalse(folded.contains(Normalizer.normalize(word, Normalizer.Form.NFC)), word);
            }
        }

        // Every pupils count of the CSV rests on at least the minimum, or is suppressed.
        String suppressed = Messages.format(new com.ibm.icu.util.ULocale("ms"), "reports.suppressed");
        int counts = 0;
        int hidden = 0;
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8)).getRecords();
        List<Integer> pupilColumns = List.of();
        ULocale malay = new ULocale("ms");
        Set<String> countHeadings = Set.of(Messages.format(malay, "reports.column.pupils"),
                Messages.format(malay, "reports.column.assessed"));
        boolean heading = false;
        for (CSVRecord r : records) {
            if (r.size() == 1) {
                heading = true;   // a table's title: its headings follow
                continue;
            }
            if (heading) {
                List<Integer> columns = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    if (countHeadings.contains(r.get(i))) {
                        columns.add(i);
                    }
                }
                pupilColumns = columns;
                heading = false;
                continue;
            }
            for (int i : pupilColumns) {
                if (i < r.size() && !r.get(i).isBlank()) {
                    if (r.get(i).equals(suppressed)) {
                        hidden++;
                    } else {
                        counts++;
                        assertTrue(Long.parseLong(r.get(i)) >= 10, r::toString);
                    }
                }
            }
        }
        assertTrue(counts > 10, "counts: " + counts);
        assertTrue(hidden > 0, "the demo has groups too small to show");
    }

    static String text(Api.Download download) {
        assertEquals(200, download.status(), () -> new String(download.bytes(), StandardCharsets.UTF_8));
        return new String(download.bytes(), StandardCharsets.UTF_8);
    }
}
