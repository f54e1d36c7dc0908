package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.mtbbe.platform.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assessment results imported through the API (and once through the page): the template in the caller's language,
 * filled in per pupil and subtask; a file's results merged into those stored and written as a save writes them
 * (audited, the report's summary kept); one bad row among many refusing the file whole, nothing written; the same
 * file twice changing nothing; another province's class refused like an unknown one; the rules of a result (absent
 * with a score, a score above the item count) in the reader's language.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AchievementImportIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    Browser browser;

    /**
     * A new school of a province with one grade-2 class and its pupils, an instrument of the province's language made
     * by ministry staff (a timed letter-sounds subtask of 100 items in 60 seconds, a comprehension subtask out of 5)
     * and a sitting of it running today at that school (and at {@code alsoSchools}).
     */
    record Setup(Fixtures.Province province, String school, String classId, List<String> pupils, long sitting,
                 long timed, long outOf) {

        static Setup create(Api api, Fixtures.Province province, int pupils, String... alsoSchools) {
            Fixtures f = Fixtures.in(api, province);
            String school = f.school("AI");
            String classId = f.schoolClass(school, "GRADE_2", "2A");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                codes.add(f.pupil(classId, Fixtures.unique("Em "), 8));
            }
            Api.Reply instrument = api.as("ministry").post("api/instruments", """
                    {"name":"EGRA %s","area":"READING","language":"%s","stages":["GRADE_2"],"subtasks":[
                      {"skill":"LETTER_SOUNDS","kind":"TIMED","items":100,"seconds":60,
                       "benchmarks":[{"stage":"GRADE_2","approachingFrom":20,"meetingFrom":40}]},
                      {"skill":"READING_COMPREHENSION","kind":"OUT_OF","items":5}]}""".formatted(
                    Fixtures.unique("thử "), province.language()));
            assertEquals(201, instrument.status(), instrument::toString);
            List<JsonObject> subtasks = instrument.json().getJsonArray("subtasks").getValuesAs(JsonObject.class);
            List<String> schools = new ArrayList<>(List.of(school));
            schools.addAll(List.of(alsoSchools));
            Api.Reply sitting = api.as("ministry").post("api/sittings", """
                    {"name":"%s","round":"MIDLINE","schoolYear":"%s","from":"%s","to":"%s","instruments":[%d],"schools":[%s]}"""
                    .formatted(Fixtures.unique("Giữa kỳ "), Api.currentSchoolYear(), Api.today(), Api.today(),
                            instrument.json().getJsonNumber("id").longValue(),
                            schools.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))));
            assertEquals(201, sitting.status(), sitting::toString);
            return new Setup(province, school, classId, List.copyOf(codes), sitting.json().getJsonNumber("id").longValue(),
                    subtasks.get(0).getJsonNumber("id").longValue(), subtasks.get(1).getJsonNumber("id").longValue());
        }

        String officer() {
            return province.officer();
        }

        String pupil(int i) {
            return pupils.get(i);
        }

        String results() {
            return "api/sittings/" + sitting + "/results?class=" + classId;
        }

        String report() {
            return "api/reports/achievement?sitting=" + sitting + "&groupBy=school,sex";
        }

        /** A CSV row of this class: sitting, class id, then the cells given. */
        String row(Object... cells) {
            return sitting + "," + classId + "," + Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** The stored results by "pupil/subtask": "ABSENT", the score, or "score in seconds s". */
    static Map<String, String> results(JsonObject classResults) {
        Map<String, String> results = new TreeMap<>();
        for (JsonObject r : classResults.getJsonArray("results").getValuesAs(JsonObject.class)) {
            String value = r.containsKey("absent") ? "ABSENT"
                    : r.getInt("score") + (r.containsKey("seconds") ? " in " + r.getInt("seconds") + "s" : "");
            results.put(r.getString("pupil") + "/" + r.getJsonNumber("subtask").longValue(), value);
        }
        return results;
    }

    static List<JsonObject> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    long auditEntries(Api api, Setup s) {
        return api.as("ministry").get("api/audit?size=1&entity=SittingResults&key=" + s.sitting() + "/" + s.classId())
                .json().getJsonNumber("total").longValue();
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void aCsvFileWithVietnameseHeadersIsMergedIntoTheStoredResultsAuditedAndTheSameFileTwiceChangesNothing() {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.LAO_CAI, 3);
        Api.Reply saved = api.as(s.officer()).put(s.results(), """
                {"results":[{"pupil":"%s","subtask":%d,"score":30},{"pupil":"%s","subtask":%d,"score":3}]}"""
                .formatted(s.pupil(0), s.timed(), s.pupil(0), s.outOf()));
        assertEquals(200, saved.status(), saved::toString);

        // Semicolons, as Excel writes CSV in Vietnamese; pupil 0's comprehension replaced, the timed result kept.
        String file = String.join("\n",
                "Mã đợt đánh giá;Mã lớp;Mã học sinh;Mã phần đánh giá;Điểm;Số giây đã dùng;Vắng mặt",
                s.sitting() + ";" + s.classId() + ";" + s.pupil(1) + ";" + s.timed() + ";25;45;",
                s.sitting() + ";" + s.classId() + ";" + s.pupil(1) + ";" + s.outOf() + ";4;;không",
                s.sitting() + ";" + s.classId() + ";" + s.pupil(2).toLowerCase() + ";" + s.timed() + ";;;Có",
                s.sitting() + ";" + s.classId() + ";" + s.pupil(2) + ";" + s.outOf() + ";;;",
                s.sitting() + ";" + s.classId() + ";" + s.pupil(0) + ";" + s.outOf() + ";5;;") + "\n";
        String before = api.as("ministry").get(s.report()).body();
        long audits = auditEntries(api, s);
        Api.Reply first = api.as(s.officer()).language("vi").send("api/achievement/imports", "text/csv", utf8(file));
        assertEquals(200, first.status(), first::toString);
        assertEquals(5, first.json().getInt("rows"));
        assertEquals(1, first.json().getInt("blank"), "a row left empty changes nothing");
        assertEquals(1, first.json().getInt("classes"));
        assertEquals(4, first.json().getInt("changed"));
        assertFalse(first.json().getBoolean("alreadyImported"));
        JsonObject stored = api.as(s.officer()).get(s.results()).json();
        assertEquals(Map.of(s.pupil(0) + "/" + s.timed(), "30 in 60s", s.pupil(0) + "/" + s.outOf(), "5",
                s.pupil(1) + "/" + s.timed(), "25 in 45s", s.pupil(1) + "/" + s.outOf(), "4",
                s.pupil(2) + "/" + s.timed(), "ABSENT"), results(stored));
        JsonObject rate = stored.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("pupil").equals(s.pupil(1)) && r.getJsonNumber("subtask").longValue() == s.timed())
                .findFirst().orElseThrow();
        assertEquals(33.3, rate.getJsonNumber("perMinute").doubleValue(), 1e-9, "25 letters in 45 seconds");
        assertFalse(before.equals(api.as("ministry").get(s.report()).body()), "the report's summary follows the import");

        // One audit entry for the class, every changed result before and after.
        assertEquals(audits + 1, auditEntries(api, s));
        JsonObject entry = api.as("ministry").get("api/audit?size=1&entity=SittingResults&key=" + s.sitting() + "/"
                + s.classId()).items().getJsonObject(0);
        assertEquals("UPDATE", entry.getString("action"));
        assertEquals(s.officer(), entry.getString("user"));
        Map<String, JsonObject> changes = entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("field"), c -> c));
        assertEquals(4, changes.size(), changes::toString);
        JsonObject replaced = changes.get(s.pupil(0) + "/" + s.outOf());
        assertEquals("3", replaced.getString("before"));
        assertEquals("5", replaced.getString("after"));
        assertEquals("25 in 45s", changes.get(s.pupil(1) + "/" + s.timed()).getString("after"));
        assertEquals(null, Api.str(changes.get(s.pupil(1) + "/" + s.timed()), "before"), changes::toString);
        assertEquals("ABSENT", changes.get(s.pupil(2) + "/" + s.timed()).getString("after"));

        // Someone corrects a result by hand; the same file again changes nothing (it was imported already).
        Api.Reply corrected = api.as(s.officer()).put(s.results(), """
                {"results":[{"pupil":"%s","subtask":%d,"score":31}]}""".formatted(s.pupil(0), s.timed()));
        assertEquals(200, corrected.status(), corrected::toString);
        String etag = corrected.header("ETag");
        long auditsNow = auditEntries(api, s);
        Api.Reply again = api.as(s.officer()).send("api/achievement/imports", "text/csv", utf8(file));
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals(s.officer(), again.json().getString("importedBy"));
        assertEquals(etag, api.as(s.officer()).get(s.results()).header("ETag"), "nothing written");
        assertEquals(auditsNow, auditEntries(api, s));
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void anExcelWorkbookWithMalayHeadersAndSchoolAndClassNamesIsReadLikeACsvFileAlsoAsAFormUpload() throws Exception {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.GIA_LAI, 2);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Keputusan");
            String[] header = {"ID sesi penilaian", "Kod sekolah", "Nama kelas", "Kod murid", "ID subtugasan", "Skor",
                    "Saat digunakan", "Tidak hadir"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {s.sitting(), s.school(), "2A", s.pupil(0), s.timed(), 41, 60, ""},
                    {s.sitting(), s.school(), "2A", s.pupil(0), s.outOf(), 5, "", "tidak"},
                    {s.sitting(), s.school(), "2A", s.pupil(1), s.timed(), "", "", "ya"},
                    {s.sitting(), s.school(), "2A", s.pupil(1), s.outOf(), 0, "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (!rows[r][c].toString().isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        String boundary = "----mtbbe" + Fixtures.unique("");
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"keputusan.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"));
        form.write(workbook);
        form.write(utf8("\r\n--" + boundary + "--\r\n"));
        Api.Reply imported = api.as(s.officer()).language("ms").send("api/achievement/imports",
                "multipart/form-data; boundary=" + boundary, form.toByteArray());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(4, imported.json().getInt("changed"));
        assertEquals(Map.of(s.pupil(0) + "/" + s.timed(), "41 in 60s", s.pupil(0) + "/" + s.outOf(), "5",
                s.pupil(1) + "/" + s.timed(), "ABSENT", s.pupil(1) + "/" + s.outOf(), "0"),
                results(api.as(s.officer()).get(s.results()).json()));

        // The same bytes as the body: the file was imported already.
        Api.Reply again = api.as(s.officer()).send("api/achievement/imports",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("alreadyImported"));
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void theTemplateIsInTheReadersLanguageListsEachPupilAndSubtaskAndComesBackFilledIn() throws Exception {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.TRA_VINH, 3);
        Api.Download empty = api.as(s.officer()).language("en").download("api/achievement/imports/template?format=csv");
        assertEquals(200, empty.status());
        assertTrue(empty.contentType().startsWith("text/csv"), empty.contentType());
        assertEquals("\uFEFFSitting id,Class id,Pupil code,Pupil name,Subtask id,Subtask name,Score,Seconds used,Absent,"
                + "School code,Class name", new String(empty.bytes(), StandardCharsets.UTF_8).strip());
        assertTrue(new String(api.as(s.officer()).language("vi").download("api/achievement/imports/template").bytes(),
                StandardCharsets.UTF_8).startsWith("\uFEFFMã đợt đánh giá,Mã lớp,Mã học sinh,Họ tên học sinh"));

        // For the class: a row per pupil and subtask, the subtask named in the reader's language.
        String path = "api/achievement/imports/template?sitting=" + s.sitting() + "&class=" + s.classId();
        List<String> lines = new String(api.as(s.officer()).language("en").download(path + "&format=csv").bytes(),
                StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals(1 + 3 * 2, lines.size(), lines::toString);
        assertTrue(lines.get(1).startsWith(s.row(s.pupil(0), "")) && lines.get(1).contains("," + s.timed() + ",")
                && lines.get(1).contains("Letter sounds") && lines.get(1).endsWith("," + s.school() + ",2A"), lines.get(1));

        Api.Download xlsx = api.as(s.officer()).language("vi").download(path + "&format=xlsx");
        assertEquals(200, xlsx.status());
        assertArrayEquals(new byte[]{'P', 'K'}, Arrays.copyOf(xlsx.bytes(), 2));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet rows = book.getSheetAt(0);
            assertEquals("Mã đợt đánh giá", rows.getRow(0).getCell(0).getStringCellValue());
            assertEquals(6, rows.getLastRowNum());
            assertEquals((double) s.sitting(), rows.getRow(1).getCell(0).getNumericCellValue());
            assertTrue(rows.getRow(1).getCell(5).getStringCellValue().contains("Âm chữ cái"));
            Sheet codes = book.getSheetAt(1);
            assertEquals(String.valueOf(s.timed()), codes.getRow(1).getCell(0).getStringCellValue());
            assertTrue(codes.getRow(1).getCell(1).getStringCellValue().contains("60 giây"),
                    codes.getRow(1).getCell(1).getStringCellValue());
        }

        // Filled in as a teacher does (scores in the blank cells) and uploaded as it is.
        List<String> filled = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.set(6, Long.parseLong(cells.get(4)) == s.timed() ? "12" : "2");
            filled.add(String.join(",", cells));
        }
        Api.Reply imported = api.as(s.officer()).language("en").send("api/achievement/imports", "text/csv",
                utf8(String.join("\n", filled) + "\n"));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(6, imported.json().getInt("changed"));
        assertEquals("12 in 60s", results(api.as(s.officer()).get(s.results()).json()).get(s.pupil(2) + "/" + s.timed()));
        // Downloaded again, the template carries what was entered.
        String again = new String(api.as(s.officer()).language("en").download(path).bytes(), StandardCharsets.UTF_8);
        assertTrue(again.lines().anyMatch(l -> l.startsWith(s.row(s.pupil(2), "")) && l.contains("," + s.timed() + ",")
                && l.contains(",12,60,,")), again);

        assertEquals(403, api.as("ministry").download(path).status());
        assertEquals(400, api.as(s.officer()).download("api/achievement/imports/template?class=" + s.classId()).status());
        assertEquals(404, api.as("officer.laocai").download(path).status(), "another province's class");
        assertEquals(400, api.as(s.officer()).download(path + "&format=pdf").status());
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void oneBadRowAmongManyRefusesTheFileNamingTheRowAndColumnAndNothingIsWritten() {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.LAO_CAI, 30);
        Api.Reply saved = api.as(s.officer()).put(s.results(), """
                {"results":[{"pupil":"%s","subtask":%d,"score":30},{"pupil":"%s","subtask":%d,"absent":true}]}"""
                .formatted(s.pupil(0), s.timed(), s.pupil(1), s.timed()));
        assertEquals(200, saved.status(), saved::toString);
        // Every pupil's two results, one of them a score above the item count.
        StringBuilder file = new StringBuilder("sitting,classId,pupil,subtask,score,seconds,absent\n");
        int row = 1;
        int bad = -1;
        for (String pupil : s.pupils()) {
            for (long subtask : List.of(s.timed(), s.outOf())) {
                row++;
                int score = subtask == s.timed() ? 20 + row % 30 : row % 6;
                if (pupil.equals(s.pupil(22)) && subtask == s.timed()) {
                    bad = row;
                    score = 101;
                }
                file.append(s.row(pupil, subtask, score, "", "")).append('\n');
            }
        }
        assertEquals(61, row);
        String etag = api.as(s.officer()).get(s.results()).header("ETag");
        String report = api.as("ministry").get(s.report()).body();
        long audits = Database.number("SELECT COUNT(*) FROM audit_log");
        long files = Database.number("SELECT COUNT(*) FROM import_file");
        Api.Reply refused = api.as(s.officer()).language("en").send("api/achievement/imports", "text/csv",
                utf8(file.toString()));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(audits, Database.number("SELECT COUNT(*) FROM audit_log"), "nothing audited");
        assertEquals(files, Database.number("SELECT COUNT(*) FROM import_file"), "the file not recorded");
        List<JsonObject> errors = errors(refused);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("rows[" + bad + "].score", errors.get(0).getString("field"));
        assertEquals(Messages.format(EN, "validation.achievement.scoreRange", Map.of("max", 100)),
                errors.get(0).getString("message"));
        assertEquals(etag, api.as(s.officer()).get(s.results()).header("ETag"), "results unchanged");
        assertEquals(report, api.as("ministry").get(s.report()).body(), "summary unchanged");
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void anotherProvincesClassIsRefusedLikeAnUnknownClassAndOnlyOfficersImport() {
        Api api = Api.at(url);
        String giaLaiSchool = Fixtures.in(api, Fixtures.GIA_LAI).school("AJ");
        Setup s = Setup.create(api, Fixtures.LAO_CAI, 1, giaLaiSchool);
        String file = "sitting,classId,pupil,subtask,score\n" + s.row(s.pupil(0), s.outOf(), 3) + "\n"
                + s.sitting() + ",999999999," + s.pupil(0) + "," + s.outOf() + ",3\n";
        Api.Reply foreign = api.as("officer.gialai").language("en").send("api/achievement/imports", "text/csv", utf8(file));
        assertEquals(422, foreign.status(), foreign::toString);
        List<JsonObject> errors = errors(foreign);
        assertEquals(List.of("rows[2].classId", "rows[3].classId"), errors.stream().map(e -> e.getString("field")).toList());
        assertEquals(Messages.format(EN, "import.error.class", Map.of("value", s.classId())), errors.get(0).getString("message"));
        assertEquals(Messages.format(EN, "import.error.class", Map.of("value", "999999999")), errors.get(1).getString("message"));

        // A sitting without a class of the caller's provinces is not theirs to see either.
        Setup other = Setup.create(api, Fixtures.LAO_CAI, 1);
        Api.Reply unseen = api.as("officer.travinh").language("en").send("api/achievement/imports", "text/csv",
                utf8("sitting,classId,pupil,subtask,score\n" + other.row(other.pupil(0), other.outOf(), 3) + "\n"));
        assertEquals(422, unseen.status(), unseen::toString);
        assertEquals("rows[2].sitting", errors(unseen).get(0).getString("field"));

        assertEquals(403, api.as("ministry").send("api/achievement/imports", "text/csv", utf8(file)).status());
        assertEquals(401, api.anonymous().send("api/achievement/imports", "text/csv", utf8(file)).status());
        assertTrue(results(api.as(s.officer()).get(s.results()).json()).isEmpty(), "nothing written");

        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        Api.Reply tooLarge = api.as(s.officer()).language("en").send("api/achievement/imports", "text/csv", huge);
        assertEquals(413, tooLarge.status());
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void absentWithAScoreAndAScoreAboveTheItemCountAreRefusedInTheReadersLanguage() {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.GIA_LAI, 2);
        String file = "sitting,classId,pupil,subtask,score,seconds,absent\n"
                + s.row(s.pupil(0), s.timed(), 12, "", "x") + "\n"
                + s.row(s.pupil(1), s.outOf(), 6, "", "") + "\n"
                + s.row(s.pupil(1), s.timed(), 12, 61, "") + "\n";
        for (ULocale locale : List.of(VI, EN)) {
            Api.Reply refused = api.as(s.officer()).language(locale.getLanguage()).send("api/achievement/imports",
                    "text/csv", utf8(file));
            assertEquals(422, refused.status(), refused::toString);
            Map<String, String> messages = errors(refused).stream()
                    .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
            assertEquals(Map.of(
                    "rows[2].absent", Messages.format(locale, "validation.achievement.absentWithScore", Map.of()),
                    "rows[3].score", Messages.format(locale, "validation.achievement.scoreRange", Map.of("max", 5)),
                    "rows[4].seconds", Messages.format(locale, "validation.achievement.secondsRange", Map.of("max", 60))),
                    messages);
        }
        assertEquals("Điểm từ 0 đến 5.", Messages.format(VI, "validation.achievement.scoreRange", Map.of("max", 5)));
        assertEquals("The score is from 0 to 5.", Messages.format(EN, "validation.achievement.scoreRange", Map.of("max", 5)));
        assertTrue(results(api.as(s.officer()).get(s.results()).json()).isEmpty(), "nothing written");
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void theOpenApiDocumentListsTheImportAndItsTemplate() {
        Api.Reply reply = Api.at(url).get("/openapi");
        assertEquals(200, reply.status());
        for (String text : List.of("/api/achievement/imports:", "/api/achievement/imports/template:", "importAchievement",
                "getAchievementImportTemplate")) {
            assertTrue(reply.body().contains(text), () -> "OpenAPI lacks " + text);
        }
    }

    @Test
    void anOfficerDownloadsTheClassTemplateUploadsItAndSeesEveryWrongRowThenWhatWasWritten() throws Exception {
        Api api = Api.at(url);
        Setup s = Setup.create(api, Fixtures.TRA_VINH, 2);
        browser.go("/login.xhtml").language("en").signIn(s.officer(), Api.PASSWORD);
        browser.go("/achievement/import.xhtml?sitting=" + s.sitting() + "&class=" + s.classId());
        assertEquals(Messages.format(EN, "import.achievement.title"), browser.text(By.cssSelector("h1.page-title")));
        assertTrue(browser.text(By.id("templateFor")).contains(s.school() + " · 2A"), browser.text(By.id("templateFor")));
        browser.screenshot("achievement-import-en");

        Path bad = Files.createTempFile("achievement", ".csv");
        Files.writeString(bad, "Sitting id,Class id,Pupil code,Subtask id,Score,Absent\n"
                + s.row(s.pupil(0), s.timed(), 20, "") + "\n"
                + s.row(s.pupil(1), s.outOf(), 9, "") + "\n");
        upload(bad);
        browser.waitFor(d -> browser.isPresent(By.id("problemTable")));
        assertEquals("3", browser.find(By.cssSelector("#problemTable tbody tr")).getAttribute("data-row"));
        String problems = browser.text(By.id("problemTable"));
        assertTrue(problems.contains(Messages.format(EN, "import.achievement.column.score"))
                && problems.contains(Messages.format(EN, "validation.achievement.scoreRange", Map.of("max", 5))), problems);
        assertTrue(results(api.as(s.officer()).get(s.results()).json()).isEmpty(), "nothing written");

        Path good = Files.createTempFile("achievement", ".csv");
        Files.writeString(good, "Sitting id,Class id,Pupil code,Subtask id,Score,Absent\n"
                + s.row(s.pupil(0), s.timed(), 20, "") + "\n"
                + s.row(s.pupil(1), s.outOf(), "", "yes") + "\n");
        upload(good);
        browser.waitFor(d -> browser.isPresent(By.id("importSummary")));
        assertTrue(browser.text(By.id("importSummary")).contains("2 results changed"), browser.text(By.id("importSummary")));
        assertEquals(Map.of(s.pupil(0) + "/" + s.timed(), "20 in 60s", s.pupil(1) + "/" + s.outOf(), "ABSENT"),
                results(api.as(s.officer()).get(s.results()).json()));

        browser.windowSize(360, 780);
        browser.go("/achievement/import.xhtml");
        long width = ((Number) browser.script("return window.innerWidth;")).longValue();
        for (String id : List.of("upload", "templates", "templateChoice")) {
            Number right = (Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
            assertTrue(right.doubleValue() <= width, id + " ends at " + right + " px on a " + width + "-px screen");
        }

        // Ministry staff read results but do not import them.
        browser.forgetEverything().go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/achievement/import.xhtml");
        assertEquals(Messages.format(Messages.DEFAULT, "error.forbidden.title"), browser.text(By.cssSelector("h1.page-title")));
    }

    private void upload(Path file) {
        browser.find(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.idle();
    }
}
