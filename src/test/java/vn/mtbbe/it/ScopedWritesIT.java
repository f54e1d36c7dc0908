package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes are scoped like reads: an officer's write aimed at another province's school, class or pupil is answered
 * exactly as one aimed at a record that does not exist, and writes nothing. Records the application creates on its
 * own (districts, cohorts, next year's classes) and a transfer's destination are in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopedWritesIT {

    @ArquillianResource
    URL url;

    Api api;
    Fixtures laoCai;
    Fixtures traVinh;

    @BeforeEach
    void client() {
        api = Api.at(url);
        laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
        traVinh = Fixtures.in(api, Fixtures.TRA_VINH);
    }

    @Test
    void anOfficersWritesToAnotherProvinceAreAnsweredAsUnknownAndWriteNothing() {
        String school = traVinh.school("SW");
        String grade2 = traVinh.schoolClass(school, "GRADE_2", "2A");
        String pupil = traVinh.pupil(grade2, "Thạch Thị Sa Rây", 8);
        Api officer = api.as("officer.laocai").language("en");
        long auditBefore = auditEntriesBy("officer.laocai");
        String today = Api.today().toString();

        // Each write, aimed at the Trà Vinh record and at a code that exists nowhere: the same answer.
        assertAnsweredAsUnknown(officer, target -> officer.post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"GRADE_1","name":"1Z"}""".formatted(target,
                Api.currentSchoolYear())), school, "NOSCHOOL1");
        assertAnsweredAsUnknown(officer, target -> officer.post("api/pupils", """
                {"nativeName":"Lý A Pao","vietnameseName":"Lý A Pao","sex":"M","dateOfBirth":"%s","ethnicity":"HMONG",
                 "motherTongue":"hmn","classId":"%s"}""".formatted(Api.today().minusYears(7), target)), grade2, "987654321");
        assertAnsweredAsUnknown(officer, target -> officer.put("api/classes/" + target + "/instruction",
                "{\"entries\":[{\"subject\":\"MATHEMATICS\",\"semester\":1,\"mode\":\"MOTHER_TONGUE\"}]}"), grade2, "987654321");
        assertAnsweredAsUnknown(officer, target -> officer.post("api/pupils/" + target + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + today + "\"}"), pupil, "840999999");
        assertAnsweredAsUnknown(officer, target -> officer.post("api/schools/" + target + "/rollover?year="
                + Api.currentSchoolYear(), "{\"decisions\":[{\"pupil\":\"" + pupil + "\",\"outcome\":\"PROMOTED\"}]}"),
                school, "NOSCHOOL2");

        assertEquals(auditBefore, auditEntriesBy("officer.laocai"), "no audit entry: nothing was written");
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM school_class c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = ?", school), "no class added to the school");
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM enrolment WHERE class_id = ?", Long.parseLong(grade2)),
                "no pupil enrolled in the class");
        assertEquals(0L, Database.number("SELECT COUNT(*) FROM class_instruction WHERE class_id = ?", Long.parseLong(grade2)),
                "no instruction recorded for the class");
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
                + " WHERE p.code = ? AND e.outcome IS NULL", pupil), "the pupil is still enrolled, once");
    }

    @Test
    void aYearEndTransferToAnotherProvincesSchoolIsAnsweredAsAnUnknownSchool() {
        String elsewhere = traVinh.school("SX");
        String school = laoCai.school("SY");
        String grade3 = laoCai.schoolClass(school, "GRADE_3", "3A");
        String leaving = laoCai.pupil(grade3, "Giàng Thị Dua", 9);
        String staying = laoCai.pupil(grade3, "Vàng A Lử", 9);
        Api officer = api.as("officer.laocai").language("en");

        assertAnsweredAsUnknown(officer, target -> officer.post("api/schools/" + school + "/rollover?year="
                + Api.currentSchoolYear(), """
                {"decisions":[{"pupil":"%s","outcome":"TRANSFERRED","transferSchool":"%s"},
                              {"pupil":"%s","outcome":"PROMOTED"}]}""".formatted(leaving, target, staying)),
                elsewhere, "NOSCHOOL4");
        assertEquals(2L, Database.number("SELECT COUNT(*) FROM enrolment WHERE class_id = ? AND outcome IS NULL",
                Long.parseLong(grade3)), "nobody left");
    }

    @Test
    void aChildTransferredToAnotherProvinceIsEnrolledThereByItsOfficerWithTheEarlierHistory() {
        String destination = traVinh.school("SR");
        String grade3There = traVinh.schoolClass(destination, "GRADE_3", "3A");
        String school = laoCai.school("SQ");
        String grade3 = laoCai.schoolClass(school, "GRADE_3", "3A");
        String leaving = laoCai.pupil(grade3, "Giàng Thị Chua", 9);
        String today = Api.today().toString();
        Api laoCaiOfficer = api.as("officer.laocai");
        Api traVinhOfficer = api.as("officer.travinh");

        Api.Reply left = laoCaiOfficer.post("api/pupils/" + leaving + "/withdrawal",
                "{\"outcome\":\"TRANSFERRED\",\"date\":\"%s\",\"transferSchool\":\"%s\"}".formatted(today, destination));
        assertEquals(200, left.status(), left::toString);
        assertEquals(404, traVinhOfficer.get("api/pupils/" + leaving).status(), "not theirs before they enrol the child");
        Api.Reply arrivals = traVinhOfficer.get("api/schools/" + destination + "/arrivals");
        assertEquals(200, arrivals.status(), arrivals::toString);
        assertEquals(List.of(leaving), arrivals.array().stream().map(a -> a.asJsonObject().getString("pupil")).toList());
        assertEquals(404, laoCaiOfficer.get("api/schools/" + destination + "/arrivals").status());

        // A code of a child not sent to this school is answered as unknown.
        String other = laoCai.pupil(grade3, "Vàng Thị Sua", 9);
        assertEquals(404, traVinhOfficer.post("api/pupils/" + other + "/arrival", "{\"classId\":\"" + grade3There + "\"}").status());

        Api.Reply received = traVinhOfficer.post("api/pupils/" + leaving + "/arrival", "{\"classId\":\"" + grade3There + "\"}");
        assertEquals(200, received.status(), received::toString);
        assertEquals(destination, received.json().getString("schoolCode"));
        Api.Reply history = traVinhOfficer.get("api/pupils/" + leaving);
        assertEquals(200, history.status(), history::toString);
        assertEquals(2, history.json().getJsonArray("enrolments").size(), "the earlier enrolment stays linked");
        assertEquals(404, laoCaiOfficer.get("api/pupils/" + leaving).status(), "the record followed the child");
        assertEquals(0, traVinhOfficer.get("api/schools/" + destination + "/arrivals").array().size());
    }

    @Test
    void aTransfersAuditEntryNamesTheDestination() {
        String destination = laoCai.school("SD");
        String school = laoCai.school("SE");
        String grade4 = laoCai.schoolClass(school, "GRADE_4", "4A");
        String known = laoCai.pupil(grade4, "Sùng A Tủa", 10);
        String unknown = laoCai.pupil(grade4, "Sùng Thị Pằng", 10);
        Api officer = api.as("officer.laocai");
        String today = Api.today().toString();

        assertEquals(200, officer.post("api/pupils/" + known + "/withdrawal",
                "{\"outcome\":\"TRANSFERRED\",\"date\":\"%s\",\"transferSchool\":\"%s\"}".formatted(today, destination)).status());
        assertEquals(200, officer.post("api/pupils/" + unknown + "/withdrawal",
                "{\"outcome\":\"TRANSFERRED\",\"date\":\"%s\"}".formatted(today)).status());

        assertTrue(afterState("Enrolment", known + "/" + today).contains("\"transferSchool\":\"" + destination + "\""),
                "a school of the registry, by its code");
        assertTrue(afterState("Enrolment", unknown + "/" + today).contains("\"transferSchool\":null"),
                "a school outside the registry: named as none");
    }

    @Test
    void recordsCreatedOnTheirOwnAreAudited() {
        // A school in a district the province does not have yet: the district is created, and audited.
        String district = Fixtures.unique("Xã Mới ");
        String code = Fixtures.unique("SA");
        assertEquals(201, api.as("ministry").post("api/schools", """
                {"code":"%s","name":"Trường Thử %s","provinceCode":"10","district":"%s","level":"PRIMARY",
                 "designation":"PILOT","programmeLanguage":"hmn"}""".formatted(code, code, district)).status());
        Object districtCode = Database.column("SELECT code FROM district WHERE name = ?", district).get(0);
        assertTrue(afterState("District", districtCode.toString()).contains(district));
        assertEquals("ministry", Database.column("SELECT username FROM audit_log WHERE entity = 'District'"
                + " AND entity_key = ?", districtCode).get(0));

        // Its first class starts a cohort: created, and audited.
        String grade1 = laoCai.schoolClass(code, "GRADE_1", "1A");
        Object cohort = Database.column("SELECT cohort_id FROM school_class WHERE id = ?", Long.parseLong(grade1)).get(0);
        assertTrue(afterState("Cohort", cohort.toString()).contains("\"schoolCode\":\"" + code + "\""));

        // The rollover opens next year's class 2A: created, and audited.
        String pupil = laoCai.pupil(grade1, "Hầu A Sềnh", 7);
        assertEquals(200, api.as("officer.laocai").post("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear(),
                "{\"decisions\":[{\"pupil\":\"" + pupil + "\",\"outcome\":\"PROMOTED\"}]}").status());
        Object grade2 = Database.column("SELECT c.id FROM school_class c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = ? AND c.school_year = ?", code, Api.nextSchoolYear()).get(0);
        String created = afterState("SchoolClass", grade2.toString());
        assertTrue(created.contains("\"stage\":\"GRADE_2\"") && created.contains("\"schoolYear\":\"" + Api.nextSchoolYear() + "\""),
                created);
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM school_year WHERE code = ?", Api.nextSchoolYear()));
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'SchoolYear' AND entity_key = ?",
                Api.nextSchoolYear()), "next school year: created once, audited once (by whichever rollover opened it)");
    }

    /** The write aimed at {@code hidden} is answered exactly like the same write aimed at {@code missing}. */
    private static void assertAnsweredAsUnknown(Api officer, Function<String, Api.Reply> write, String hidden, String missing) {
        Api.Reply toHidden = write.apply(hidden);
        Api.Reply toMissing = write.apply(missing);
        assertTrue(List.of(404, 422).contains(toHidden.status()), toHidden::toString);
        assertEquals(toMissing.status(), toHidden.status(), toHidden::toString);
        assertEquals(toMissing.body().replace(missing, hidden), toHidden.body(), "the answer tells nothing more");
        assertNull(toHidden.header("Location"));
    }

    private static long auditEntriesBy(String username) {
        return Database.number("SELECT COUNT(*) FROM audit_log WHERE username = ?", username);
    }

    private static String afterState(String entity, String key) {
        List<Object> states = Database.column("SELECT after_state FROM audit_log WHERE entity = ? AND entity_key = ?",
                entity, key);
        assertEquals(1, states.size(), () -> entity + " " + key + ": " + states);
        return states.get(0).toString();
    }
}
