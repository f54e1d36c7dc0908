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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every figure of the reports comes from the kept summaries, and they equal the raw records: after random attendance
 * saves, results, a departure and a pupil's changed sex, the three recounts find no difference, and a sample of report
 * figures (a school's attendance, a sitting's results, a school's flow) equals the same figures summed from the raw
 * records here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportRecountIT {

    static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT_UNEXCUSED", "ABSENT_EXCUSED:ILLNESS"};

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void afterRandomWritesTheReportsEqualTheRawRecords() throws Exception {
        Random random = new Random(20261207L);
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.TRA_VINH, 12);
        List<LocalDate> days = new ArrayList<>(c.schoolDays());
        for (int i = 0; i < 25; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            Map<String, String> marks = new LinkedHashMap<>();
            for (String pupil : c.pupils()) {
                marks.put(pupil, STATUSES[random.nextInt(STATUSES.length)]);
            }
            Api.Reply saved = api.as(c.officer()).put(c.path(day), c.body(marks));
            assertEquals(200, saved.status(), saved::toString);
        }
        AchievementFixture a = AchievementFixture.create(api, Fixtures.GIA_LAI, 12);
        List<String> results = new ArrayList<>();
        for (int i = 0; i < a.pupils().size(); i++) {
            int roll = random.nextInt(10);
            results.add(a.result(i, 'f', roll == 0 ? "A" : String.valueOf(random.nextInt(61))));
            results.add(a.result(i, 'c', roll == 0 ? "A" : String.valueOf(random.nextInt(6))));
        }
        Api.Reply entered = api.as(a.officer()).put(a.path(), AchievementFixture.body(results.toArray(String[]::new)));
        assertEquals(200, entered.status(), entered::toString);
        Api.Reply left = api.as(c.officer()).post("api/pupils/" + c.pupil(3) + "/withdrawal",
                "{\"outcome\":\"DROPPED_OUT\",\"date\":\"" + Api.today() + "\"}");
        assertEquals(200, left.status(), left::toString);
        Api.Reply read = api.as(c.officer()).get("api/pupils/" + c.pupil(5));
        String changed = read.body().replace("\"sex\":\"F\"", "\"sex\":\"M\"");
        Api.Reply edited = api.as(c.officer()).putIfMatch("api/pupils/" + c.pupil(5), changed, read.header("ETag"));
        assertEquals(200, edited.status(), edited::toString);

        try (java.sql.Connection connection = Database.connect()) {
            assertEquals(List.of(), vn.mtbbe.attendance.service.AttendanceRecount.differences(connection), "attendance");
            assertEquals(List.of(), vn.mtbbe.achievement.service.AchievementRecount.differences(connection), "achievement");
            assertEquals(List.of(), vn.mtbbe.cohort.service.FlowRecount.differences(connection), "flow");
        }

        // A school's attendance over the year as the report gives it, and summed from the pupil-months.
        String school = Database.column("SELECT s.code FROM school s JOIN school_class k ON k.school_id = s.id WHERE k.id = ?",
                Long.parseLong(c.classId())).get(0).toString();
        JsonObject attendance = FlowReportIT.single(api.as("ministry").get("api/reports/attendance?year="
                + Api.currentSchoolYear() + "&school=" + school));
        assertEquals(Database.number("SELECT SUM(days) FROM attendance_month WHERE class_id = ?", Long.parseLong(c.classId())),
                attendance.getJsonNumber("schoolDays").longValue());
        assertEquals(Database.number("SELECT SUM(present + late) FROM attendance_month WHERE class_id = ?",
                Long.parseLong(c.classId())), attendance.getJsonNumber("present").longValue());
        assertEquals(Database.number("SELECT COUNT(DISTINCT pupil_id) FROM attendance_month WHERE class_id = ?",
                Long.parseLong(c.classId())), attendance.getJsonNumber("pupils").longValue());

        // A sitting's results: pupils assessed and zero scores per subtask, from the results.
        List<JsonObject> rows = api.as("ministry").get("api/reports/achievement?sitting=" + a.sitting()
                + "&school=" + a.school()).json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, rows.size(), rows::toString);
        for (JsonObject row : rows) {
            long subtask = row.getJsonObject("group").getJsonNumber("subtask").longValue();
            long assessed = Database.number("SELECT COUNT(*) FROM assessment_result WHERE sitting_id = ? AND subtask_id = ? "
                    + "AND absent = FALSE", a.sitting(), subtask);
            long zero = Database.number("SELECT COUNT(*) FROM assessment_result WHERE sitting_id = ? AND subtask_id = ? "
                    + "AND absent = FALSE AND score = 0", a.sitting(), subtask);
            assertEquals(assessed, row.getJsonNumber("pupils").longValue(), row::toString);
            assertEquals((double) zero / assessed, row.getJsonNumber("shareZeroScores").doubleValue(), 1e-9, row::toString);
        }

        // The flow of the attendance class's school: twelve enrolled this year, one dropped out, girls and boys.
        JsonObject flow = FlowReportIT.single(api.as("ministry").get("api/reports/flow?year=" + Api.currentSchoolYear()
                + "&school=" + school));
        assertEquals(12, flow.getInt("pupils"));
        assertEquals(1, flow.getInt("droppedOut"));
        Map<String, Integer> bySex = new LinkedHashMap<>();
        FlowReportIT.rows(api.as("ministry").get("api/reports/flow?year=" + Api.currentSchoolYear() + "&school=" + school
                + "&groupBy=sex")).forEach(r -> bySex.put(r.getJsonObject("group").getString("sex"), r.getInt("pupils")));
        assertEquals(Map.of("F", 11, "M", 1), bySex, "the pupil whose sex was corrected counts as a boy at once");
    }
}
