package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists cost the same number of SQL statements whatever their length: no query per row (an N+1) in the API or
 * in the pages. The statements are counted in the server (vn.mtbbe.it.server.StatementCounter); each list is
 * asked for once before counting, so that what is read once and kept (names of provinces, the caller's
 * account) does not count.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class QueryCountIT {

    @ArquillianResource
    URL url;

    Api api;
    Browser browser;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void apiListsCostTheSameWhateverTheirLength() {
        Api officer = api.as("officer.laocai");
        Api ministry = api.as("ministry");
        assertSameCost("pupils of a province", officer, "api/pupils?size=3", "api/pupils?size=300");
        assertSameCost("pupils of all provinces", ministry, "api/pupils?size=3", "api/pupils?size=300");
        assertSameCost("schools", ministry, "api/schools?province=64", "api/schools");
        assertSameCost("classes", officer, "api/classes?school=101005", "api/classes?school=101002");
        assertSameCost("cohorts", officer, "api/cohorts?school=101005", "api/cohorts?school=101002");
        assertSameCost("departures", ministry, "api/reports/instruction-departures?year=" + Api.currentSchoolYear() + "&province=10",
                "api/reports/instruction-departures?year=" + Api.currentSchoolYear());
    }

    @Test
    void pageListsCostTheSameWhateverTheirLength() {
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        String cookies = "JSESSIONID=" + browser.cookie("JSESSIONID");
        assertSameCost("pupil list", () -> RawHttp.get(url, "/pupils/list.xhtml?q=giang", cookies).status(),
                () -> RawHttp.get(url, "/pupils/list.xhtml", cookies).status());
        assertSameCost("school list", () -> RawHttp.get(url, "/schools/list.xhtml?province=64", cookies).status(),
                () -> RawHttp.get(url, "/schools/list.xhtml", cookies).status());
        assertSameCost("cohort list", () -> RawHttp.get(url, "/cohorts/list.xhtml?school=101005", cookies).status(),
                () -> RawHttp.get(url, "/cohorts/list.xhtml?school=101002", cookies).status());
        assertSameCost("school page", () -> RawHttp.get(url, "/schools/view.xhtml?code=101001", cookies).status(),
                () -> RawHttp.get(url, "/schools/view.xhtml?code=101002", cookies).status());
        assertSameCost("departures page", () -> RawHttp.get(url, "/classes/departures.xhtml?province=10", cookies).status(),
                () -> RawHttp.get(url, "/classes/departures.xhtml", cookies).status());
    }

    private void assertSameCost(String what, Api caller, String shortList, String longList) {
        assertSameCost(what, () -> caller.get(shortList).status(), () -> caller.get(longList).status());
    }

    /** Asks for both lists once, then counts each again; both must answer 200 with the same number of statements. */
    private void assertSameCost(String what, Supplier<Integer> shortList, Supplier<Integer> longList) {
        assertEquals(200, shortList.get(), what);
        assertEquals(200, longList.get(), what);
        long few = statements(shortList);
        long many = statements(longList);
        assertTrue(few > 0, what + ": statements are counted");
        assertEquals(few, many, what + ": the longer list took " + many + " statements, the shorter " + few);
    }

    private long statements(Supplier<Integer> request) {
        assertEquals(204, api.delete("test/statements").status());
        request.get();
        return Long.parseLong(api.get("test/statements").body().strip());
    }
}
