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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A class-day's attendance through the API: saved as one unit and read back, the rules that refuse a day or a mark
 * (and then write nothing), the tag that guards against overwriting someone else's marks, a resend that changes
 * nothing, the summary that reports read kept in the same transaction, and who may read and write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceApiIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void aClassDayIsSavedAsOneUnitAndReadBack() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 4);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        String path = c.path(day);
        assertEquals(404, api.as(c.officer()).get(path).status(), "never marked");

        Api.Reply saved = api.as(c.officer()).put(path, c.body(Map.of(c.pupil(1), "ABSENT_EXCUSED:ILLNESS",
                c.pupil(2), "LATE", c.pupil(3), "ABSENT_UNEXCUSED")));
        assertEquals(200, saved.status(), saved::toString);
        String tag = saved.header("ETag");
        assertNotNull(tag);
        JsonObject read = api.as(c.officer()).get(path).json();
        assertEquals(day.toString(), read.getString("date"));
        assertEquals(Map.of(c.pupil(0), "PRESENT", c.pupil(1), "ABSENT_EXCUSED:ILLNESS", c.pupil(2), "LATE",
                c.pupil(3), "ABSENT_UNEXCUSED"), marks(read));
        assertEquals(tag, api.as("ministry").get(path).header("ETag"), "ministry staff read it too");

        // The report summary changed in the same transaction: 4 pupils, 4 pupil-days, 2 attended (present, late).
        assertEquals(List.of(4L, 4L, 2L, 1L, 1L, 1L), summary(c.classId(), day));
        assertEquals(List.of(), recount());
    }

    @Test
    void aResendChangesNothingAndAStaleTagIsRefused() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.GIA_LAI, 3);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 2);
        String path = c.path(day);
        String first = c.body(Map.of(c.pupil(0), "LATE"));
        String tag = api.as(c.officer()).put(path, first).header("ETag");

        // Someone else changes the day with the right tag.
        Api.Reply changed = api.as(c.officer()).putIfMatch(path, c.body(Map.of(c.pupil(1), "ABSENT_UNEXCUSED")), tag);
        assertEquals(200, changed.status(), changed::toString);
        String newTag = changed.header("ETag");
        assertNotEquals(tag, newTag);

        // The first writer resends its first save with its old tag: refused, nothing changed.
        Api.Reply stale = api.as(c.officer()).putIfMatch(path, c.body(Map.of(c.pupil(2), "LATE")), tag);
        assertEquals(412, stale.status(), stale::toString);
        assertEquals(newTag, api.as(c.officer()).get(path).header("ETag"));

        // Sending exactly what is stored is harmless whatever the tag: a client that lost the answer may resend.
        Api.Reply resend = api.as(c.officer()).putIfMatch(path, c.body(Map.of(c.pupil(1), "ABSENT_UNEXCUSED")), tag);
        assertEquals(200, resend.status(), resend::toString);
        assertEquals(newTag, resend.header("ETag"));
        long audits = Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'ClassDay' AND entity_key = ?",
                c.classId() + "/" + day);
        assertEquals(2, audits, "the first save and the change; not the resend");
        assertEquals(412, api.as(c.officer()).putIfMatch(c.path(c.schoolDays().get(0)), first, "*").status(),
                "If-Match: * on a day never marked");
    }

    @Test
    void aDayOrAMarkThatBreaksARuleIsRefusedWholeAndNothingIsWritten() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.TRA_VINH, 3);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        Api officer = api.as(c.officer()).language("en");

        // A weekend day, a holiday and tomorrow take no marks.
        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.SUNDAY));
        assertRefused(officer.put(c.path(sunday), c.body(Map.of())), "date", "is not a school day");
        LocalDate tomorrow = Api.today().plusDays(1);
        assertRefused(officer.put(c.path(tomorrow), c.body(Map.of())), "date", "has not come yet");

        // Marks: a pupil twice, one of another class, an unknown status and reason, one missing.
        String other = AttendanceFixture.create(api, Fixtures.TRA_VINH, 1).pupil(0);
        String body = """
                {"marks":[{"pupil":"%s","status":"PRESENT"},{"pupil":"%s","status":"LATE"},{"pupil":"%s","status":"PRESENT"},
                 {"pupil":"%s","status":"ASLEEP"},{"pupil":"%s","status":"ABSENT_EXCUSED","reason":"BORED"}]}"""
                .formatted(c.pupil(0), c.pupil(0), other, c.pupil(1), c.pupil(2));
        Api.Reply refused = officer.put(c.path(day), body);
        assertEquals(422, refused.status(), refused::toString);
        Map<String, String> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(List.of("marks[1].pupil", "marks[2].pupil", "marks[3].status", "marks[4].reason"),
                errors.keySet().stream().sorted().toList(), errors::toString);
        assertTrue(errors.get("marks[1].pupil").contains("marked twice"), errors::toString);
        assertTrue(errors.get("marks[2].pupil").contains(other + " was not in this class"), errors::toString);
        assertTrue(errors.get("marks[3].status").contains("ASLEEP"), errors::toString);
        assertRefused(officer.put(c.path(day), c.body(Map.of()).replaceFirst("\\{\"pupil\":\"[^\"]+\",\"status\":\"PRESENT\"},?", "")),
                "marks", "has no mark");
        assertEquals(404, officer.get(c.path(day)).status(), "nothing written");
        assertEquals(0, Database.number("SELECT COUNT(*) FROM attendance_month WHERE class_id = ?", Long.parseLong(c.classId())));
    }

    @Test
    void onlyPupilsEnrolledThatDayAreMarked() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 2);
        List<LocalDate> days = c.schoolDays();
        LocalDate joined = days.get(days.size() - 2);
        LocalDate before = days.get(days.size() - 3);
        String late = Fixtures.in(api, Fixtures.LAO_CAI).pupil(c.classId(), Fixtures.unique("Mới "), 7);
        AttendanceFixture.enrolledSince(late, joined);

        Api.Reply early = api.as(c.officer()).put(c.path(before), c.body(Map.of(late, "PRESENT")));
        assertEquals(422, early.status(), "the new pupil was not in the class yet: " + early);
        assertEquals(200, api.as(c.officer()).put(c.path(before), c.body(Map.of())).status(), "the two who were");
        JsonObject day = api.as(c.officer()).put(c.path(joined), c.body(Map.of(late, "LATE"))).json();
        assertEquals(3, day.getJsonArray("marks").size());
        assertEquals("LATE", marks(day).get(late));
    }

    @Test
    void theClassOfAnotherProvinceIsNotFoundAndOnlyOfficersWrite() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.GIA_LAI, 1);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        String body = c.body(Map.of());
        assertEquals(404, api.as("officer.laocai").get(c.path(day)).status());
        assertEquals(404, api.as("officer.laocai").put(c.path(day), body).status());
        assertEquals(403, api.as("ministry").put(c.path(day), body).status(), "ministry staff read, officers enter");
        assertEquals(403, api.as("delegation").get(c.path(day)).status());
        assertEquals(401, api.anonymous().get(c.path(day)).status());
        assertEquals(400, api.as(c.officer()).get("api/classes/" + c.classId() + "/attendance/yesterday").status());
        assertEquals(0, Database.number("SELECT COUNT(*) FROM attendance_class_month WHERE class_id = ?", Long.parseLong(c.classId())));
    }

    @Test
    void aClassMonthIsSavedAsOneUnitAndADayLeftOutIsUnmarked() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.TRA_VINH, 3);
        java.time.YearMonth month = java.time.YearMonth.from(c.schoolDays().get(0));
        List<LocalDate> days = c.schoolDays().stream().filter(d -> java.time.YearMonth.from(d).equals(month)).limit(3).toList();
        String path = "api/classes/" + c.classId() + "/attendance?month=" + month;
        String body = """
                {"pupils":[{"pupil":"%s","marks":{"%s":"PRESENT","%s":"ABSENT_EXCUSED","%s":"LATE"},"reasons":{"%s":"WEATHER"}},
                 {"pupil":"%s","marks":{"%s":"PRESENT","%s":"PRESENT","%s":"PRESENT"}},
                 {"pupil":"%s","marks":{"%s":"ABSENT_UNEXCUSED","%s":"PRESENT","%s":"PRESENT"}}]}""".formatted(
                c.pupil(0), days.get(0), days.get(1), days.get(2), days.get(1),
                c.pupil(1), days.get(0), days.get(1), days.get(2),
                c.pupil(2), days.get(0), days.get(1), days.get(2));
        Api.Reply saved = api.as(c.officer()).put(path, body);
        assertEquals(200, saved.status(), saved::toString);
        JsonObject month1 = api.as(c.officer()).get(path).json();
        assertEquals(days.stream().map(LocalDate::toString).toList(), month1.getJsonArray("marked").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(month1.getJsonArray("days").size() >= 3, "the month's school days");
        JsonObject first = month1.getJsonArray("pupils").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("pupil").equals(c.pupil(0))).findFirst().orElseThrow();
        assertEquals("ABSENT_EXCUSED", first.getJsonObject("marks").getString(days.get(1).toString()));
        assertEquals("WEATHER", first.getJsonObject("reasons").getString(days.get(1).toString()));
        assertEquals("LATE", marks(api.as(c.officer()).get(c.path(days.get(2))).json()).get(c.pupil(0)),
                "each day reads as a class-day");
        assertEquals(List.of(3L, 9L, 7L, 1L, 1L, 1L), summary(c.classId(), days.get(0)));

        // Saved again without the third day: that day is no longer marked, and its audit says so.
        String twoDays = body.replaceAll(",\\s*\"" + days.get(2) + "\":\"[A-Z_]+\"", "");
        Api.Reply again = api.as(c.officer()).putIfMatch(path, twoDays, saved.header("ETag"));
        assertEquals(200, again.status(), again::toString);
        assertEquals(404, api.as(c.officer()).get(c.path(days.get(2))).status());
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'ClassDay' AND entity_key = ? "
                + "AND action = 'DELETE'", c.classId() + "/" + days.get(2)));
        assertEquals(List.of(3L, 6L, 4L, 0L, 1L, 1L), summary(c.classId(), days.get(0)));
        assertEquals(412, api.as(c.officer()).putIfMatch(path, body, saved.header("ETag")).status(), "a stale tag");
        assertEquals(List.of(), recount());
    }

    @Test
    void aClassMonthWithABadDayOrAMissingPupilWritesNothing() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 2);
        LocalDate day = c.schoolDays().get(0);
        java.time.YearMonth month = java.time.YearMonth.from(day);
        LocalDate saturday = day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        String path = "api/classes/" + c.classId() + "/attendance?month=" + month;
        Api.Reply refused = api.as(c.officer()).language("en").put(path, """
                {"pupils":[{"pupil":"%s","marks":{"%s":"PRESENT","%s":"PRESENT","soon":"LATE"}},
                 {"pupil":"%s","marks":{"%s":"PRESENT"}}]}""".formatted(c.pupil(0), day, saturday, c.pupil(1), saturday));
        assertEquals(422, refused.status(), refused::toString);
        Map<String, String> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
        assertTrue(errors.get("pupils[0].marks.soon").contains("not a date"), errors::toString);
        assertRefused(api.as(c.officer()).language("en").put(path, """
                {"pupils":[{"pupil":"%s","marks":{"%s":"PRESENT"}}]}""".formatted(c.pupil(0), day)),
                "days." + day, c.pupil(1) + " has no mark");
        assertRefused(api.as(c.officer()).language("en").put(path, """
                {"pupils":[{"pupil":"%s","marks":{"%s":"PRESENT"}},{"pupil":"%s","marks":{"%s":"PRESENT"}}]}"""
                .formatted(c.pupil(0), saturday, c.pupil(1), saturday)), "days." + saturday, "is not a school day");
        assertEquals(0, Database.number("SELECT COUNT(*) FROM attendance_month WHERE class_id = ?", Long.parseLong(c.classId())));
        assertEquals(404, api.as("officer.gialai").get(path).status());
        assertEquals(400, api.as(c.officer()).get("api/classes/" + c.classId() + "/attendance?month=October").status());
    }

    @Test
    void completenessCountsTheClassDaysExpectedAndMarkedAndListsTheMissingNewestFirst() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 2);
        List<LocalDate> days = c.schoolDays().subList(c.schoolDays().size() - 5, c.schoolDays().size());
        api.as(c.officer()).put(c.path(days.get(1)), c.body(Map.of()));
        api.as(c.officer()).put(c.path(days.get(3)), c.body(Map.of(c.pupil(0), "LATE")));
        String school = api.as(c.officer()).get("api/classes/" + c.classId()).json().getString("schoolCode");
        JsonObject result = api.as(c.officer()).get("api/attendance/completeness?province=10&from=" + days.get(0)
                + "&to=" + days.get(4) + "&size=500").json();
        JsonObject row = result.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("school").equals(school)).findFirst().orElseThrow();
        assertEquals(5, row.getJsonNumber("expected").longValue());
        assertEquals(2, row.getJsonNumber("marked").longValue());
        assertEquals(0.4, row.getJsonNumber("rate").doubleValue(), 1e-9);
        List<String> missing = result.getJsonArray("missing").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("classId").longValue() == Long.parseLong(c.classId()))
                .map(m -> m.getString("date")).toList();
        assertEquals(List.of(days.get(4).toString(), days.get(2).toString(), days.get(0).toString()), missing, "newest first");
        assertTrue(result.getJsonNumber("missingTotal").longValue() >= 3);

        assertEquals(404, api.as("officer.gialai").get("api/attendance/completeness?province=10").status());
        Set<String> provinces = api.as("ministry").get("api/attendance/completeness").json().getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("province")).collect(Collectors.toSet());
        assertTrue(provinces.containsAll(Set.of("10", "64", "84")), provinces::toString);
        JsonObject demo = api.as("officer.travinh").get("api/attendance/completeness").json();
        assertTrue(demo.getJsonNumber("marked").longValue() > 0 && demo.getJsonNumber("rate").doubleValue() < 1.0,
                "the demo leaves a few recent class-days unmarked: " + demo.getJsonNumber("rate"));
        assertEquals(403, api.as("delegation").get("api/attendance/completeness").status());
    }

    @Test
    void theEarlyWarningNamesThePupilsAndClassesUnderTheThresholds() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.GIA_LAI, 2);
        List<LocalDate> days = c.schoolDays().subList(c.schoolDays().size() - 12, c.schoolDays().size());
        for (int i = 0; i < days.size(); i++) {
            api.as(c.officer()).put(c.path(days.get(i)), c.body(i % 2 == 0 ? Map.of(c.pupil(0), "ABSENT_UNEXCUSED") : Map.of()));
        }
        JsonObject warnings = api.as(c.officer()).get("api/attendance/warnings?province=64").json();
        List<JsonObject> pupils = warnings.getJsonArray("pupils").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("classId").longValue() == Long.parseLong(c.classId())).toList();
        assertEquals(List.of(c.pupil(0)), pupils.stream().map(p -> p.getString("pupil")).toList(), "half the days: 50 %");
        assertEquals(0.5, pupils.get(0).getJsonNumber("rate").doubleValue(), 1e-9);
        assertEquals(12, pupils.get(0).getInt("days"));
        assertEquals(0.8, pupils.get(0).getJsonNumber("threshold").doubleValue(), 1e-9);
        assertTrue(warnings.getJsonArray("classes").stream().noneMatch(k -> k.asJsonObject().getJsonNumber("classId")
                .longValue() == Long.parseLong(c.classId())), "the class: 75 %, above 70 %");

        JsonObject demo = api.as("officer.laocai").get("api/attendance/warnings").json();
        assertFalse(demo.getJsonArray("pupils").isEmpty(), "the demo's pupils falling away");
        assertFalse(demo.getJsonArray("classes").isEmpty(), "the demo's class with a bad month");
        assertEquals(404, api.as("officer.laocai").get("api/attendance/warnings?province=64").status());
        assertEquals(403, api.as("delegation").get("api/attendance/warnings").status());
    }

    @Test
    void aPupilWhoLeftIsTakenOutOfTheClassDaysAfterTheDayTheyLeft() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.TRA_VINH, 2);
        List<LocalDate> days = c.schoolDays().subList(c.schoolDays().size() - 3, c.schoolDays().size());
        days.forEach(d -> api.as(c.officer()).put(c.path(d), c.body(Map.of(c.pupil(1), "ABSENT_UNEXCUSED"))));
        Api.Reply left = api.as(c.officer()).post("api/pupils/" + c.pupil(1) + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + days.get(0) + "\"}");
        assertEquals(200, left.status(), left::toString);
        assertEquals(Map.of(c.pupil(0), "PRESENT", c.pupil(1), "ABSENT_UNEXCUSED"),
                marks(api.as(c.officer()).get(c.path(days.get(0))).json()), "the day they left stays");
        for (LocalDate d : days.subList(1, 3)) {
            assertEquals(Map.of(c.pupil(0), "PRESENT"), marks(api.as(c.officer()).get(c.path(d)).json()), d::toString);
            assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'ClassDay' AND entity_key = ? "
                    + "AND after_state LIKE ?", c.classId() + "/" + d, "%" + c.pupil(1) + "\":null%"), d::toString);
        }
        assertEquals(List.of(), recount());
    }

    static void assertRefused(Api.Reply reply, String field, String message) {
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("field").equals(field) && e.getString("message").contains(message)), reply::toString);
    }

    static Map<String, String> marks(JsonObject day) {
        return day.getJsonArray("marks").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                m -> m.getString("pupil"), m -> m.getString("status") + (m.isNull("reason") || !m.containsKey("reason")
                        ? "" : ":" + m.getString("reason"))));
    }

    /** The class-month's summary totals: pupils, pupil-days, attended, late, excused, unexcused. */
    static List<Long> summary(String classId, LocalDate day) {
        return List.of("pupils", "pupil_days", "present", "late", "excused", "unexcused").stream()
                .map(col -> Database.number("SELECT COALESCE(SUM(" + col + "), 0) FROM attendance_summary "
                        + "WHERE class_id = ? AND month_start = ?", Long.parseLong(classId), day.withDayOfMonth(1)))
                .toList();
    }

    static List<String> recount() {
        try (java.sql.Connection connection = Database.connect()) {
            return vn.mtbbe.attendance.service.AttendanceRecount.differences(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
