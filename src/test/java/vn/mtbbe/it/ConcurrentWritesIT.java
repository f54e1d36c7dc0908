package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.it.server.WebFixtures;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two people changing the same records at the same moment: the second writer is refused with a translated
 * message and nothing of theirs is written; many sign-in attempts at once are each counted. To make two requests meet for certain, the test holds the rows they
 * will write (a lock of its own in the database) until both wait for them, then lets go.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWritesIT {

    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    Api api;
    Fixtures laoCai;

    @BeforeEach
    void client() {
        api = Api.at(url);
        laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
    }

    @Test
    void twoRolloversOfOneSchoolAtOnceCommitOnce() throws Exception {
        String school = laoCai.school("RC");
        String grade1 = laoCai.schoolClass(school, "GRADE_1", "1A");
        List<String> pupils = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pupils.add(laoCai.pupil(grade1, "Giàng A Páo " + i, 7));
        }
        String decisions = pupils.stream().map(p -> "{\"pupil\":\"%s\",\"outcome\":\"PROMOTED\"}".formatted(p))
                .collect(Collectors.joining(",", "{\"decisions\":[", "]}"));
        String path = "api/schools/" + school + "/rollover?year=" + Api.currentSchoolYear();
        Api officer = api.as("officer.laocai").language("en");

        List<Api.Reply> replies = meeting(school, List.of(() -> officer.post(path, decisions), () -> officer.post(path, decisions)));

        assertEquals(List.of(200, 409), replies.stream().map(Api.Reply::status).sorted().toList(), replies::toString);
        JsonObject refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json();
        assertEquals(Messages.format(EN, "error.stale.title"), refused.getString("title"));
        assertEquals(Messages.format(EN, "error.concurrent.rollover"), refused.getString("detail"));
        assertOneOpenEnrolmentEach(pupils);
        assertEquals(12L, Database.number("SELECT COUNT(*) FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
                + " JOIN school s ON s.id = p.school_id WHERE s.code = ?", school), "the year closed and the next opened once");
    }

    @Test
    void aRolloverAndADepartureAtOnceCommitOnce() throws Exception {
        String school = laoCai.school("RD");
        String grade2 = laoCai.schoolClass(school, "GRADE_2", "2A");
        List<String> pupils = List.of(laoCai.pupil(grade2, "Sùng Thị Mai", 8), laoCai.pupil(grade2, "Lù A Chứ", 8));
        String decisions = pupils.stream().map(p -> "{\"pupil\":\"%s\",\"outcome\":\"PROMOTED\"}".formatted(p))
                .collect(Collectors.joining(",", "{\"decisions\":[", "]}"));
        Api officer = api.as("officer.laocai").language("en");
        String departure = "{\"outcome\":\"DROPPED_OUT\",\"date\":\"%s\"}".formatted(Api.today());

        List<Api.Reply> replies = meeting(school, List.of(
                () -> officer.post("api/schools/" + school + "/rollover?year=" + Api.currentSchoolYear(), decisions),
                () -> officer.post("api/pupils/" + pupils.get(0) + "/withdrawal", departure)));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        Api.Reply refused = replies.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(Messages.format(EN, "error.stale.title"), refused.json().getString("title"));
        long departed = Database.number("SELECT COUNT(*) FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
                + " WHERE p.code = ? AND e.outcome = 'DROPPED_OUT'", pupils.get(0));
        long rolledOver = Database.number("SELECT COUNT(*) FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
                + " WHERE p.code = ? AND e.outcome = 'PROMOTED'", pupils.get(1));
        assertEquals(1, departed + rolledOver, "either the departure or the whole rollover was written, not both");
    }

    @Test
    void twoScheduleSavesFromTheSameVersionAtOnceSaveOnce() throws Exception {
        String programme = api.as("ministry").get("api/programmes").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("motherTongue").equals("hmn")).findFirst().orElseThrow().getString("id");
        String path = "api/programmes/" + programme + "/schedule";
        Api ministry = api.as("ministry").language("en");
        Api.Reply read = ministry.get(path);
        int versionsBefore = ministry.get(path + "/versions").array().size();
        int from = Integer.parseInt(Api.currentSchoolYear().substring(0, 4)) + 5;
        String body = jakarta.json.Json.createObjectBuilder().add("validFromYear", from)
                .add("entries", read.json().getJsonArray("entries")).build().toString();
        String etag = read.header("ETag");

        List<Api.Reply> replies = meeting("SELECT id FROM programme WHERE id = ? FOR UPDATE", Long.parseLong(programme),
                "programme", List.of(() -> ministry.putIfMatch(path, body, etag), () -> ministry.putIfMatch(path, body, etag)));

        assertEquals(List.of(200, 412), replies.stream().map(Api.Reply::status).sorted().toList(), replies::toString);
        assertEquals(Messages.format(EN, "error.stale.title"),
                replies.stream().filter(r -> r.status() == 412).findFirst().orElseThrow().json().getString("title"));
        assertEquals(versionsBefore + 1, ministry.get(path + "/versions").array().size(), "one new version, saved once");
        assertEquals(1L, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'ScheduleVersion' AND entity_key = ?",
                programme + "/" + (read.json().getInt("version") + 1)), "one save, one audit entry");
    }

    @Test
    void twoCalendarSavesFromTheSameReadingAtOnceSaveOnce() throws Exception {
        String year = Api.currentSchoolYear();
        String path = "api/calendars/84/" + year;
        Api officer = api.as("officer.travinh").language("en");
        Api.Reply read = officer.get(path);
        LocalDate monday = CalendarApiIT.firstSchoolMonday(read.json());
        String body = "{\"holidays\":[{\"date\":\"%s\",\"name\":\"Lễ Sene Dolta\"}]}".formatted(monday);
        String etag = read.header("ETag");
        long audited = Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'SchoolCalendar' AND entity_key = ?",
                "84/" + year);

        List<Api.Reply> replies = meeting("SELECT code FROM school_year WHERE code = ? FOR UPDATE", year, "school_year",
                List.of(() -> officer.putIfMatch(path, body, etag), () -> officer.putIfMatch(path, body, etag)));

        assertEquals(List.of(200, 412), replies.stream().map(Api.Reply::status).sorted().toList(), replies::toString);
        assertEquals(audited + 1, Database.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'SchoolCalendar'"
                + " AND entity_key = ?", "84/" + year), "saved once");
        // Put it back.
        Api.Reply saved = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertEquals(200, officer.putIfMatch(path, "{\"holidays\":" + read.json().getJsonArray("holidays").stream()
                .filter(h -> !h.asJsonObject().getBoolean("national")).map(Object::toString)
                .collect(Collectors.joining(",", "[", "]")) + "}", saved.header("ETag")).status());
    }

    @Test
    void twentyWrongPasswordsAtOnceAreAllRefusedAndLockTheAccount() throws Exception {
        Api guesser = api.as(WebFixtures.GUESSED_OFFICER, "not-the-password");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Api.Reply>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(pool.submit(() -> guesser.get("api/provinces")));
            }
            for (Future<Api.Reply> guess : guesses) {
                Api.Reply reply = guess.get();
                assertEquals(401, reply.status(), reply::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(401, api.as(WebFixtures.GUESSED_OFFICER, Api.PASSWORD).get("api/provinces").status(),
                "locked: even the right password waits");
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeAWrongPassword() {
        Api.Reply wrong = api.as("officer.laocai", "not-the-password").language("en").get("api/provinces");
        Api.Reply unknown = api.as(Fixtures.unique("nobody."), "not-the-password").language("en").get("api/provinces");
        assertEquals(401, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals(wrong.header("WWW-Authenticate"), unknown.header("WWW-Authenticate"));
    }

    /**
     * Runs the requests at once while this test holds the open enrolments of the school, lets go when every request
     * waits for them, and returns the replies.
     */
    private List<Api.Reply> meeting(String school, List<Callable<Api.Reply>> requests) throws Exception {
        return meeting("SELECT e.id FROM enrolment e JOIN school_class c ON c.id = e.class_id"
                + " JOIN school s ON s.id = c.school_id WHERE s.code = ? AND e.outcome IS NULL FOR UPDATE", school,
                "enrolment", requests);
    }

    /**
     * Runs the requests at once while this test holds the rows that {@code lockSql} (with one parameter) locks, lets
     * go when every request waits for a lock on {@code table}, and returns the replies.
     */
    private List<Api.Reply> meeting(String lockSql, Object parameter, String table, List<Callable<Api.Reply>> requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try (Connection holder = Database.connect()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(lockSql)) {
                lock.setObject(1, parameter);
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            List<Future<Api.Reply>> pending = new ArrayList<>();
            for (Callable<Api.Reply> request : requests) {
                pending.add(pool.submit(request));
            }
            Database.awaitLockWaits(holder, requests.size(), table);
            holder.rollback();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pending) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneOpenEnrolmentEach(List<String> pupils) {
        for (String pupil : pupils) {
            assertEquals(1L, Database.number("SELECT COUNT(*) FROM enrolment e JOIN pupil p ON p.id = e.pupil_id"
                    + " WHERE p.code = ? AND e.outcome IS NULL", pupil), pupil + " has one open enrolment");
        }
    }
}
