package vn.mtbbe.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Class lists imported from spreadsheets through the API: validated whole (every bad row and every possible duplicate
 * reported, nothing written), written in one transaction, idempotent on pupil codes and on the file, scoped to the
 * officer's provinces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PupilImportIT {

    static final String HEADER = "Mã trường,Lớp,Mã học sinh,Họ và tên (tiếng Việt),Họ và tên (tiếng mẹ đẻ),Giới tính,Ngày sinh,"
            + "Dân tộc,Tiếng mẹ đẻ\n";

    @ArquillianResource
    URL url;

    Api api;
    Fixtures laoCai;

    @BeforeEach
    void client() {
        api = Api.at(url);
        laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
    }

    /** A row of a child of the school's class: a made-up name of letters only, born {@code born}. */
    static String row(String school, String className, String code, String name, LocalDate born) {
        return "%s,%s,%s,%s,%s,F,%s,H'Mông,hmn\n".formatted(school, className, code, name, name, born);
    }

    /** A name no other test uses: two words of letters made from {@code n} and the run. */
    static String name(String run, int n) {
        StringBuilder word = new StringBuilder();
        for (int v = n; word.length() < 4 || v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return "Giàng " + run + " " + word;
    }

    private Api.Reply upload(Api caller, String query, String csv) {
        return caller.send("api/pupils/imports" + query, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long pupilsOf(String school) {
        return api.as("ministry").get("api/pupils?school=" + school + "&size=1").json().getJsonNumber("total").longValue();
    }

    @Test
    void fiveThousandPupilsWithOneBadRowWriteNothing() {
        String school = laoCai.school("SI");
        laoCai.schoolClass(school, "GRADE_1", "1A");
        laoCai.schoolClass(school, "GRADE_2", "2A");
        String run = Fixtures.unique("").toLowerCase().replaceAll("[0-9]", "x");
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate born = Api.today().minusYears(7);
        for (int i = 0; i < 5000; i++) {
            String className = i % 2 == 0 ? "1A" : "2A";
            String day = i == 3217 ? "31/02/2018" : born.minusDays(i % 300).toString();
            csv.append("%s,%s,,%s,%s,F,%s,H'Mông,hmn\n".formatted(school, className, name(run, i), name(run, i), day));
        }
        long start = System.nanoTime();
        Api.Reply refused = upload(api.as("officer.laocai").language("en"), "", csv.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(422, refused.status(), refused::toString);
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(1, errors.size(), refused::toString);
        assertEquals("rows[3219].dateOfBirth", errors.get(0).getString("field"), "row 3219 of the file (after the header)");
        assertEquals(0, pupilsOf(school), "nothing written");
        System.out.println("5,000-row class list with one bad row refused in " + millis + " ms");
    }

    @Test
    void aClassListIsWrittenWholeAndImportingItAgainChangesNothing() {
        String school = laoCai.school("SJ");
        laoCai.schoolClass(school, "GRADE_1", "1A");
        String run = Fixtures.unique("").toLowerCase().replaceAll("[0-9]", "y");
        LocalDate born = Api.today().minusYears(6);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            csv.append(row(school, "1A", "", name(run, i), born.minusDays(i * 3L)));
        }
        Api officer = api.as("officer.laocai");
        Api.Reply done = upload(officer, "", csv.toString());
        assertEquals(200, done.status(), done::toString);
        assertEquals(40, done.json().getInt("enrolled"));
        assertEquals(40, pupilsOf(school));
        Api.Reply again = upload(officer, "", csv.toString());
        assertEquals(200, again.status());
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals(40, pupilsOf(school));

        // The list as the school keeps it, now with the codes: importing it again enrols nobody twice.
        List<JsonObject> enrolled = officer.get("api/pupils?school=" + school + "&size=100").items().getValuesAs(JsonObject.class);
        StringBuilder withCodes = new StringBuilder(HEADER.replace("Mã trường,", "school,"));
        for (JsonObject p : enrolled) {
            withCodes.append(row(school, "1A", p.getString("code"), p.getString("vietnameseName"), LocalDate.parse(p.getString("dateOfBirth"))));
        }
        Api.Reply byCode = upload(officer, "", withCodes.toString());
        assertEquals(200, byCode.status(), byCode::toString);
        assertEquals(0, byCode.json().getInt("enrolled"));
        assertEquals(40, byCode.json().getInt("unchanged"));
        assertEquals(40, pupilsOf(school));
    }

    @Test
    void possibleDuplicatesAreReportedUntilTheOfficerAcceptsThem() {
        String school = laoCai.school("SK");
        String classId = laoCai.schoolClass(school, "GRADE_3", "3A");
        String existing = laoCai.pupil(classId, "Sùng Thị Chơ", 9);
        LocalDate born = Api.today().minusYears(9);
        String csv = HEADER + row(school, "3A", "", "Sung Thi Cho", born) + row(school, "3A", "", "Sùng Thị Chờ", born);
        Api officer = api.as("officer.laocai").language("en");
        Api.Reply refused = upload(officer, "", csv);
        assertEquals(422, refused.status(), refused::toString);
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(errors.stream().anyMatch(e -> e.getString("field").equals("rows[2].vietnameseName")
                && e.getString("message").contains(existing)), refused::toString);
        assertTrue(errors.stream().anyMatch(e -> e.getString("field").equals("rows[3].vietnameseName")), "twice in the file");
        Api.Reply accepted = upload(officer, "?acceptDuplicates=true", csv);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(2, accepted.json().getInt("enrolled"));
    }

    @Test
    void onlyTheProvincesOfficerImportsItsClassLists() {
        String school = laoCai.school("SL");
        laoCai.schoolClass(school, "GRADE_1", "1A");
        String csv = HEADER + row(school, "1A", "", "Vàng Thị Dinh", Api.today().minusYears(6));
        Api.Reply other = upload(api.as("officer.gialai").language("en"), "", csv);
        assertEquals(422, other.status(), other::toString);
        assertEquals("rows[2].class", other.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                "a class of another province is answered as unknown");
        assertEquals(403, upload(api.as("ministry"), "", csv).status());
        assertEquals(0, pupilsOf(school));

        Api.Download template = api.as("officer.laocai").download("api/pupils/imports/template?format=csv");
        assertEquals(200, template.status());
        assertTrue(new String(template.bytes(), StandardCharsets.UTF_8).contains("Họ và tên (tiếng Việt)"));
        assertEquals(200, api.as("officer.laocai").download("api/pupils/imports/template?format=xlsx").status());
    }
}
