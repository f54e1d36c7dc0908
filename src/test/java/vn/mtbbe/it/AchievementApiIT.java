package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning achievement through the API: instruments defined and versioned by ministry staff, sittings, a class's
 * results saved as one unit with their derived values (against hand-computed figures), the rules that refuse a result
 * (and then write nothing) in the reader's language, the tag, a resend, who may read and write, and the report's
 * figures kept in the same transaction and suppressed for guests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AchievementApiIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void resultsAreSavedAsOneUnitAndReadBackWithWhatTheyGive() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.LAO_CAI, 5);
        Api.Reply saved = api.as(a.officer()).put(a.path(), AchievementFixture.body(
                a.result(0, 'f', "30/40"),   // finished early: 30 ÷ (40 ÷ 60) = 45 a minute, meeting
                a.result(0, 'c', "4"),       // meeting
                a.result(1, 'f', "30"),      // the whole minute: 30 a minute, approaching
                a.result(1, 'c', "3"),       // approaching
                a.result(2, 'f', "0"),       // a zero score, below
                a.result(2, 'c', "0"),
                a.result(3, 'f', "A"),       // absent from the sitting, not zero
                a.result(3, 'c', "A"),
                a.result(4, 'f', "17/45")));  // 22.7 a minute, below; comprehension not yet entered
        assertEquals(200, saved.status(), saved::toString);
        String tag = saved.header("ETag");
        assertNotNull(tag);

        Map<String, JsonObject> results = results(api.as(a.officer()).get(a.path()).json());
        assertEquals(9, results.size());
        JsonObject early = results.get(a.pupil(0) + "/" + a.fluency());
        assertEquals(40, early.getInt("seconds"));
        assertEquals(45.0, early.getJsonNumber("perMinute").doubleValue(), 1e-9);
        assertEquals("MEETING", early.getString("band"));
        JsonObject whole = results.get(a.pupil(1) + "/" + a.fluency());
        assertEquals(60, whole.getInt("seconds"), "a timed result without seconds took the whole minute");
        assertEquals(30.0, whole.getJsonNumber("perMinute").doubleValue(), 1e-9);
        assertEquals("APPROACHING", whole.getString("band"));
        assertEquals("APPROACHING", results.get(a.pupil(1) + "/" + a.comprehension()).getString("band"));
        JsonObject zero = results.get(a.pupil(2) + "/" + a.fluency());
        assertTrue(zero.getBoolean("zeroScore"));
        assertEquals("BELOW", zero.getString("band"));
        JsonObject absent = results.get(a.pupil(3) + "/" + a.fluency());
        assertTrue(absent.getBoolean("absent"));
        assertFalse(absent.containsKey("score"));
        assertFalse(absent.containsKey("zeroScore"), "an absence is not a zero score");
        assertEquals(22.7, results.get(a.pupil(4) + "/" + a.fluency()).getJsonNumber("perMinute").doubleValue(), 1e-9);
        assertEquals(tag, api.as("ministry").get(a.path()).header("ETag"), "ministry staff read them too");

        // The report read the summary kept in the same transaction. Fluency: 4 assessed (one absent), mean score
        // (30+30+0+17)/4 = 19.25, mean rate (45+30+0+22.667)/4 = 24.42, meeting 1 of 4, zero 1 of 4.
        List<JsonObject> rows = rows(api.as("ministry").get("api/reports/achievement?sitting=" + a.sitting()
                + "&groupBy=province"));
        JsonObject fluency = rows.stream().filter(r -> r.getJsonObject("group").getJsonNumber("subtask").longValue()
                == a.fluency()).findFirst().orElseThrow();
        assertEquals("10", fluency.getJsonObject("group").getString("province"));
        assertEquals(a.province().language(), fluency.getJsonObject("group").getString("language"));
        assertEquals(4, fluency.getInt("pupils"));
        assertEquals(1, fluency.getInt("absent"));
        assertEquals(19.25, fluency.getJsonNumber("meanScore").doubleValue(), 1e-9);
        assertEquals(24.4167, fluency.getJsonNumber("meanPerMinute").doubleValue(), 1e-3);
        assertEquals(0.25, fluency.getJsonNumber("shareMeetingBenchmark").doubleValue(), 1e-9);
        assertEquals(0.25, fluency.getJsonNumber("shareZeroScores").doubleValue(), 1e-9);
        JsonObject comprehension = rows.stream().filter(r -> r.getJsonObject("group").getJsonNumber("subtask").longValue()
                == a.comprehension()).findFirst().orElseThrow();
        assertEquals(3, comprehension.getInt("pupils"));
        assertFalse(comprehension.containsKey("meanPerMinute"), "an untimed subtask has no rate");
        assertEquals(List.of(), recount());
    }

    @Test
    void aResendChangesNothingAndAStaleTagIsRefused() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.GIA_LAI, 2);
        String first = AchievementFixture.body(a.result(0, 'f', "20"));
        String tag = api.as(a.officer()).put(a.path(), first).header("ETag");
        String second = AchievementFixture.body(a.result(0, 'f', "20"), a.result(1, 'f', "12"));
        Api.Reply changed = api.as(a.officer()).putIfMatch(a.path(), second, tag);
        assertEquals(200, changed.status(), changed::toString);
        String newTag = changed.header("ETag");
        assertNotEquals(tag, newTag);

        Api.Reply stale = api.as(a.officer()).putIfMatch(a.path(), AchievementFixture.body(a.result(0, 'f', "25")), tag);
        assertEquals(412, stale.status(), stale::toString);
        Api.Reply resend = api.as(a.officer()).putIfMatch(a.path(), second, tag);
        assertEquals(200, resend.status(), "sending what is stored is harmless whatever the tag");
        assertEquals(newTag, resend.header("ETag"));
        assertEquals(2, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'SittingResults' AND entity_key = ? "
                + "AND action IN ('CREATE', 'UPDATE')", a.sitting() + "/" + a.classId()), "the two saves, not the resend");
        String after = String.valueOf(Database.column("SELECT after_state FROM audit_log WHERE entity = 'SittingResults' "
                + "AND entity_key = ? AND action = 'UPDATE'", a.sitting() + "/" + a.classId()).get(0));
        assertTrue(after.contains(a.pupil(1) + "/" + a.fluency()), after);
    }

    @Test
    void everyBrokenRuleIsReportedInTheReadersLanguageAndNothingIsWritten() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.TRA_VINH, 3);
        String other = AchievementFixture.create(api, Fixtures.TRA_VINH, 1).pupil(0);
        String before = api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'c', "2"))).header("ETag");
        String body = AchievementFixture.body(
                a.result(0, 'f', "61"),                                                    // above the 60 words
                a.result(1, 'f', "20/75"),                                                 // over the time limit
                "{\"pupil\":\"%s\",\"subtask\":%d,\"score\":3,\"absent\":true}".formatted(a.pupil(2), a.comprehension()),
                a.result(1, 'c', "2/30"),                                                  // seconds on an untimed task
                "{\"pupil\":\"%s\",\"subtask\":%d,\"score\":1}".formatted(other, a.fluency()), // not in the class
                "{\"pupil\":\"%s\",\"subtask\":999999,\"score\":1}".formatted(a.pupil(0)),     // not in the sitting
                a.result(2, 'f', "5"), a.result(2, 'f', "6"));                             // twice
        Api.Reply en = api.as(a.officer()).language("en").put(a.path(), body);
        assertEquals(422, en.status(), en::toString);
        Map<String, String> errors = errors(en);
        assertEquals(List.of("results[0].score", "results[1].seconds", "results[2].absent", "results[3].seconds",
                "results[4].pupil", "results[5].subtask", "results[7].subtask"), errors.keySet().stream().sorted().toList(),
                errors::toString);
        assertEquals("The score is from 0 to 60.", errors.get("results[0].score"));
        assertEquals("Seconds used are from 1 to 60 (the time limit).", errors.get("results[1].seconds"));
        Map<String, String> vi = errors(api.as(a.officer()).language("vi").put(a.path(), body));
        assertEquals("Điểm từ 0 đến 60.", vi.get("results[0].score"));
        assertEquals("Học sinh vắng mặt thì không ghi điểm hay số giây.", vi.get("results[2].absent"));
        assertEquals(before, api.as(a.officer()).get(a.path()).header("ETag"), "nothing written");
    }

    @Test
    void onlyTheProvincesOfficersEnterAndOnlyTheyAndMinistryStaffRead() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.LAO_CAI, 1);
        String body = AchievementFixture.body(a.result(0, 'f', "10"));
        assertEquals(404, api.as(Fixtures.GIA_LAI.officer()).put(a.path(), body).status(), "another province's class");
        assertEquals(404, api.as(Fixtures.GIA_LAI.officer()).get(a.path()).status());
        assertEquals(404, api.as(Fixtures.GIA_LAI.officer()).get("api/sittings/" + a.sitting()).status());
        assertFalse(ids(api.as(Fixtures.GIA_LAI.officer()).get("api/sittings").array()).contains(a.sitting()));
        assertTrue(ids(api.as(a.officer()).get("api/sittings").array()).contains(a.sitting()));
        assertEquals(403, api.as("ministry").put(a.path(), body).status(), "ministry staff read, officers enter");
        assertEquals(403, api.as("delegation").get(a.path()).status(), "never a child's results for a guest");
        assertEquals(403, api.as("delegation").get("api/instruments").status());
        assertEquals(404, api.as(a.officer()).get("api/sittings/999999/results?class=" + a.classId()).status());
        // A class of the province whose school does not take part.
        String elsewhere = Fixtures.in(api, Fixtures.LAO_CAI).schoolClass(Fixtures.in(api, Fixtures.LAO_CAI).school("NX"),
                "GRADE_2", "2B");
        assertEquals(404, api.as(a.officer()).get("api/sittings/" + a.sitting() + "/results?class=" + elsewhere).status());

        // The class waits for results until every pupil has one (or an absence) for every subtask.
        JsonObject state = api.as(a.officer()).get("api/sittings/" + a.sitting() + "/classes").array().getJsonObject(0);
        assertEquals(Long.parseLong(a.classId()), state.getJsonNumber("classId").longValue());
        assertTrue(state.getBoolean("waiting"));
        assertEquals(2, state.getInt("expected"));
        assertEquals(200, api.as(a.officer()).put(a.path(), body).status());
        assertTrue(api.as(a.officer()).get("api/sittings/" + a.sitting() + "/classes").array().getJsonObject(0)
                .getBoolean("waiting"), "the comprehension result is missing");
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "10"),
                a.result(0, 'c', "A"))).status());
        assertEquals(0, api.as(a.officer()).get("api/sittings/" + a.sitting() + "/classes?waiting=true").array().size());
    }

    @Test
    void aChangedInstrumentIsANewVersionAndTheOldOneKeepsItsResults() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.GIA_LAI, 1);
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "40"))).status());
        JsonObject v1 = api.as(a.officer()).get("api/instruments/" + a.instrument()).json();
        JsonObject v2 = AchievementFixture.instrument(api, v1.getString("series"), "jra");
        assertEquals(2, v2.getInt("version"));
        assertNotEquals(a.instrument(), v2.getJsonNumber("id").longValue());
        assertEquals(v1, api.as("ministry").get("api/instruments/" + a.instrument()).json(), "version 1 unchanged");
        assertEquals(1, results(api.as(a.officer()).get(a.path()).json()).size(), "its results too");

        assertEquals(403, api.as(a.officer()).post("api/instruments", "{}").status(), "ministry staff define instruments");
        Api.Reply refused = api.as("ministry").language("en").post("api/instruments", """
                {"name":"X","area":"READING","language":"xx","stages":["GRADE_9"],"subtasks":[
                 {"skill":"ADDITION","kind":"TIMED","items":0,
                  "benchmarks":[{"stage":"GRADE_3","approachingFrom":30,"meetingFrom":20}]}]}""");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(List.of("language", "stages[0]", "subtasks[0].benchmarks[0].meetingFrom",
                "subtasks[0].benchmarks[0].stage", "subtasks[0].items", "subtasks[0].seconds", "subtasks[0].skill"),
                errors(refused).keySet().stream().sorted().toList());
    }

    @Test
    void guestsReadTheReportWithoutSchoolsAndWithSmallCellsSuppressed() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.TRA_VINH, 3);
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "10"),
                a.result(1, 'f', "20"), a.result(2, 'f', "0"))).status());
        String report = "api/reports/achievement?sitting=" + a.sitting() + "&groupBy=province";
        JsonObject row = rows(api.as("delegation").get(report)).get(0);
        assertTrue(row.getBoolean("suppressed"), "three pupils are fewer than the minimum");
        assertFalse(row.containsKey("meanScore"));
        assertEquals(422, api.as("delegation").get("api/reports/achievement?groupBy=school").status());
        assertEquals(422, api.as("ministry").get("api/reports/achievement?groupBy=month").status());
        assertTrue(rows(api.as(Fixtures.LAO_CAI.officer()).get(report)).isEmpty(), "an officer sees their provinces");

        // One class over its year's sittings: for its officers and ministry staff, never a guest.
        String ofClass = "api/reports/achievement?class=" + a.classId();
        JsonObject classRow = rows(api.as(a.officer()).get(ofClass)).get(0);
        assertEquals(3, classRow.getInt("pupils"));
        assertEquals(10.0, classRow.getJsonNumber("meanScore").doubleValue(), 1e-9);
        assertEquals(403, api.as("delegation").get(ofClass).status());
        assertEquals(404, api.as(Fixtures.LAO_CAI.officer()).get(ofClass).status());
    }

    @Test
    void aPupilsChangedDetailsRegroupTheirResults() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.LAO_CAI, 2);
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "10"),
                a.result(1, 'f', "20"))).status());
        Database.update("UPDATE pupil SET sex = 'M' WHERE code = ?", a.pupil(0));
        assertFalse(recount().isEmpty(), "a change behind the application's back shows");
        Database.update("UPDATE pupil SET sex = 'F' WHERE code = ?", a.pupil(0));
        assertEquals(List.of(), recount());

        // Through the application the results move to the pupil's new group in the same commit.
        Api.Reply read = api.as(a.officer()).get("api/pupils/" + a.pupil(1));
        JsonObject pupil = read.json();
        Api.Reply edited = api.as(a.officer()).putIfMatch("api/pupils/" + a.pupil(1), """
                {"nativeName":"%s","vietnameseName":"%s","sex":"M","dateOfBirth":"%s","ethnicity":"%s","motherTongue":"%s"}"""
                .formatted(pupil.getString("nativeName"), pupil.getString("vietnameseName"), pupil.getString("dateOfBirth"),
                        a.province().ethnicity(), a.province().language()), read.header("ETag"));
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(1, Database.number("SELECT SUM(pupils) FROM achievement_summary WHERE sitting_id = ? AND sex = 'M'",
                a.sitting()));
        assertEquals(List.of(), recount());
    }

    @Test
    void aPupilsLearningProfileSetsTheirResultsInBothLanguagesSideBySide() {
        AchievementFixture a = AchievementFixture.create(api, Fixtures.GIA_LAI, 1);
        long vietnamese = AchievementFixture.instrument(api, Fixtures.unique("EGRA-VI-"), "vi").getJsonNumber("id").longValue();
        JsonObject vi = api.as("ministry").get("api/instruments/" + vietnamese).json();
        long viFluency = vi.getJsonArray("subtasks").getJsonObject(0).getJsonNumber("id").longValue();
        long both = AchievementFixture.sitting(api, List.of(a.instrument(), vietnamese), List.of(a.school()),
                Api.today().minusDays(3), Api.today());
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "50"))).status());
        Api.Reply saved = api.as(a.officer()).put("api/sittings/" + both + "/results?class=" + a.classId(), """
                {"results":[{"pupil":"%s","subtask":%d,"score":48},{"pupil":"%s","subtask":%d,"score":20}]}"""
                .formatted(a.pupil(0), a.fluency(), a.pupil(0), viFluency));
        assertEquals(200, saved.status(), saved::toString);

        Api.Reply read = api.as("ministry").get("api/pupils/" + a.pupil(0) + "/achievement");
        assertEquals(200, read.status(), read::toString);
        List<JsonObject> lines = read.json().getJsonArray("results").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(3, lines.size());
        Map<String, String> bands = lines.stream().filter(l -> l.getJsonNumber("sitting").longValue() == both)
                .collect(Collectors.toMap(l -> l.getString("language"), l -> l.getString("band")));
        assertEquals(Map.of("jra", "MEETING", "vi", "BELOW"), bands);
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'Pupil' AND entity_key = ? "
                + "AND action = 'READ' AND username = 'ministry'", a.pupil(0)), "reading a child's profile is audited");
        assertEquals(404, api.as(Fixtures.LAO_CAI.officer()).get("api/pupils/" + a.pupil(0) + "/achievement").status());
        assertEquals(403, api.as("delegation").get("api/pupils/" + a.pupil(0) + "/achievement").status());
        assertEquals(200, api.as(a.officer()).get("api/pupils/" + a.pupil(0) + "/achievement").status());
    }

    @Test
    void theOpenApiDocumentDescribesTheAchievementEndpoints() {
        String document = api.get("/openapi").body();
        for (String path : List.of("/api/instruments:", "/api/instruments/{id}:", "/api/sittings:", "/api/sittings/{id}:",
                "/api/sittings/{id}/classes:", "/api/sittings/{id}/results:", "/api/reports/achievement:",
                "/api/pupils/{code}/achievement:")) {
            assertTrue(document.contains(path), () -> "OpenAPI lacks " + path);
        }
        for (String operation : List.of("listInstruments", "createInstrument", "listSittings", "createSitting",
                "getSittingResults", "saveSittingResults", "reportAchievement", "getLearningProfile")) {
            assertTrue(document.contains("operationId: " + operation), () -> "OpenAPI lacks " + operation);
        }
    }

    static Map<String, JsonObject> results(JsonObject classResults) {
        return classResults.getJsonArray("results").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                r -> r.getString("pupil") + "/" + r.getJsonNumber("subtask").longValue(), r -> r));
    }

    static List<JsonObject> rows(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    static Map<String, String> errors(Api.Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (x, y) -> x));
    }

    static List<Long> ids(jakarta.json.JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static List<String> recount() {
        try (java.sql.Connection connection = Database.connect()) {
            return vn.mtbbe.achievement.service.AchievementRecount.differences(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
