package vn.mtbbe.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schools, districts and school years set up by ministry staff through the API: changes with If-Match, a designation
 * changed from a school year on while earlier years (and their reports) keep theirs, attendance figures following the
 * new designation, and the dates of school years.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolSetupIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    static String previousSchoolYear() {
        int start = Integer.parseInt(Api.currentSchoolYear().substring(0, 4)) - 1;
        return start + "-" + (start + 1);
    }

    static String change(String name, String district, String designation, String language, String fromYear) {
        return """
                {"name":"%s","district":"%s","level":"PRIMARY","designation":"%s","programmeLanguage":%s,"fromYear":%s}"""
                .formatted(name, district, designation, language == null ? "null" : "\"" + language + "\"",
                        fromYear == null ? "null" : "\"" + fromYear + "\"");
    }

    @Test
    void aSchoolChangesOnlyWithItsETagAndOnlyByMinistryStaff() {
        String code = Fixtures.in(api, Fixtures.LAO_CAI).school("SU");
        Api ministry = api.as("ministry").language("en");
        Api.Reply read = ministry.get("api/schools/" + code);
        String etag = read.header("ETag");
        String renamed = change("Trường Tiểu học Bản Mế", "Huyện Mới " + code, "PILOT", "hmn", null);
        assertEquals(428, ministry.put("api/schools/" + code, renamed).status());
        assertEquals(403, api.as("officer.laocai").putIfMatch("api/schools/" + code, renamed, etag).status());
        Api.Reply saved = ministry.putIfMatch("api/schools/" + code, renamed, etag);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("Trường Tiểu học Bản Mế", saved.json().getString("name"));
        assertEquals("Huyện Mới " + code, saved.json().getString("district"), "a district named for the first time is created");
        assertEquals(412, ministry.putIfMatch("api/schools/" + code, renamed, etag).status());

        List<JsonObject> districts = ministry.get("api/districts?province=10").array().getValuesAs(JsonObject.class);
        JsonObject created = districts.stream().filter(d -> d.getString("name").equals("Huyện Mới " + code)).findFirst().orElseThrow();
        Api.Reply renamedDistrict = ministry.put("api/districts/" + created.getString("code"), "{\"name\":\"Huyện Đổi Tên " + code + "\"}");
        assertEquals(200, renamedDistrict.status(), renamedDistrict::toString);
        assertEquals(403, api.as("officer.laocai").put("api/districts/" + created.getString("code"), "{\"name\":\"x\"}").status());
        assertEquals("Huyện Đổi Tên " + code, ministry.get("api/schools/" + code).json().getString("district"));

        Api.Reply comparisonWithLanguage = ministry.putIfMatch("api/schools/" + code,
                change("x", "Si Ma Cai", "COMPARISON", "hmn", null), saved.header("ETag"));
        assertEquals(422, comparisonWithLanguage.status());
        assertEquals("programmeLanguage", comparisonWithLanguage.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aNewDesignationHoldsFromItsSchoolYearAndTheAttendanceFiguresFollowIt() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 3);
        String school = api.as("ministry").get("api/classes/" + c.classId()).json().getString("schoolCode");
        assertEquals(201, api.as("ministry").post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"GRADE_1","name":"1A"}""".formatted(school, previousSchoolYear()))
                .status(), "a class of the year before");
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        assertEquals(200, api.as(c.officer()).put(c.path(day), c.body(Map.of())).status());
        assertEquals("PILOT", designationInReport(school));

        Api ministry = api.as("ministry");
        Api.Reply changed = ministry.putIfMatch("api/schools/" + school,
                change("Trường đối chứng " + school, "Si Ma Cai", "COMPARISON", null, Api.currentSchoolYear()),
                ministry.get("api/schools/" + school).header("ETag"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("COMPARISON", changed.json().getString("designation"));
        assertEquals("COMPARISON", designationInReport(school), "this year's figures follow the new designation");

        Map<String, String> byYear = new java.util.HashMap<>();
        ministry.get("api/schools/" + school + "/designations").array()
                .forEach(v -> byYear.put(v.asJsonObject().getString("schoolYear"), v.asJsonObject().getString("designation")));
        assertEquals("PILOT", byYear.get(previousSchoolYear()), "the year before keeps its designation");
        assertEquals("COMPARISON", byYear.get(Api.currentSchoolYear()));
        JsonObject thisYearsClass = ministry.get("api/classes/" + c.classId()).json();
        assertTrue(thisYearsClass.isNull("programmeLanguage"), "a comparison class teaches no mother tongue programme");
    }

    private String designationInReport(String school) {
        Api.Reply report = api.as("ministry").get("api/reports/attendance?year=" + Api.currentSchoolYear()
                + "&groupBy=school,designation");
        assertEquals(200, report.status(), report::toString);
        return report.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("group"))
                .filter(g -> school.equals(g.getString("school", null)))
                .map(g -> g.getString("designation")).findFirst().orElseThrow(() -> new AssertionError(report.body()));
    }

    @Test
    void schoolYearsAreOpenedAndTheirDatesCorrectedByMinistryStaff() {
        Api ministry = api.as("ministry").language("en");
        List<JsonObject> years = ministry.get("api/school-years").array().getValuesAs(JsonObject.class);
        assertTrue(years.stream().anyMatch(y -> y.getString("code").equals(Api.currentSchoolYear())));
        int far = 2090 + (int) (System.nanoTime() % 9);
        String code = far + "-" + (far + 1);
        String body = "{\"code\":\"%s\",\"startDate\":\"%d-09-05\",\"endDate\":\"%d-05-31\"}".formatted(code, far, far + 1);
        assertEquals(403, api.as("officer.laocai").post("api/school-years", body).status());
        Api.Reply opened = ministry.post("api/school-years", body);
        if (opened.status() == 409) {
            return; // a year this far ahead was opened by an earlier run on the same database
        }
        assertEquals(201, opened.status(), opened::toString);
        assertEquals(409, ministry.post("api/school-years", body).status());
        Api.Reply wrongYear = ministry.putIfMatch("api/school-years/" + code,
                "{\"startDate\":\"%d-09-05\",\"endDate\":\"%d-05-31\"}".formatted(far, far + 3), opened.header("ETag"));
        assertEquals(422, wrongYear.status(), wrongYear::toString);
        Api.Reply corrected = ministry.putIfMatch("api/school-years/" + code,
                "{\"startDate\":\"%d-09-01\",\"endDate\":\"%d-05-25\"}".formatted(far, far + 1), opened.header("ETag"));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(far + "-09-01", corrected.json().getString("startDate"));
        assertEquals(412, ministry.putIfMatch("api/school-years/" + code,
                "{\"startDate\":\"%d-09-02\",\"endDate\":\"%d-05-25\"}".formatted(far, far + 1), opened.header("ETag")).status());
    }

    @Test
    void aYearsDatesMustKeepItsEnrolmentsInside() {
        Api ministry = api.as("ministry").language("en");
        Api.Reply year = ministry.get("api/school-years/" + Api.currentSchoolYear());
        JsonObject dates = year.json();
        LocalDate start = LocalDate.parse(dates.getString("startDate"));
        Api.Reply shrunk = ministry.putIfMatch("api/school-years/" + Api.currentSchoolYear(),
                "{\"startDate\":\"%s\",\"endDate\":\"%s\"}".formatted(start.plusMonths(2), dates.getString("endDate")),
                year.header("ETag"));
        assertEquals(422, shrunk.status(), shrunk::toString);
        assertTrue(shrunk.body().contains("outside the new dates"), shrunk::toString);
    }
}
