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
import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * School calendars through the API: the demo's calendars with Tết on its real dates, the school days they give,
 * who reads and who changes them, and changes as one unit behind If-Match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void theDemoCalendarsPlaceTetOnItsRealDates() {
        String year = Api.currentSchoolYear();
        int next = Integer.parseInt(year.substring(5));
        JsonObject calendar = api.as("officer.laocai").get("api/calendars/10/" + year).json();
        assertEquals("10", calendar.getString("province"));
        assertEquals(year, calendar.getString("schoolYear"));
        Set<String> holidays = dates(calendar.getJsonArray("holidays"));
        LocalDate tet = LunarDates.tet(next);
        for (LocalDate d = tet.minusDays(3); !d.isAfter(tet.plusDays(5)); d = d.plusDays(1)) {
            assertTrue(holidays.contains(d.toString()), "the Tết break: " + d);
        }
        assertTrue(holidays.containsAll(Set.of(next + "-01-01", LunarDates.hungKings(next).toString(), next + "-04-30",
                next + "-05-01")), holidays::toString);
        assertTrue(calendar.getJsonArray("holidays").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("date").equals(tet.toString())).allMatch(h -> h.getBoolean("national")));

        // The school days: the weekdays from the first to the last day, less the holidays.
        Set<String> schoolDays = strings(calendar.getJsonArray("schoolDays"));
        List<String> expected = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.parse(calendar.getString("firstDay")); !d.isAfter(LocalDate.parse(calendar.getString("lastDay")));
             d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !holidays.contains(d.toString())) {
                expected.add(d.toString());
            }
        }
        assertEquals(Set.copyOf(expected), schoolDays);
        assertEquals(expected.size(), calendar.getJsonArray("schoolDays").size(), "each once");
        assertFalse(schoolDays.contains(tet.toString()));

        JsonObject traVinh = api.as("ministry").get("api/calendars/84/" + year).json();
        assertTrue(dates(traVinh.getJsonArray("holidays")).containsAll(Set.of(next + "-04-14", next + "-04-15", next + "-04-16")),
                "the Khmer New Year in Trà Vinh");
        // Days of the Khmer New Year that would be school days elsewhere (in 2027 the Hùng Kings' day is one of them).
        long khmerNewYearWeekdays = java.util.stream.IntStream.rangeClosed(14, 16).mapToObj(d -> LocalDate.of(next, 4, d))
                .filter(d -> schoolDays.contains(d.toString())).count();
        assertEquals(schoolDays.size() - khmerNewYearWeekdays, traVinh.getJsonArray("schoolDays").size());
        JsonObject giaLai = api.as("officer.gialai").get("api/calendars/64/" + year).json();
        assertEquals(1, giaLai.getJsonArray("makeUpDays").size(), "a day lost to a storm, made up on a Saturday");
        assertEquals(schoolDays.size(), giaLai.getJsonArray("schoolDays").size());
    }

    @Test
    void calendarsAreReadByEveryRoleButGuestsOfficersTheirOwnProvince() {
        assertEquals(200, api.as("ministry").get("api/calendars/64/" + Api.currentSchoolYear()).status());
        Api.Reply hidden = api.as("officer.laocai").get("api/calendars/64/" + Api.currentSchoolYear());
        assertEquals(404, hidden.status(), "another province's calendar is as unknown as a missing one");
        assertEquals(404, api.as("officer.laocai").get("api/calendars/99/" + Api.currentSchoolYear()).status());
        assertEquals(404, api.as("officer.laocai").get("api/calendars/10/1999-2000").status());
        assertEquals(403, api.as("delegation").get("api/calendars/10/" + Api.currentSchoolYear()).status());
        assertEquals(401, api.anonymous().get("api/calendars/10/" + Api.currentSchoolYear()).status());
    }

    @Test
    void anOfficerReplacesTheProvincesOwnDaysAsOneUnit() {
        String path = "api/calendars/10/" + Api.currentSchoolYear();
        Api officer = api.as("officer.laocai").language("en");
        Api.Reply read = officer.get(path);
        int before = read.json().getJsonArray("schoolDays").size();
        LocalDate monday = firstSchoolMonday(read.json());
        LocalDate saturday = monday.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        String body = """
                {"holidays":[{"date":"%s","name":"Nghỉ học do lũ"}],"makeUpDays":[{"date":"%s","name":"Học bù"}]}"""
                .formatted(monday, saturday);

        assertEquals(428, officer.put(path, body).status(), "If-Match is required");
        assertEquals(404, api.as("officer.gialai").putIfMatch(path, body, read.header("ETag")).status());
        assertEquals(403, api.as("delegation").putIfMatch(path, body, read.header("ETag")).status());
        Api.Reply saved = officer.putIfMatch(path, body, read.header("ETag"));
        assertEquals(200, saved.status(), saved::toString);
        Set<String> schoolDays = strings(saved.json().getJsonArray("schoolDays"));
        assertFalse(schoolDays.contains(monday.toString()));
        assertTrue(schoolDays.contains(saturday.toString()));
        assertEquals(before, schoolDays.size(), "a day lost, a day made up");
        assertEquals(412, officer.putIfMatch(path, "{\"holidays\":[]}", read.header("ETag")).status(),
                "saved by someone else since");
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'SchoolCalendar' AND entity_key = ?"
                + " AND username = 'officer.laocai'", "10/" + Api.currentSchoolYear()) , "audited");

        // Put it back: the province's own days only; the national holidays stay.
        Api.Reply back = officer.putIfMatch(path, "{\"holidays\":[],\"makeUpDays\":[]}", saved.header("ETag"));
        assertEquals(200, back.status(), back::toString);
        assertEquals(before, back.json().getJsonArray("schoolDays").size());
        assertEquals(read.json().getJsonArray("holidays"), back.json().getJsonArray("holidays"));
    }

    @Test
    void badEntriesAreRefusedWholeWithEveryReasonTranslated() {
        String path = "api/calendars/84/" + Api.currentSchoolYear();
        Api officer = api.as("officer.travinh").language("en");
        Api.Reply read = officer.get(path);
        LocalDate monday = firstSchoolMonday(read.json());
        String body = """
                {"holidays":[{"date":"%s","name":"Ngày hội"},{"date":"%s","name":"Ngày hội"},{"date":"1999-01-04","name":"Xưa"},
                             {"date":"%s","name":" "}],
                 "makeUpDays":[{"date":"%s","name":"Học bù"}]}""".formatted(monday, monday, monday.plusDays(1), monday.plusDays(2));
        Api.Reply refused = officer.putIfMatch(path, body, read.header("ETag"));
        assertEquals(422, refused.status(), refused::toString);
        List<String> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertEquals(List.of(
                "holidays[1].date: " + Messages.format(EN, "validation.calendar.twice"),
                "holidays[2].date: " + Messages.format(EN, "validation.calendar.outsideTerm"),
                "holidays[3].name: " + Messages.format(EN, "validation.calendar.nameMissing"),
                "makeUpDays[0].date: " + Messages.format(EN, "validation.calendar.makeUpOnWeekday")), errors);
        assertEquals(read.header("ETag"), officer.get(path).header("ETag"), "nothing saved");
    }

    @Test
    void ministryStaffSetTheNationalHolidaysForEveryProvince() {
        String year = Api.currentSchoolYear();
        Api ministry = api.as("ministry");
        Api.Reply national = ministry.get("api/calendars/national/" + year);
        assertEquals(200, national.status(), national::toString);
        LocalDate monday = firstSchoolMonday(ministry.get("api/calendars/10/" + year).json()).plusWeeks(1);
        String added = jakarta.json.Json.createObjectBuilder().add("holidays", jakarta.json.Json.createArrayBuilder(
                national.json().getJsonArray("holidays")).add(jakarta.json.Json.createObjectBuilder()
                .add("date", monday.toString()).add("name", "Ngày nghỉ bù").add("national", true))).build().toString();
        assertEquals(403, api.as("officer.laocai").putIfMatch("api/calendars/national/" + year, added,
                national.header("ETag")).status());
        Api.Reply saved = ministry.putIfMatch("api/calendars/national/" + year, added, national.header("ETag"));
        assertEquals(200, saved.status(), saved::toString);
        for (String province : List.of("10", "64", "84")) {
            assertFalse(strings(ministry.get("api/calendars/" + province + "/" + year).json().getJsonArray("schoolDays"))
                    .contains(monday.toString()), province);
        }
        // Put it back.
        Api.Reply back = ministry.putIfMatch("api/calendars/national/" + year,
                "{\"holidays\":" + national.json().getJsonArray("holidays") + "}", saved.header("ETag"));
        assertEquals(200, back.status(), back::toString);
        assertTrue(strings(ministry.get("api/calendars/10/" + year).json().getJsonArray("schoolDays")).contains(monday.toString()));
    }

    /**
     * The first Monday of the calendar, a week or more ahead, that begins three school days: a day no class has
     * marked yet (a calendar may not take away a marked school day), or, late in the year, the first such Monday
     * after the term has begun.
     */
    static LocalDate firstSchoolMonday(JsonObject calendar) {
        Set<String> days = strings(calendar.getJsonArray("schoolDays"));
        LocalDate last = LocalDate.parse(calendar.getString("lastDay"));
        LocalDate ahead = Api.today().plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate d = ahead.plusWeeks(3).isBefore(last) ? ahead : LocalDate.parse(calendar.getString("firstDay"))
                .withDayOfMonth(1).plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        while (!days.contains(d.toString()) || !days.contains(d.plusDays(1).toString()) || !days.contains(d.plusDays(2).toString())) {
            d = d.plusWeeks(1);
        }
        return d;
    }

    @Test
    void aMarkedSchoolDayCannotBecomeAHoliday() {
        String year = Api.currentSchoolYear();
        Api ministry = api.as("ministry").language("en");
        Api.Reply national = ministry.get("api/calendars/national/" + year);
        java.util.List<String> past = strings(ministry.get("api/calendars/64/" + year).json().getJsonArray("schoolDays"))
                .stream().filter(d -> LocalDate.parse(d).isBefore(Api.today())).sorted().toList();
        String marked = past.get(past.size() - 1);
        String added = jakarta.json.Json.createObjectBuilder().add("holidays", jakarta.json.Json.createArrayBuilder(
                national.json().getJsonArray("holidays")).add(jakarta.json.Json.createObjectBuilder()
                .add("date", marked).add("name", "Ngày nghỉ"))).build().toString();
        Api.Reply refused = ministry.putIfMatch("api/calendars/national/" + year, added, national.header("ETag"));
        assertEquals(422, refused.status(), refused::toString);
        String message = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains("attendance") && message.contains("Remove that day's attendance first"), message);
        assertEquals(national.header("ETag"), ministry.get("api/calendars/national/" + year).header("ETag"), "nothing saved");
    }

    private static Set<String> dates(JsonArray days) {
        return days.stream().map(v -> v.asJsonObject().getString("date")).collect(Collectors.toSet());
    }

    private static Set<String> strings(JsonArray values) {
        return values.stream().map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet());
    }
}
