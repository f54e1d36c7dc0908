package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' metrics at {@code /metrics}, as Prometheus scrapes them (text format): a class-day saved through
 * the API counts once and is timed under its route template, the connection pool is measured, and nothing in them
 * names a child.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void aSaveCountsOnceIsTimedByRouteAndThePoolIsMeasured() throws Exception {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 2);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        double before = value(scrape(), "mtbbe_attendance_saves_total", "unit=\"day\"");

        Api.Reply saved = api.as(c.officer()).put(c.path(day), c.body(Map.of(c.pupil(1), "LATE")));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(200, api.as(c.officer()).put(c.path(day), c.body(Map.of(c.pupil(1), "LATE"))).status(),
                "the same marks again: nothing written");

        String metrics = scrape();
        assertEquals(before + 1, value(metrics, "mtbbe_attendance_saves_total", "unit=\"day\""), 0.0, "one save");
        assertTrue(value(metrics, "mtbbe_requests_seconds_count",
                "route=\"/api/classes/{id}/attendance/{date}\"", "method=\"PUT\"") >= 2, "timed by route template");
        assertTrue(value(metrics, "mtbbe_db_connections", "mp_scope=\"application\"") >= 1, "the pool's connections");
        assertFalse(metrics.contains(c.pupil(1)), "no pupil code");
        assertFalse(metrics.contains(c.officer()), "no account name");
    }

    /** /metrics as Prometheus asks for it. */
    String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url.toString().replaceAll("/$", "") + "/metrics")).header("Accept", "text/plain").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                () -> response.headers().toString());
        return response.body();
    }

    /**
     * The value of the sample {@code name} whose labels include all of {@code labels}; 0 when there is none. Labels
     * are matched as text: a route's own braces ({@code {id}}) are inside them.
     */
    static double value(String metrics, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)} (\\S+)$").matcher(metrics);
        while (m.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= m.group(1).contains(label);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
