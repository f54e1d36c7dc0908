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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attendance report through the API: grouped from the summary the saves keep, a save visible at once, scoped
 * to the officer's provinces, and for delegation guests without schools and with small cells suppressed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void theDemoShowsPilotSchoolsAttendingMoreThanComparisonSchools() {
        String previous = Api.previousSchoolYear();
        List<JsonObject> rows = rows(api.as("ministry").get("api/reports/attendance?year=" + previous
                + "&groupBy=province,designation"));
        assertEquals(6, rows.size(), rows::toString);
        for (String province : List.of("10", "64", "84")) {
            double pilot = rate(rows, province, "PILOT");
            double comparison = rate(rows, province, "COMPARISON");
            assertTrue(pilot > comparison, province + ": " + pilot + " vs " + comparison);
        }
        JsonObject row = rows.get(0);
        assertEquals((double) row.getJsonNumber("present").longValue() / row.getJsonNumber("schoolDays").longValue(),
                row.getJsonNumber("rate").doubleValue(), 1e-9);
        assertTrue(row.getJsonNumber("pupils").longValue() > 50);
        assertFalse(row.containsKey("suppressed"));

        List<JsonObject> months = rows(api.as("ministry").get("api/reports/attendance?year=" + previous + "&groupBy=month"));
        assertTrue(months.size() >= 9, months::toString);
        assertTrue(months.stream().allMatch(m -> m.getJsonObject("group").getString("month").matches("\\d{4}-\\d{2}")));
    }

    @Test
    void aSavedClassDayIsInTheReportAtOnceAndOfficersSeeTheirProvincesOnly() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 3);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        String school = api.as(c.officer()).get("api/classes/" + c.classId()).json().getString("schoolCode");
        String report = "api/reports/attendance?from=" + day + "&to=" + day + "&groupBy=school";
        assertTrue(rows(api.as(c.officer()).get(report)).stream().noneMatch(r -> school.equals(group(r, "school"))));

        api.as(c.officer()).put(c.path(day), c.body(Map.of(c.pupil(0), "ABSENT_UNEXCUSED")));
        JsonObject row = rows(api.as(c.officer()).get(report)).stream().filter(r -> school.equals(group(r, "school")))
                .findFirst().orElseThrow();
        assertEquals(3, row.getJsonNumber("pupils").longValue());
        assertEquals(3, row.getJsonNumber("schoolDays").longValue());
        assertEquals(2, row.getJsonNumber("present").longValue());

        api.as(c.officer()).put(c.path(day), c.body(Map.of()));
        row = rows(api.as(c.officer()).get(report)).stream().filter(r -> school.equals(group(r, "school"))).findFirst().orElseThrow();
        assertEquals(3, row.getJsonNumber("present").longValue(), "the change is read at once");

        Set<String> provinces = rows(api.as("officer.laocai").get("api/reports/attendance?groupBy=province")).stream()
                .map(r -> group(r, "province")).collect(Collectors.toSet());
        assertEquals(Set.of("10"), provinces);
    }

    @Test
    void guestsGetNoSchoolsAndNoSmallCells() {
        String previous = Api.previousSchoolYear();
        assertEquals(422, api.as("delegation").get("api/reports/attendance?groupBy=school").status());
        assertEquals(422, api.as("delegation").get("api/reports/attendance?groupBy=cohort").status());
        List<JsonObject> rows = rows(api.as("delegation").get("api/reports/attendance?year=" + previous
                + "&groupBy=province,designation,ethnicity,stage"));
        assertTrue(rows.stream().anyMatch(r -> r.getBoolean("suppressed", false)), "Kinh pupils of pilot schools are few");
        for (JsonObject r : rows) {
            if (r.getBoolean("suppressed", false)) {
                assertFalse(r.containsKey("pupils") || r.containsKey("schoolDays") || r.containsKey("rate"), r::toString);
            } else {
                assertTrue(r.getJsonNumber("pupils").longValue() >= 10, r::toString);
            }
        }
        List<JsonObject> ministry = rows(api.as("ministry").get("api/reports/attendance?year=" + previous
                + "&groupBy=province,designation,ethnicity,stage"));
        assertEquals(ministry.size(), rows.size(), "the same cells, some hidden");
        assertTrue(ministry.stream().noneMatch(r -> r.containsKey("suppressed")));

        assertEquals(422, api.as("ministry").get("api/reports/attendance?groupBy=subtask").status(), "not attendance's");
        assertEquals(422, api.as("delegation").get("api/reports/attendance?groupBy=district").status());
        assertEquals(200, api.as("ministry").get("api/reports/attendance?groupBy=district").status());
        assertEquals(403, api.as("admin").get("api/reports/attendance").status());
        assertEquals(401, api.anonymous().get("api/reports/attendance").status());
        assertEquals(404, api.as("ministry").get("api/reports/attendance?year=1999-2000").status());
    }

    static List<JsonObject> rows(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    static String group(JsonObject row, String name) {
        JsonObject group = row.getJsonObject("group");
        return group.isNull(name) ? null : group.getString(name);
    }

    static double rate(List<JsonObject> rows, String province, String designation) {
        return rows.stream().filter(r -> province.equals(group(r, "province")) && designation.equals(group(r, "designation")))
                .findFirst().orElseThrow().getJsonNumber("rate").doubleValue();
    }
}
