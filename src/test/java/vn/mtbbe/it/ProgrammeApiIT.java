package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programmes, schedules, cohorts, planned against actual instruction and the year-end rollover, through the
 * REST API in the roles that use them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeApiIT {

    static final List<String> CORE = List.of("LITERACY", "MATHEMATICS", "SCIENCE", "SOCIAL_STUDIES");
    static final List<String> STAGES = List.of("PRESCHOOL_5", "GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4", "GRADE_5");


    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void programmesForEveryRoleButGuests() {
        Api.Reply reply = api.as("officer.travinh").get("api/programmes");
        assertEquals(200, reply.status(), reply::toString);
        Set<String> languages = reply.array().stream().map(p -> p.asJsonObject().getString("motherTongue")).collect(Collectors.toSet());
        assertTrue(languages.containsAll(Set.of("hmn", "jra", "km")), languages::toString);
        assertEquals(403, api.as("delegation").get("api/programmes").status());
        assertEquals(401, api.anonymous().get("api/programmes").status());

        // A programme's name in the reader's language, from the reference names; its own (Vietnamese) name otherwise.
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String language : java.util.List.of("vi", "zh", "km")) {
            api.as("officer.travinh").language(language).get("api/programmes").array().stream().map(v -> v.asJsonObject())
                    .filter(p -> p.getString("motherTongue").equals("km") && p.getString("id").equals(programme("km")))
                    .forEach(p -> names.put(language, p.getString("name")));
        }
        assertEquals("Chương trình GDSN tiếng Khmer (Trà Vinh)", names.get("vi"));
        assertEquals("高棉语母语双语教育项目（茶荣省）", names.get("zh"));
        assertEquals("កម្មវិធី MTBBE ភាសាខ្មែរ (ខេត្តត្រាវិញ)", names.get("km"));
    }

    @Test
    void ministryStaffNameAProgrammeInTheOtherLanguages() {
        String id = programme("jra");
        String path = "api/programmes/" + id + "/names";
        JsonObject original = api.as("officer.gialai").get(path).json();
        assertEquals(Set.of("en", "zh", "ms", "km"), original.keySet(), "the demo names it in every language");
        assertEquals(403, api.as("officer.gialai").put(path, "{\"en\":\"x\"}").status());
        Api.Reply refused = api.as("ministry").language("en").put(path, "{\"fr\":\"Programme\",\"en\":\"" + "x".repeat(201) + "\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(Set.of("names.fr", "names.en"), refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()));
        assertEquals(original, api.as("ministry").get(path).json(), "nothing changed");

        Api.Reply saved = api.as("ministry").put(path, "{\"en\":\"Jrai bilingual programme\",\"zh\":\"  \"}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(Set.of("en", "ms", "km"), saved.json().keySet(), "a blank name removes that language's");
        assertEquals("Jrai bilingual programme", name(id, "en"));
        assertEquals("Chương trình GDSN tiếng Gia-rai (Gia Lai)", name(id, "zh"), "without a Chinese name: its own");
        assertEquals(200, api.as("ministry").put(path, original.toString()).status());
        assertEquals(original, api.as("ministry").get(path).json());
        assertEquals(original.getString("zh"), name(id, "zh"));
    }

    private String name(String id, String language) {
        return api.as("officer.gialai").language(language).get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow().getString("name");
    }

    @Test
    void theScheduleInForceGivesEveryCoreSubjectALanguageAtEveryStage() {
        JsonObject schedule = api.as("ministry").get("api/programmes/" + programme("km") + "/schedule").json();
        assertTrue(schedule.getInt("version") >= 1);
        JsonArray entries = schedule.getJsonArray("entries");
        for (String stage : STAGES) {
            for (String subject : CORE) {
                assertTrue(entries.stream().map(JsonValue::asJsonObject)
                        .anyMatch(e -> e.getString("stage").equals(stage) && e.getString("subject").equals(subject)),
                        stage + " " + subject);
            }
        }
        assertEquals("MOTHER_TONGUE", mode(entries, "GRADE_1", "MATHEMATICS"));
        assertEquals("VIETNAMESE", mode(entries, "GRADE_3", "MATHEMATICS"));
    }

    @Test
    void onlyMinistryChangesASchedule() {
        String id = programme("hmn");
        JsonObject current = api.as("ministry").get("api/programmes/" + id + "/schedule").json();
        String body = scheduleJson(current.getJsonArray("entries"), Api.today().getYear() + 2, null);
        assertEquals(403, api.as("officer.laocai").put("api/programmes/" + id + "/schedule", body).status());
        assertEquals(403, api.as("delegation").put("api/programmes/" + id + "/schedule", body).status());
    }

    @Test
    void aScheduleSaveWithoutIfMatchIsRefusedAndSavesNothing() {
        String id = programme("hmn");
        String path = "api/programmes/" + id + "/schedule";
        int versionsBefore = api.as("ministry").get(path + "/versions").array().size();
        Api.Reply read = api.as("ministry").get(path);
        String etag = read.header("ETag");
        String body = scheduleJson(read.json().getJsonArray("entries"), Api.today().getYear() + 4, null);

        Api.Reply missing = api.as("ministry").language("en").put(path, body);
        assertEquals(428, missing.status(), missing::toString);
        assertEquals(Messages.format(ULocale.ENGLISH, "error.precondition.title"), missing.json().getString("title"));
        assertEquals(Messages.format(ULocale.ENGLISH, "error.precondition.detail"), missing.json().getString("detail"));
        assertEquals(428, api.as("ministry").putIfMatch(path, body, "*").status(), "\"*\" names no version");
        assertEquals(412, api.as("ministry").putIfMatch(path, body, "W/" + etag).status(), "If-Match compares strongly");
        assertEquals(412, api.as("ministry").putIfMatch(path, body, "\"" + id + "-x\"").status());
        assertEquals(412, api.as("ministry").putIfMatch(path, body, "\"999999-0\"").status(), "another programme's tag");
        assertEquals(versionsBefore, api.as("ministry").get(path + "/versions").array().size(), "nothing saved");
        assertEquals(etag, api.as("ministry").get(path).header("ETag"));
    }

    @Test
    void aScheduleWithACoreSubjectWithoutALanguageIsRejectedWhole() {
        String id = programme("jra");
        int versionsBefore = api.as("ministry").get("api/programmes/" + id + "/schedule/versions").array().size();
        Api.Reply read = api.as("ministry").get("api/programmes/" + id + "/schedule");
        JsonObject current = read.json();
        String body = scheduleJson(current.getJsonArray("entries"), Api.today().getYear() + 3, "GRADE_4/SCIENCE");
        Api.Reply reply = api.as("ministry").language("en").putIfMatch("api/programmes/" + id + "/schedule", body,
                read.header("ETag"));
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("SCIENCE"));
        assertEquals(versionsBefore, api.as("ministry").get("api/programmes/" + id + "/schedule/versions").array().size());
    }

    @Test
    void aNewVersionAppliesToLaterCohortsOnly() {
        String id = programme("km");
        Api.Reply read = api.as("ministry").get("api/programmes/" + id + "/schedule");
        JsonObject current = read.json();
        String etag = read.header("ETag");
        int from = Integer.parseInt(Api.nextSchoolYear().substring(0, 4));
        Api.Reply saved = api.as("ministry").putIfMatch("api/programmes/" + id + "/schedule",
                scheduleJson(current.getJsonArray("entries"), from, null), etag);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(current.getInt("version") + 1, saved.json().getInt("version"));
        assertEquals(from, saved.json().getInt("validFromYear"));
        JsonObject inForce = api.as("ministry").get("api/programmes/" + id + "/schedule").json();
        assertEquals(current.getInt("version"), inForce.getInt("version"), "this year's cohorts keep their version");

        // Read the cohorts themselves: grade 1 this year keeps the version it started with, grade 1 next year (a
        // cohort starting in the new version's first year) is planned by the new version.
        Fixtures traVinh = Fixtures.in(api, Fixtures.TRA_VINH);
        String school = traVinh.school("LC");
        String thisYears = traVinh.schoolClass(school, "GRADE_1", "1A");
        Api.Reply nextYears = api.as("officer.travinh").post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"GRADE_1","name":"1A"}""".formatted(school, Api.nextSchoolYear()));
        assertEquals(201, nextYears.status(), nextYears::toString);
        assertEquals(current.getInt("version"), api.as("officer.travinh").get("api/classes/" + thisYears + "/instruction")
                .json().getInt("scheduleVersion"), "a cohort under way keeps its version");
        assertEquals(saved.json().getInt("version"), api.as("officer.travinh").get("api/classes/"
                + nextYears.json().getString("id") + "/instruction").json().getInt("scheduleVersion"),
                "a later cohort follows the new version");
        assertEquals(412, api.as("ministry").putIfMatch("api/programmes/" + id + "/schedule",
                scheduleJson(current.getJsonArray("entries"), from + 1, null), etag).status(), "saved by someone else since");
        Api.Reply earlier = api.as("ministry").putIfMatch("api/programmes/" + id + "/schedule",
                scheduleJson(current.getJsonArray("entries"), from - 5, null), saved.header("ETag"));
        assertEquals(422, earlier.status(), "a version may not reach back before the newest one");
    }

    @Test
    void aNewVersionNeverRewritesThePlanOfCohortsUnderWay() {
        // Jrai: version 2 applies from 2024; cohorts have started every year since, up to this one.
        String id = programme("jra");
        Api.Reply read = api.as("ministry").get("api/programmes/" + id + "/schedule");
        JsonObject current = read.json();
        int thisYear = Integer.parseInt(Api.currentSchoolYear().substring(0, 4));
        int versions = api.as("ministry").get("api/programmes/" + id + "/schedule/versions").array().size();
        Api.Reply reply = api.as("ministry").language("en").putIfMatch("api/programmes/" + id + "/schedule",
                scheduleJson(current.getJsonArray("entries"), thisYear, null), read.header("ETag"));
        assertEquals(422, reply.status(), reply::toString);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("validFromYear", error.getString("field"));
        assertEquals(Messages.format(ULocale.ENGLISH, "validation.schedule.cohortsUnderWay",
                java.util.Map.of("year", thisYear + 1)), error.getString("message"));
        assertEquals(versions, api.as("ministry").get("api/programmes/" + id + "/schedule/versions").array().size(),
                "nothing saved");
    }

    @Test
    void cohortsAndTheirFlow() {
        String school = pilotSchool("84");
        Api.Reply cohorts = api.as("officer.travinh").get("api/cohorts?school=" + school);
        assertEquals(200, cohorts.status(), cohorts::toString);
        assertFalse(cohorts.array().isEmpty());
        JsonObject first = cohorts.array().getJsonObject(0).asJsonObject();
        Api.Reply flow = api.as("officer.travinh").get("api/cohorts/" + first.getString("id") + "/flow");
        assertEquals(200, flow.status());
        JsonArray years = flow.json().getJsonArray("years");
        assertFalse(years.isEmpty());
        for (JsonValue y : years) {
            JsonObject year = y.asJsonObject();
            int closed = year.getInt("promoted") + year.getInt("repeated") + year.getInt("transferred")
                    + year.getInt("droppedOut") + year.getInt("completed");
            assertTrue(closed <= year.getInt("enrolled"), year::toString);
            double promotion = year.getJsonNumber("promotionRate").doubleValue();
            assertEquals((double) year.getInt("promoted") / year.getInt("enrolled"), promotion, 0.0001, year::toString);
        }
        // Cut by sex and by ethnicity, each year's groups add up to the year's figures.
        for (String cut : List.of("bySex", "byEthnicity")) {
            JsonObject groups = flow.json().getJsonObject(cut);
            assertFalse(groups.isEmpty(), cut);
            for (int i = 0; i < years.size(); i++) {
                JsonObject year = years.getJsonObject(i);
                int enrolled = 0;
                int promoted = 0;
                for (JsonValue g : groups.values()) {
                    for (JsonValue y : g.asJsonArray()) {
                        if (y.asJsonObject().getString("schoolYear").equals(year.getString("schoolYear"))) {
                            enrolled += y.asJsonObject().getInt("enrolled");
                            promoted += y.asJsonObject().getInt("promoted");
                        }
                    }
                }
                assertEquals(year.getInt("enrolled"), enrolled, cut + " " + year);
                assertEquals(year.getInt("promoted"), promoted, cut + " " + year);
            }
        }
        assertTrue(flow.json().getJsonObject("bySex").keySet().stream().allMatch(k -> k.equals("F") || k.equals("M")));
        assertFalse(flow.json().getJsonArray("byGrade").isEmpty());
        assertEquals(404, api.as("officer.laocai").get("api/cohorts/" + first.getString("id") + "/flow").status());
        assertEquals(403, api.as("delegation").get("api/cohorts?school=" + school).status());
    }

    @Test
    void plannedAgainstActualInstruction() {
        String school = pilotSchool("10");
        String classId = api.as("officer.laocai").get("api/classes?school=" + school + "&year=" + Api.currentSchoolYear() + "&size=100").items().stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("stage").equals("GRADE_3"))
                .map(c -> c.getString("id")).findFirst().orElseThrow();
        JsonObject plan = api.as("officer.laocai").get("api/classes/" + classId + "/instruction").json();
        assertEquals("GRADE_3", plan.getString("stage"));
        assertTrue(plan.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("subject").equals("MATHEMATICS") && l.getString("planned").equals("VIETNAMESE")));
        Api.Reply recorded = api.as("officer.laocai").put("api/classes/" + classId + "/instruction",
                "{\"entries\":[{\"subject\":\"MATHEMATICS\",\"semester\":1,\"mode\":\"MOTHER_TONGUE\"}]}");
        assertEquals(200, recorded.status(), recorded::toString);
        assertTrue(recorded.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("subject").equals("MATHEMATICS") && l.getInt("semester") == 1 && l.getBoolean("departs")));
        Api.Reply departures = api.as("ministry").get("api/reports/instruction-departures?year=" + Api.currentSchoolYear() + "");
        assertTrue(departures.array().stream().anyMatch(d -> d.asJsonObject().getString("classId").equals(classId)));
        assertEquals(403, api.as("ministry").put("api/classes/" + classId + "/instruction",
                "{\"entries\":[]}").status(), "ministry staff review, officers record");
        assertEquals(422, api.as("officer.laocai").put("api/classes/" + classId + "/instruction",
                "{\"entries\":[{\"subject\":\"MATHEMATICS\",\"semester\":3,\"mode\":\"KLINGON\"}]}").status());
    }

    @Test
    void yearEndRolloverIsReviewedThenCommittedWhole() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        assertEquals(201, api.as("ministry").post("api/schools", """
                {"code":"%s","name":"Trường PTDTBT Thử Nghiệm","provinceCode":"10","district":"Si Ma Cai",
                 "level":"PRIMARY","designation":"PILOT","programmeLanguage":"hmn"}""".formatted(code)).status());
        String grade1 = createClass(code, "GRADE_1", "1A");
        String grade5 = createClass(code, "GRADE_5", "5A");
        List<String> pupils = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pupils.add(enrol(grade1, "Thào A Dình " + i, 7));
        }
        String finisher = enrol(grade5, "Lý Thị Sua", 11);

        Api.Reply preview = api.as("officer.laocai").get("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear() + "");
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(5, preview.array().size());
        JsonObject line = preview.array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("pupilCode").equals(finisher)).findFirst().orElseThrow();
        assertEquals("COMPLETED", line.getString("proposed"));

        String bad = decisions(List.of(d(pupils.get(0), "COMPLETED"), d(pupils.get(1), "PROMOTED"), d(finisher, "COMPLETED")));
        Api.Reply rejected = api.as("officer.laocai").post("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear() + "", bad);
        assertEquals(422, rejected.status(), rejected::toString);
        assertEquals(3, rejected.json().getJsonArray("errors").size(), "grade 1 cannot complete; two pupils lack a decision");
        assertEquals(5, api.as("officer.laocai").get("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear() + "").array().size(), "nothing written");

        String good = decisions(List.of(d(pupils.get(0), "PROMOTED"), d(pupils.get(1), "PROMOTED"), d(pupils.get(2), "REPEATED"),
                d(pupils.get(3), "DROPPED_OUT"), d(finisher, "COMPLETED")));
        Api.Reply done = api.as("officer.laocai").post("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear() + "", good);
        assertEquals(200, done.status(), done::toString);
        JsonObject result = done.json();
        assertEquals(2, result.getInt("promoted"));
        assertEquals(1, result.getInt("repeated"));
        assertEquals(1, result.getInt("droppedOut"));
        assertEquals(1, result.getInt("completed"));
        assertEquals(2, result.getInt("classesCreated"), "2A for the promoted, 1A again for the repeater");
        assertEquals(0, api.as("officer.laocai").get("api/schools/" + code + "/rollover?year=" + Api.currentSchoolYear() + "").array().size());

        JsonObject promoted = api.as("officer.laocai").get("api/pupils/" + pupils.get(0)).json();
        JsonArray history = promoted.getJsonArray("enrolments");
        assertEquals(2, history.size());
        assertEquals("PROMOTED", history.getJsonObject(0).getString("outcome"));
        assertEquals("GRADE_2", history.getJsonObject(1).getString("stage"));
        assertEquals(Api.nextSchoolYear(), history.getJsonObject(1).getString("schoolYear"));
        JsonObject repeater = api.as("officer.laocai").get("api/pupils/" + pupils.get(2)).json();
        assertEquals("GRADE_1", repeater.getJsonArray("enrolments").getJsonObject(1).getString("stage"));

        String cohort = api.as("officer.laocai").get("api/cohorts?school=" + code).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getInt("startYear") == Integer.parseInt(Api.currentSchoolYear().substring(0, 4))).findFirst().orElseThrow().getString("id");
        JsonObject year = api.as("officer.laocai").get("api/cohorts/" + cohort + "/flow").json().getJsonArray("years").getJsonObject(0);
        assertEquals(4, year.getInt("enrolled"));
        assertEquals(2, year.getInt("promoted"));
        assertEquals(1, year.getInt("repeated"));
        assertEquals(1, year.getInt("droppedOut"));
    }

    @Test
    void aPupilLeavingMidYearIsRecordedWithTheDate() {
        String school = pilotSchool("10");
        String classId = createClass(school, "GRADE_2", "W" + UUID.randomUUID().toString().substring(0, 5));
        String pupil = enrol(classId, "Mùa A Chu", 8);
        Api.Reply left = api.as("officer.laocai").post("api/pupils/" + pupil + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + Api.today() + "\"}");
        assertEquals(200, left.status(), left::toString);
        JsonObject history = api.as("officer.laocai").get("api/pupils/" + pupil).json().getJsonArray("enrolments").getJsonObject(0);
        assertEquals("DROPPED_OUT", history.getString("outcome"));
        assertEquals(Api.today().toString(), history.getString("endDate"));
        assertEquals(422, api.as("officer.laocai").post("api/pupils/" + pupil + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + Api.today() + "\"}").status(), "no longer enrolled");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String programme(String language) {
        return api.as("ministry").get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("motherTongue").equals(language)).findFirst().orElseThrow().getString("id");
    }

    private String pilotSchool(String province) {
        return api.as("ministry").get("api/schools?designation=PILOT&province=" + province + "&size=500").items().stream()
                .map(JsonValue::asJsonObject).filter(s -> !s.getString("level").equals("PRESCHOOL"))
                .filter(s -> s.get("programmeId") != null && s.get("programmeId").getValueType() == JsonValue.ValueType.STRING)
                .findFirst().orElseThrow().getString("code");
    }

    private String createClass(String school, String stage, String name) {
        Api.Reply reply = api.as("officer.laocai").post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"%s","name":"%s"}""".formatted(school, Api.currentSchoolYear(), stage, name));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private String enrol(String classId, String name, int age) {
        Api.Reply reply = api.as("officer.laocai").post("api/pupils", """
                {"nativeName":"%s","vietnameseName":"%s","sex":"M","dateOfBirth":"%s","ethnicity":"HMONG",
                 "motherTongue":"hmn","classId":"%s"}""".formatted(name, name, Api.today().minusYears(age), classId));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("code");
    }

    private static String mode(JsonArray entries, String stage, String subject) {
        return entries.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("stage").equals(stage) && e.getString("subject").equals(subject))
                .findFirst().orElseThrow().getString("mode");
    }

    /** The entries as JSON, without the cell named {@code drop} ("STAGE/SUBJECT"). */
    private static String scheduleJson(JsonArray entries, int validFromYear, String drop) {
        String cells = entries.stream().map(JsonValue::asJsonObject)
                .filter(e -> drop == null || !(e.getString("stage") + "/" + e.getString("subject")).equals(drop))
                .map(JsonValue::toString).collect(Collectors.joining(","));
        return "{\"validFromYear\":" + validFromYear + ",\"entries\":[" + cells + "]}";
    }

    private static String d(String pupil, String outcome) {
        return "{\"pupil\":\"" + pupil + "\",\"outcome\":\"" + outcome + "\"}";
    }

    private static String decisions(List<String> decisions) {
        return "{\"decisions\":[" + String.join(",", decisions) + "]}";
    }
}
