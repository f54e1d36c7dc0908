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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pupils written through the API beyond enrolment: the possible-duplicate check, a move to another class of the same
 * school, and changes of a pupil's details with If-Match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PupilWritesIT {

    @ArquillianResource
    URL url;

    Api api;
    Fixtures laoCai;
    Fixtures giaLai;

    @BeforeEach
    void client() {
        api = Api.at(url);
        laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
        giaLai = Fixtures.in(api, Fixtures.GIA_LAI);
    }

    static String candidate(String vietnameseName, LocalDate born, String classId) {
        return """
                {"nativeName":"%s","vietnameseName":"%s","sex":"F","dateOfBirth":"%s","ethnicity":"HMONG",
                 "motherTongue":"hmn","classId":"%s"}""".formatted(vietnameseName, vietnameseName, born, classId);
    }

    @Test
    void aSimilarNameBornTheSameDayInTheProvinceIsAPossibleDuplicate() {
        String school = laoCai.school("SD");
        String grade2 = laoCai.schoolClass(school, "GRADE_2", "2A");
        String name = "Giàng Thị " + Fixtures.unique("Mỷ").toLowerCase();
        String code = laoCai.pupil(grade2, name, 8);
        LocalDate born = Api.today().minusYears(8);
        String otherSchool = laoCai.school("SE");
        String grade2There = laoCai.schoolClass(otherSchool, "GRADE_2", "2B");
        Api officer = api.as("officer.laocai");

        String folded = name.replace("Giàng Thị", "Giang Thi");
        Api.Reply same = officer.post("api/pupils/duplicate-check", candidate(folded, born, grade2There));
        assertEquals(200, same.status(), same::toString);
        assertEquals(List.of(code), same.array().stream().map(d -> d.asJsonObject().getString("code")).toList(),
                "accent-free, at another school of the province");
        assertEquals(school, same.array().getJsonObject(0).getString("schoolCode"));
        String reordered = name.substring("Giàng Thị ".length()) + " Giàng Thị";
        assertEquals(1, officer.post("api/pupils/duplicate-check", candidate(reordered, born, grade2There)).array().size());
        assertEquals(0, officer.post("api/pupils/duplicate-check", candidate(name, born.minusDays(1), grade2There)).array().size(),
                "born another day");
        assertEquals(0, officer.post("api/pupils/duplicate-check", candidate("Vàng A Sử", born, grade2There)).array().size());

        String giaLaiClass = giaLai.schoolClass(giaLai.school("SF"), "GRADE_2", "2C");
        assertEquals(0, api.as("officer.gialai").post("api/pupils/duplicate-check", candidate(name, born, giaLaiClass))
                .array().size(), "only the class's province");
        assertEquals(403, api.as("ministry").post("api/pupils/duplicate-check", candidate(name, born, grade2There)).status());
        assertEquals(201, officer.post("api/pupils", candidate(folded, born, grade2There)).status(),
                "the API enrols all the same: the check is the caller's to make");
    }

    @Test
    void aPupilMovesToAnotherClassOfTheSameSchool() {
        String school = laoCai.school("SM");
        String a = laoCai.schoolClass(school, "GRADE_3", "3A");
        String b = laoCai.schoolClass(school, "GRADE_3", "3B");
        String elsewhere = laoCai.schoolClass(laoCai.school("SN"), "GRADE_3", "3A");
        String pupil = laoCai.pupil(a, "Lý Thị Chỉnh", 9);
        Api officer = api.as("officer.laocai").language("en");
        LocalDate today = Api.today();

        Api.Reply sameDay = officer.post("api/pupils/" + pupil + "/move", "{\"classId\":\"" + b + "\"}");
        assertEquals(422, sameDay.status(), "enrolled today: a move takes effect from tomorrow at the earliest");
        AttendanceFixture.enrolledSince(pupil, today.minusDays(20));
        Api.Reply otherSchool = officer.post("api/pupils/" + pupil + "/move", "{\"classId\":\"" + elsewhere + "\"}");
        assertEquals(422, otherSchool.status(), otherSchool::toString);
        assertEquals("classId", otherSchool.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, api.as("ministry").post("api/pupils/" + pupil + "/move", "{\"classId\":\"" + b + "\"}").status());

        Api.Reply moved = officer.post("api/pupils/" + pupil + "/move", "{\"classId\":\"" + b + "\"}");
        assertEquals(200, moved.status(), moved::toString);
        List<JsonObject> history = moved.json().getJsonArray("enrolments").getValuesAs(JsonObject.class);
        assertEquals(2, history.size());
        JsonObject first = history.stream().filter(e -> e.getString("classId").equals(a)).findFirst().orElseThrow();
        JsonObject second = history.stream().filter(e -> e.getString("classId").equals(b)).findFirst().orElseThrow();
        assertEquals("MOVED", first.getString("outcome"));
        assertEquals(today.minusDays(1).toString(), first.getString("endDate"));
        assertEquals(today.toString(), second.getString("startDate"));
        assertTrue(second.isNull("outcome"), "still open");
        assertEquals(1, officer.get("api/pupils?class=" + b).items().size());
    }

    @Test
    void aPupilsDetailsChangeOnlyWithTheETagRead() {
        String grade1 = laoCai.schoolClass(laoCai.school("SP"), "GRADE_1", "1A");
        String pupil = laoCai.pupil(grade1, "Sùng Thị Lan", 6);
        Api officer = api.as("officer.laocai");
        Api.Reply read = officer.get("api/pupils/" + pupil);
        String changed = candidate("Sùng Thị Lan Anh", Api.today().minusYears(6), grade1);
        assertEquals(428, officer.put("api/pupils/" + pupil, changed).status());
        assertEquals(412, officer.putIfMatch("api/pupils/" + pupil, changed, "\"999\"").status());
        assertEquals(403, api.as("ministry").putIfMatch("api/pupils/" + pupil, changed, read.header("ETag")).status());
        Api.Reply saved = officer.putIfMatch("api/pupils/" + pupil, changed, read.header("ETag"));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("Sùng Thị Lan Anh", saved.json().getString("vietnameseName"));
        assertEquals(412, officer.putIfMatch("api/pupils/" + pupil, changed, read.header("ETag")).status(), "the old tag");
    }

    @Test
    void aClassIsRenamedWithItsETagAndClosedOnlyOnceNoPupilIsInIt() {
        String school = laoCai.school("SC");
        String a = laoCai.schoolClass(school, "GRADE_5", "5A");
        String b = laoCai.schoolClass(school, "GRADE_5", "5B");
        String pupil = laoCai.pupil(a, "Hầu Thị Pà", 11);
        Api officer = api.as("officer.laocai").language("en");

        Api.Reply read = officer.get("api/classes/" + a);
        String renamed = "{\"name\":\"5A1\",\"teacherNames\":\"Lò Văn Mạnh\"}";
        assertEquals(428, officer.put("api/classes/" + a, renamed).status());
        assertEquals(404, api.as("officer.gialai").putIfMatch("api/classes/" + a, renamed, read.header("ETag")).status());
        assertEquals(409, officer.putIfMatch("api/classes/" + a, "{\"name\":\"5B\"}", read.header("ETag")).status(),
                "the name of another class of the school that year");
        Api.Reply saved = officer.putIfMatch("api/classes/" + a, renamed, read.header("ETag"));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("5A1", saved.json().getString("name"));
        assertEquals(412, officer.putIfMatch("api/classes/" + a, renamed, read.header("ETag")).status());

        Api.Reply notEmpty = officer.post("api/classes/" + a + "/close", "");
        assertEquals(422, notEmpty.status(), notEmpty::toString);
        assertTrue(notEmpty.body().contains("One pupil is still in the class"), notEmpty::toString);
        AttendanceFixture.enrolledSince(pupil, Api.today().minusDays(10));
        assertEquals(200, officer.post("api/pupils/" + pupil + "/move", "{\"classId\":\"" + b + "\"}").status());
        Api.Reply closed = officer.post("api/classes/" + a + "/close", "");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals(Api.today().toString(), closed.json().getString("closedOn"));
        Api.Reply intoClosed = officer.post("api/pupils", candidate("Hầu A Sử", Api.today().minusYears(11), a));
        assertEquals(422, intoClosed.status(), intoClosed::toString);
        assertEquals("classId", intoClosed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
