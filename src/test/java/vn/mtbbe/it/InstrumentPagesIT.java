package vn.mtbbe.it;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment instrument pages in a real browser: ministry staff define an instrument with its subtasks and
 * benchmark bands, a refused save keeps what was typed and says why at each field, a new version leaves the earlier
 * one as it was, officers read without edit actions, delegation guests and administrators are refused, and the form
 * fits a 360-px phone screen. Each test makes the instruments it needs, with names of its own.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class InstrumentPagesIT {

    static final ULocale VI = new ULocale("vi");
    static final String FORM = "instrumentForm";

    @ArquillianResource
    URL url;

    Browser browser;
    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void ministryDefinesAnInstrumentWithTwoSubtasksAndTheirBenchmarks() {
        String name = Fixtures.unique("EGRA tiếng Mông thử ");
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/achievement/instruments.xhtml");
        browser.clickAndLoad(By.id("newInstrument"));
        assertEquals("/achievement/instrument-edit.xhtml", browser.path());

        browser.type(By.id(FORM + ":name"), name);
        choose(FORM + ":area", "READING");
        choose(FORM + ":language", "hmn");
        stage("GRADE_1");
        stage("GRADE_2");
        assertEquals(List.of("GRADE_1", "GRADE_2"), benchmarkStages(0), "a benchmark pair per chosen stage");

        choose(subtask(0, "skill"), "LETTER_SOUNDS");
        choose(subtask(0, "kind"), "TIMED");
        browser.waitFor(d -> browser.isPresent(By.id(subtask(0, "seconds"))));
        browser.type(By.id(subtask(0, "items")), "100");
        browser.type(By.id(subtask(0, "seconds")), "60");
        browser.type(By.id(subtask(0, "sample")), "p t ntx ua ib");
        assertEquals("hmn", browser.find(By.id(subtask(0, "sample"))).getAttribute("lang"), "samples in the instrument's language");
        browser.type(By.id(benchmark(0, 0, "approachingFrom")), "10");
        browser.type(By.id(benchmark(0, 0, "meetingFrom")), "20");
        browser.type(By.id(benchmark(0, 1, "approachingFrom")), "22.5");
        browser.type(By.id(benchmark(0, 1, "meetingFrom")), "35");

        browser.click(By.id(FORM + ":addSubtask"));
        assertEquals("100", value(subtask(0, "items")), "adding a subtask keeps what was typed above");
        choose(subtask(1, "skill"), "READING_COMPREHENSION");
        choose(subtask(1, "kind"), "OUT_OF");
        assertFalse(browser.isPresent(By.id(subtask(1, "seconds"))), "no time limit for an untimed subtask");
        browser.type(By.id(subtask(1, "items")), "5");
        browser.type(By.id(benchmark(1, 0, "approachingFrom")), "2");
        browser.type(By.id(benchmark(1, 0, "meetingFrom")), "4");
        browser.screenshot("instrument-new-filled");
        browser.clickAndLoad(By.id(FORM + ":save"));

        JsonObject saved = byName(name);
        assertEquals("/achievement/instrument.xhtml?id=" + saved.getJsonNumber("id").longValue(), browser.path());
        assertTrue(browser.pageText().contains(Messages.format(VI, "achievement.edit.saved", 1, name)), browser.pageText());
        assertEquals(1, saved.getInt("version"));
        assertEquals("hmn", saved.getString("language"));
        assertEquals(List.of("GRADE_1", "GRADE_2"), strings(saved, "stages"));
        JsonObject first = saved.getJsonArray("subtasks").getJsonObject(0);
        assertEquals("LETTER_SOUNDS", first.getString("skill"));
        assertEquals(60, first.getInt("seconds"));
        assertEquals(2, first.getJsonArray("benchmarks").size());
        JsonObject second = saved.getJsonArray("subtasks").getJsonObject(1);
        assertEquals("OUT_OF", second.getString("kind"));
        assertFalse(second.containsKey("seconds"));
        assertEquals(1, second.getJsonArray("benchmarks").size(), "a stage left empty has no benchmark");

        // The version's page: subtasks in order, in words, the sample marked with its language, the bands by stage.
        List<WebElement> skills = browser.findAll(By.cssSelector(".subtask-skill"));
        assertEquals(List.of(Messages.format(VI, "achievement.skill.LETTER_SOUNDS"),
                Messages.format(VI, "achievement.skill.READING_COMPREHENSION")), skills.stream().map(WebElement::getText).toList());
        assertEquals(Messages.format(VI, "achievement.subtask.secondsValue", 60), browser.text(By.cssSelector(".subtask-seconds")));
        assertEquals("hmn", browser.find(By.cssSelector(".subtask-sample")).getAttribute("lang"));
        assertEquals("22,5", browser.text(By.cssSelector("#benchmarkTable tr[data-subtask='1'][data-stage='GRADE_2'] .benchmark-approaching")),
                "thresholds in the reader's number format");
        assertEquals(3, browser.findAll(By.cssSelector("#benchmarkTable tbody tr")).size());
        assertEquals(Messages.format(VI, "achievement.benchmarks.units"), browser.text(By.id("benchmarksUnits")));
        assertEquals(Messages.format(VI, "achievement.instrument.versionNumber", 1), browser.text(By.id("shownVersion")));
        browser.screenshot("instrument-view-ministry");

        // In the list: the language by its name in the reader's language, the stages, the count, today's date.
        browser.go("/achievement/instruments.xhtml");
        String row = row(name);
        assertTrue(row.contains("Tiếng H'Mông") && row.contains(Messages.format(VI, "achievement.area.READING")), row);
        assertTrue(row.contains(Messages.format(VI, "stage.GRADE_1")) && row.contains(Messages.format(VI, "stage.GRADE_2")), row);
        assertTrue(row.contains(today(VI)), row + " should show " + today(VI));
        browser.screenshot("instruments-list-ministry");
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhyAtEachField() {
        String name = Fixtures.unique("EGMA thử ");
        int before = api.as("ministry").get("api/instruments").array().size();
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/achievement/instrument-edit.xhtml");
        browser.type(By.id(FORM + ":name"), name);
        choose(FORM + ":area", "MATHEMATICS");
        choose(FORM + ":language", "km");
        stage("GRADE_1");
        choose(subtask(0, "skill"), "ADDITION");
        choose(subtask(0, "kind"), "OUT_OF");
        browser.type(By.id(subtask(0, "items")), "0");
        browser.type(By.id(benchmark(0, 0, "approachingFrom")), "5");
        browser.type(By.id(benchmark(0, 0, "meetingFrom")), "3");

        // A second subtask, moved above the first and back, then removed: the rows keep their values.
        browser.click(By.id(FORM + ":addSubtask"));
        choose(subtask(1, "skill"), "SUBTRACTION");
        browser.click(By.id(subtask(1, "moveUp")));
        assertEquals("SUBTRACTION", selected(subtask(0, "skill")));
        assertEquals("ADDITION", selected(subtask(1, "skill")));
        assertEquals("0", value(subtask(1, "items")));
        browser.click(By.id(subtask(0, "moveDown")));
        assertEquals("ADDITION", selected(subtask(0, "skill")));
        browser.click(By.id(subtask(1, "remove")));
        assertFalse(browser.isPresent(By.id(subtask(1, "skill"))));

        browser.click(By.id(FORM + ":save"));
        assertEquals("/achievement/instrument-edit.xhtml", browser.path(), "still on the form");
        assertEquals(Messages.format(VI, "validation.achievement.itemsRange", Map.of("max", 1000)), error(subtask(0, "items")));
        assertEquals(Messages.format(VI, "validation.achievement.benchmarkOrder"), error(benchmark(0, 0, "meetingFrom")));
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(VI, "error.validation.detail", 2)),
                browser.text(By.id("messages")));
        assertEquals(name, value(FORM + ":name"), "everything typed stays");
        assertEquals("MATHEMATICS", selected(FORM + ":area"));
        assertEquals("km", selected(FORM + ":language"));
        assertEquals("ADDITION", selected(subtask(0, "skill")));
        assertEquals("OUT_OF", selected(subtask(0, "kind")));
        assertEquals("0", value(subtask(0, "items")));
        assertEquals("5", value(benchmark(0, 0, "approachingFrom")));
        assertEquals("3", value(benchmark(0, 0, "meetingFrom")));
        assertEquals(before, api.as("ministry").get("api/instruments").array().size(), "nothing saved");
        browser.screenshot("instrument-refused");

        // Corrected, it saves.
        browser.type(By.id(subtask(0, "items")), "10");
        browser.type(By.id(benchmark(0, 0, "meetingFrom")), "8");
        browser.clickAndLoad(By.id(FORM + ":save"));
        assertEquals(10, byName(name).getJsonArray("subtasks").getJsonObject(0).getInt("items"));
    }

    @Test
    void aNewVersionLeavesTheEarlierOneAsItWas() {
        long v1Id = create(Fixtures.unique("EGRA tiếng Khmer thử ")).getJsonNumber("id").longValue();
        JsonObject v1 = api.as("ministry").get("api/instruments/" + v1Id).json();
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/achievement/instrument.xhtml?id=" + v1Id);
        browser.clickAndLoad(By.id("newVersion"));
        assertEquals("/achievement/instrument-edit.xhtml?from=" + v1Id, browser.path());
        assertEquals(v1.getString("name"), value(FORM + ":name"), "prefilled from the version");
        assertEquals(v1.getString("series"), browser.text(By.id("series")));
        assertFalse(browser.find(By.id(FORM + ":language")).isEnabled(), "a new version keeps the language");
        assertEquals("LETTER_SOUNDS", selected(subtask(0, "skill")));
        assertEquals("60", value(subtask(0, "seconds")));
        assertEquals("20", value(benchmark(0, 0, "meetingFrom")), "20.00 as one would type it");
        assertEquals("READING_COMPREHENSION", selected(subtask(1, "skill")));

        browser.type(By.id(subtask(0, "items")), "80");
        browser.type(By.id(benchmark(0, 0, "meetingFrom")), "25");
        browser.clickAndLoad(By.id(FORM + ":save"));

        List<JsonObject> series = api.as("ministry").get("api/instruments").array().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("series").equals(v1.getString("series"))).toList();
        assertEquals(2, series.size(), series.toString());
        JsonObject v2 = series.get(0);
        assertEquals(2, v2.getInt("version"), "newest first");
        assertNotEquals(v1Id, v2.getJsonNumber("id").longValue());
        assertEquals("/achievement/instrument.xhtml?id=" + v2.getJsonNumber("id").longValue(), browser.path());
        assertEquals(80, v2.getJsonArray("subtasks").getJsonObject(0).getInt("items"));
        assertEquals(0, new java.math.BigDecimal("25").compareTo(v2.getJsonArray("subtasks").getJsonObject(0)
                .getJsonArray("benchmarks").getJsonObject(0).getJsonNumber("meetingFrom").bigDecimalValue()));
        assertEquals(v1, api.as("ministry").get("api/instruments/" + v1Id).json(), "version 1 unchanged");
        assertEquals(v1, series.get(1));

        // The list shows the series once, by its latest version, with version 1 reachable.
        browser.go("/achievement/instruments.xhtml");
        String row = row(v1.getString("name"));
        assertTrue(row.contains(Messages.format(VI, "achievement.instrument.versionNumber", 2)), row);
        browser.clickAndLoad(By.xpath("//a[contains(@class,'earlier-version') and contains(@href,'id=" + v1Id + "')]"));
        assertEquals("/achievement/instrument.xhtml?id=" + v1Id, browser.path());
        assertTrue(browser.isPresent(By.id("newerVersion")), "an earlier version says a newer one exists");
        assertEquals(2, browser.findAll(By.cssSelector("#versions_data > tr")).size());
        browser.screenshot("instrument-earlier-version");
    }

    @Test
    void anOfficerReadsTheInstrumentsButCannotChangeThem() {
        long id = create(Fixtures.unique("EGRA Jrai thử ")).getJsonNumber("id").longValue();
        browser.go("/login.xhtml").signIn("officer.gialai", Api.PASSWORD);
        browser.go("/achievement/instruments.xhtml");
        assertTrue(browser.isPresent(By.id("instruments")), browser.pageText());
        assertFalse(browser.isPresent(By.id("newInstrument")), "no new-instrument button for officers");
        browser.go("/achievement/instrument.xhtml?id=" + id);
        assertTrue(browser.isPresent(By.id("benchmarkTable")), browser.pageText());
        assertFalse(browser.isPresent(By.id("newVersion")), "no new-version action for officers");
        browser.go("/achievement/instrument-edit.xhtml?from=" + id);
        assertTrue(browser.isPresent(By.id("error-403")), browser.pageText());
        browser.go("/achievement/instrument-edit.xhtml");
        assertTrue(browser.isPresent(By.id("error-403")), browser.pageText());
    }

    @Test
    void delegationGuestsAndAdministratorsAreRefused() {
        long id = create(Fixtures.unique("EGRA thử khách ")).getJsonNumber("id").longValue();
        for (String user : List.of("delegation", "admin")) {
            browser.forgetEverything().go("/login.xhtml").signIn(user, Api.PASSWORD);
            for (String page : List.of("/achievement/instruments.xhtml", "/achievement/instrument.xhtml?id=" + id,
                    "/achievement/instrument-edit.xhtml")) {
                browser.go(page);
                assertTrue(browser.isPresent(By.id("error-403")), user + " on " + page + ": " + browser.pageText());
            }
        }
    }

    @Test
    void thePagesFitAPhoneScreen() {
        long id = create(Fixtures.unique("EGRA hẹp ")).getJsonNumber("id").longValue();
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.windowSize(360, 780);
        assertFits("/achievement/instrument-edit.xhtml?from=" + id, "instrumentForm", FORM + ":save", FORM + ":addSubtask",
                benchmark(1, 0, "meetingFrom"), subtask(1, "remove"));
        browser.script("document.getElementById(arguments[0]).scrollIntoView();", subtask(0, "skill"));
        browser.screenshot("instrument-edit-360");
        assertFits("/achievement/instrument.xhtml?id=" + id, "instrumentDetails", "benchmarks");
        browser.screenshot("instrument-view-360");
        assertFits("/achievement/instruments.xhtml", "instruments");
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void twoNewInstrumentsOfTheSameNameAreTwoSeries() {
        String name = Fixtures.unique("EGRA cùng tên ");
        long firstId = create(name).getJsonNumber("id").longValue();
        JsonObject first = api.as("ministry").get("api/instruments/" + firstId).json();
        JsonObject second = create(name);
        assertNotEquals(first.getString("series"), second.getString("series"));
        assertEquals(1, second.getInt("version"), "a new instrument, not a new version of the other");
        assertEquals(first, api.as("ministry").get("api/instruments/" + firstId).json(), "the first one unchanged");
        Api.Reply officer = api.as("officer.laocai").post("api/instruments", body(name));
        assertEquals(403, officer.status(), officer::toString);
    }

    @Test
    void theListCostsTheSameWhateverItsLength() {
        create(Fixtures.unique("EGRA đếm "));
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        String cookies = "JSESSIONID=" + browser.cookie("JSESSIONID");
        java.util.function.Supplier<Integer> page = () -> RawHttp.get(url, "/achievement/instruments.xhtml", cookies).status();
        java.util.function.Supplier<Integer> list = () -> api.as("ministry").get("api/instruments").status();
        assertEquals(200, page.get());
        assertEquals(200, list.get());
        long pageBefore = statements(page);
        long listBefore = statements(list);
        for (int i = 0; i < 3; i++) {
            create(Fixtures.unique("EGRA đếm "));
        }
        assertEquals(pageBefore, statements(page), "the list page: no query per instrument");
        assertEquals(listBefore, statements(list), "the API's list: no query per instrument");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** How many SQL statements {@code request} costs in the server (see vn.mtbbe.it.server.StatementCounter). */
    private long statements(java.util.function.Supplier<Integer> request) {
        assertEquals(204, api.delete("test/statements").status());
        assertEquals(200, request.get());
        return Long.parseLong(api.get("test/statements").body().strip());
    }

    /** Creates an instrument through the API: a timed letter-sounds subtask and a reading-comprehension one. */
    private JsonObject create(String name) {
        Api.Reply reply = api.as("ministry").post("api/instruments", body(name));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static String body(String name) {
        return """
                {"name":"%s","area":"READING","language":"km","stages":["GRADE_1","GRADE_2"],"subtasks":[
                 {"skill":"LETTER_SOUNDS","kind":"TIMED","items":100,"seconds":60,"sample":"ក ខ គ ឃ ង",
                  "benchmarks":[{"stage":"GRADE_1","approachingFrom":10,"meetingFrom":20},
                                {"stage":"GRADE_2","approachingFrom":20,"meetingFrom":35.5}]},
                 {"skill":"READING_COMPREHENSION","kind":"OUT_OF","items":5,
                  "benchmarks":[{"stage":"GRADE_2","approachingFrom":2,"meetingFrom":4}]}]}""".formatted(name);
    }

    private JsonObject byName(String name) {
        return api.as("ministry").get("api/instruments").array().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static String subtask(int row, String input) {
        return FORM + ":subtasks:" + row + ":" + input;
    }

    private static String benchmark(int row, int stage, String input) {
        return FORM + ":subtasks:" + row + ":benchmarks:" + stage + ":" + input;
    }

    /** Chooses in a select and waits for the Ajax it may start. */
    private void choose(String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
        browser.idle();
    }

    private String selected(String id) {
        return new Select(browser.find(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /** Ticks a stage (by its label, as a person would) and waits for the benchmark pairs to follow. */
    private void stage(String stage) {
        browser.click(By.xpath("//*[@id='" + FORM + ":stages']//label[normalize-space()='"
                + Messages.format(VI, "stage." + stage) + "']"));
        browser.waitFor(d -> browser.isPresent(By.cssSelector("tr[data-stage='" + stage + "']")));
    }

    private List<String> benchmarkStages(int row) {
        return browser.findAll(By.cssSelector("fieldset[data-position='" + (row + 1) + "'] tr[data-stage]")).stream()
                .map(e -> e.getAttribute("data-stage")).toList();
    }

    /** The message shown at the input {@code id}. */
    private String error(String id) {
        return browser.text(By.xpath("//*[@id='" + id + "']/ancestor::*[contains(@class,'form-field') or self::td][1]"
                + "//*[contains(@class,'ui-message-error-summary')]"));
    }

    /** The text of the list's row for the instrument named {@code name}. */
    private String row(String name) {
        return browser.find(By.xpath("//a[contains(@class,'instrument-name') and normalize-space()='" + name + "']/ancestor::tr[1]")).getText();
    }

    private static String today(ULocale locale) {
        SimpleDateFormat format = new SimpleDateFormat(DateTimePatternGenerator.getInstance(locale).getBestPattern("yyyyMMdd"), locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(Api.today().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Each of {@code ids} on {@code page}, and everything else in the page's content, ends inside the screen. */
    private void assertFits(String page, String... ids) {
        browser.go(page);
        long width = ((Number) browser.script("return window.innerWidth;")).longValue();
        for (String id : ids) {
            Number right = (Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
            assertTrue(right.doubleValue() <= width, page + ": " + id + " ends at " + right + " px on a " + width + "-px screen");
        }
        // Nothing of the page's own content reaches past the screen (a table may scroll inside its own box).
        Object tooWide = browser.script("return Array.from(document.querySelectorAll('.app-main *'))"
                + ".filter(e => !e.parentElement.closest('.table-scroll'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
        assertEquals(List.of(), tooWide, page + " on a " + width + "-px screen");
    }
}
