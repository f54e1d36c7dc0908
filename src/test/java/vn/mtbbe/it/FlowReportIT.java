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
import java.util.ArrayList;
import java.util.List;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flow report (promotion, repetition, dropout, completion) through the API: kept with every departure and
 * rollover in the same transaction and equal to a recount of the enrolments, the same figures as a cohort's own flow,
 * filtered and grouped like the other reports, scoped to an officer's provinces, and for guests without schools and
 * with small cells suppressed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FlowReportIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void aDepartureAndARolloverShowAtOnceAndEqualARecount() {
        Fixtures laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
        String school = laoCai.school("FL");
        String grade5 = laoCai.schoolClass(school, "GRADE_5", "5A");
        List<String> pupils = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pupils.add(laoCai.pupil(grade5, "Vàng Thị Dua " + i, 11));
        }
        String year = Api.currentSchoolYear();
        String path = "api/reports/flow?year=" + year + "&school=" + school;
        JsonObject open = single(api.as("officer.laocai").get(path));
        assertEquals(12, open.getInt("pupils"));
        assertEquals(12, open.getInt("open"), "the year has not ended for any of them");
        assertEquals(0, open.getInt("completed"));

        Api.Reply left = api.as("officer.laocai").post("api/pupils/" + pupils.get(0) + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + Api.today() + "\"}");
        assertEquals(200, left.status(), left::toString);
        JsonObject afterDeparture = single(api.as("officer.laocai").get(path));
        assertEquals(1, afterDeparture.getInt("droppedOut"), "a departure shows at once");
        assertEquals(11, afterDeparture.getInt("open"));

        String decisions = pupils.subList(1, 12).stream().map(p -> "{\"pupil\":\"%s\",\"outcome\":\"%s\"}"
                .formatted(p, p.equals(pupils.get(1)) ? "REPEATED" : "COMPLETED")).collect(Collectors.joining(",",
                "{\"decisions\":[", "]}"));
        Api.Reply rolled = api.as("officer.laocai").post("api/schools/" + school + "/rollover?year=" + year, decisions);
        assertEquals(200, rolled.status(), rolled::toString);

        JsonObject closed = single(api.as("ministry").get(path));
        assertEquals(12, closed.getInt("pupils"));
        assertEquals(10, closed.getInt("completed"));
        assertEquals(1, closed.getInt("repeated"));
        assertEquals(1, closed.getInt("droppedOut"));
        assertEquals(0, closed.getInt("open"));
        assertEquals(10.0 / 12, closed.getJsonNumber("completionRate").doubleValue(), 1e-9, "completed of those in grade 5");
        assertEquals(1.0 / 12, closed.getJsonNumber("repetitionRate").doubleValue(), 1e-9);
        assertEquals(1.0 / 12, closed.getJsonNumber("dropoutRate").doubleValue(), 1e-9);
        assertEquals(0.0, closed.getJsonNumber("promotionRate").doubleValue(), 1e-9);

        JsonObject next = single(api.as("ministry").get("api/reports/flow?year=" + Api.nextSchoolYear() + "&school=" + school));
        assertEquals(1, next.getInt("pupils"), "the repeater, in grade 5 again next year");
        List<JsonObject> byYear = rows(api.as("ministry").get("api/reports/flow?school=" + school + "&groupBy=year,stage"));
        assertEquals(List.of(year + " GRADE_5", Api.nextSchoolYear() + " GRADE_5"), byYear.stream()
                .map(r -> r.getJsonObject("group").getString("year") + " " + r.getJsonObject("group").getString("stage"))
                .toList());
        assertEquals(List.of(), recount());
    }

    @Test
    void aCohortsRowsEqualItsOwnFlow() {
        List<JsonObject> cohorts = rows(api.as("ministry").get("api/reports/flow?province=10&groupBy=cohort"));
        JsonObject largest = cohorts.stream().filter(c -> c.getJsonObject("group").containsKey("cohort"))
                .max((a, b) -> Integer.compare(a.getInt("pupils"), b.getInt("pupils"))).orElseThrow();
        long cohort = largest.getJsonObject("group").getJsonNumber("cohort").longValue();
        List<JsonObject> report = rows(api.as("officer.laocai").get("api/reports/flow?cohort=" + cohort + "&groupBy=year"));
        List<JsonObject> flow = api.as("officer.laocai").get("api/cohorts/" + cohort + "/flow").json()
                .getJsonArray("years").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(flow.size() >= 2, flow::toString);
        assertEquals(flow.stream().map(y -> y.getString("schoolYear") + " " + y.getInt("enrolled") + " "
                        + y.getInt("promoted") + " " + y.getInt("repeated") + " " + y.getInt("transferred") + " "
                        + y.getInt("droppedOut") + " " + y.getInt("completed")).toList(),
                report.stream().map(r -> r.getJsonObject("group").getString("year") + " " + r.getInt("pupils") + " "
                        + r.getInt("promoted") + " " + r.getInt("repeated") + " " + r.getInt("transferred") + " "
                        + r.getInt("droppedOut") + " " + r.getInt("completed")).toList());
    }

    @Test
    void officersReadTheirProvincesAndGuestsNoSchoolsAndNoSmallCells() {
        String previous = Api.previousSchoolYear();
        List<JsonObject> ministry = rows(api.as("ministry").get("api/reports/flow?year=" + previous + "&groupBy=province,designation"));
        assertEquals(6, ministry.size(), ministry::toString);
        for (JsonObject r : ministry) {
            assertEquals(r.getInt("pupils"), r.getInt("promoted") + r.getInt("repeated") + r.getInt("transferred")
                    + r.getInt("droppedOut") + r.getInt("completed") + r.getInt("open"), r::toString);
            assertEquals(0, r.getInt("open"), "the previous year is closed");
        }
        List<JsonObject> officer = rows(api.as("officer.gialai").get("api/reports/flow?year=" + previous + "&groupBy=province"));
        assertEquals(List.of("64"), officer.stream().map(r -> r.getJsonObject("group").getString("province")).toList());
        assertEquals(List.of(), rows(api.as("officer.gialai").get("api/reports/flow?year=" + previous + "&province=10")),
                "another province's figures are not the officer's to read");
        List<JsonObject> pilot = rows(api.as("ministry").get("api/reports/flow?year=" + previous
                + "&province=64&designation=PILOT&groupBy=province"));
        assertEquals(ministry.stream().filter(r -> r.getJsonObject("group").getString("province").equals("64")
                && r.getJsonObject("group").getString("designation").equals("PILOT")).findFirst().orElseThrow().getInt("pupils"),
                pilot.get(0).getInt("pupils"), "a filter keeps the rows of its values");

        Api guest = api.as("delegation").language("en");
        assertEquals(422, guest.get("api/reports/flow?groupBy=school").status());
        assertEquals(422, guest.get("api/reports/flow?school=LC-001").status());
        assertEquals(422, guest.get("api/reports/flow?groupBy=district").status(), "delegations see provinces by default");
        assertEquals(422, api.as("ministry").get("api/reports/flow?groupBy=month").status(), "no months in the flow");
        assertEquals(422, api.as("ministry").get("api/reports/flow?cohort=abc").status());
        List<JsonObject> fine = rows(guest.get("api/reports/flow?year=" + previous + "&groupBy=province,ethnicity,stage"));
        assertTrue(fine.stream().anyMatch(r -> r.containsKey("suppressed")), "small groups are hidden");
        for (JsonObject r : fine) {
            if (r.containsKey("suppressed")) {
                assertFalse(r.containsKey("pupils") || r.containsKey("promoted") || r.containsKey("promotionRate"), r::toString);
            } else {
                assertTrue(r.getInt("pupils") >= 10, r::toString);
            }
        }
    }

    static JsonObject single(Api.Reply reply) {
        List<JsonObject> rows = rows(reply);
        assertEquals(1, rows.size(), reply::toString);
        return rows.get(0);
    }

    static List<JsonObject> rows(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    static List<String> recount() {
        try (java.sql.Connection connection = Database.connect()) {
            return vn.mtbbe.cohort.service.FlowRecount.differences(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
