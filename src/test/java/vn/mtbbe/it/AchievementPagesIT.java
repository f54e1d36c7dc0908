package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score entry page in a real browser: an officer enters a class's results with the keyboard alone, a refused
 * field keeps its value and says why in its cell, an absence is entered as such; the sittings page lists the class as
 * waiting until then; ministry staff read without entering; guests are refused.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AchievementPagesIT {

    static final ULocale VI = new ULocale("vi");

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void anOfficerEntersAClassesScoresWithTheKeyboardAndARefusedFieldKeepsItsValue() {
        Api api = Api.at(url);
        AchievementFixture a = AchievementFixture.create(api, Fixtures.LAO_CAI, 3);
        browser.go("/login.xhtml").signIn(a.officer(), Api.PASSWORD);
        browser.go("/achievement/sittings.xhtml");
        assertTrue(browser.text(By.id("waitingTable")).contains("2A"), "the class waits for results");
        browser.go("/achievement/entry.xhtml?sitting=" + a.sitting() + "&class=" + a.classId());
        List<String> order = browser.findAll(By.cssSelector("#entryGrid tbody tr")).stream()
                .map(r -> r.getAttribute("data-pupil")).toList();
        assertEquals(3, order.size());

        // A row holds: absent box, fluency score, fluency seconds, comprehension score. The first box has the focus.
        browser.press(Keys.ARROW_RIGHT, "3", "0", Keys.ARROW_RIGHT, "4", "0", Keys.ARROW_RIGHT, "4");
        browser.press(Keys.ARROW_DOWN, "9");                                      // 9 of 5 questions: refused
        browser.press(Keys.ARROW_LEFT, Keys.ARROW_LEFT, "2", "0", "x");           // letters other than a are not typed
        browser.press(Keys.ARROW_DOWN, "a");                                      // the third pupil missed the reading
        browser.screenshot("achievement-entry-keys");
        browser.pressAndLoad(Keys.ENTER);

        assertTrue(browser.text(By.id("messages")).contains(Messages.format(VI, "achievement.notSaved", 1)),
                browser.text(By.id("messages")));
        assertEquals("9", value(order.get(1), 1), "the refused field keeps what was typed");
        assertEquals("Điểm từ 0 đến 5.", browser.text(By.cssSelector("tr[data-pupil='" + order.get(1)
                + "'] .score-cell.cell-error .cell-message")));
        assertEquals("30", value(order.get(0), 0));
        assertEquals("40", browser.find(By.cssSelector("tr[data-pupil='" + order.get(0) + "'] .seconds-input"))
                .getAttribute("value"));
        assertEquals("20", value(order.get(1), 0));
        assertEquals("A", value(order.get(2), 0));
        assertTrue(AchievementApiIT.results(api.as(a.officer()).get(a.path()).json()).isEmpty(), "nothing saved");

        // Put it right and save with Ctrl+S.
        org.openqa.selenium.WebElement refused = browser.findAll(By.cssSelector("tr[data-pupil='" + order.get(1)
                + "'] .score-input")).get(1);
        refused.click();
        browser.script("arguments[0].select();", refused);
        browser.press("3");
        browser.pressCtrlAndLoad("s");
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(VI, "achievement.saved")), browser.text(By.id("messages")));
        Map<String, jakarta.json.JsonObject> saved = AchievementApiIT.results(api.as(a.officer()).get(a.path()).json());
        assertEquals(40, saved.get(order.get(0) + "/" + a.fluency()).getInt("seconds"));
        assertEquals(30, saved.get(order.get(0) + "/" + a.fluency()).getInt("score"));
        assertEquals(3, saved.get(order.get(1) + "/" + a.comprehension()).getInt("score"));
        assertTrue(saved.get(order.get(2) + "/" + a.fluency()).getBoolean("absent"));
        assertEquals(5, saved.size());
        // 30 words in 40 seconds: 45.0 a minute, meeting the grade-2 benchmark — in Vietnamese, "45,0".
        String derived = browser.text(By.cssSelector("tr[data-pupil='" + order.get(0) + "'] .score-cell .derived"));
        assertTrue(derived.contains("45,0") && derived.contains(Messages.format(VI, "achievement.band.MEETING")), derived);

        browser.go("/achievement/sitting.xhtml?id=" + a.sitting());
        assertTrue(browser.text(By.id("classes")).contains(Messages.format(VI, "achievement.state.waiting")),
                "one pupil still has no comprehension result");
    }

    @Test
    void ministryStaffReadTheResultsAndGuestsAreRefused() {
        Api api = Api.at(url);
        AchievementFixture a = AchievementFixture.create(api, Fixtures.TRA_VINH, 2);
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "12"),
                a.result(1, 'f', "A"))).status());
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/achievement/entry.xhtml?sitting=" + a.sitting() + "&class=" + a.classId());
        assertFalse(browser.isPresent(By.cssSelector("#entryGrid .score-input")), "no entry for ministry staff");
        assertFalse(browser.isPresent(By.id("entry:save")));
        assertTrue(browser.text(By.id("entryGrid")).contains("12"));
        browser.go("/classes/view.xhtml?id=" + a.classId());
        browser.clickAndLoad(By.id("classResults"));
        String results = browser.text(By.id("classResults"));
        assertTrue(results.contains("12,0") && results.contains(Messages.format(VI, "achievement.skill.ORAL_READING_FLUENCY")),
                results);
        browser.go("/achievement/sittings.xhtml");
        assertTrue(browser.isPresent(By.id("sittingForm")), "ministry staff create sittings");
        assertTrue(browser.text(By.id("sittings")).contains(api.as("ministry").get("api/sittings/" + a.sitting()).json()
                .getString("name")));

        browser.forgetEverything().go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        browser.go("/achievement/entry.xhtml?sitting=" + a.sitting() + "&class=" + a.classId());
        assertEquals(Messages.format(VI, "error.forbidden.title"), browser.text(By.cssSelector("h1.page-title")));
    }

    @Test
    void aPhoneScreenHoldsTheEntryPage() {
        Api api = Api.at(url);
        AchievementFixture a = AchievementFixture.create(api, Fixtures.GIA_LAI, 2);
        browser.go("/login.xhtml").signIn(a.officer(), Api.PASSWORD);
        browser.windowSize(360, 780);
        browser.go("/achievement/entry.xhtml?sitting=" + a.sitting() + "&class=" + a.classId());
        long width = ((Number) browser.script("return window.innerWidth;")).longValue();
        for (String id : List.of("entry:save", "entryLegend")) {
            Number right = (Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
            assertTrue(right.doubleValue() <= width, id + " ends at " + right + " px on a " + width + "-px screen");
        }
        Number scroll = (Number) browser.script("var s = document.querySelector('.table-scroll'); "
                + "return s.getBoundingClientRect().right;");
        assertTrue(scroll.doubleValue() <= width, "the grid scrolls inside its frame");
        browser.screenshot("achievement-entry-360");
    }

    @Test
    void aPupilsLearningProfileShowsTheirResultsAndTheirReadingBandsOverTime() {
        Api api = Api.at(url);
        AchievementFixture a = AchievementFixture.create(api, Fixtures.LAO_CAI, 1);
        assertEquals(200, api.as(a.officer()).put(a.path(), AchievementFixture.body(a.result(0, 'f', "30/40"),
                a.result(0, 'c', "A"))).status());
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + a.pupil(0));
        browser.clickAndLoad(By.id("learningProfile"));
        String table = browser.text(By.id("profile"));
        assertTrue(table.contains("30/60") && table.contains("45,0") && table.contains(Messages.format(VI, "achievement.absent")),
                table);
        assertTrue(browser.isPresent(By.cssSelector("#fluencyChart canvas")), "the chart is drawn");
        assertTrue(browser.text(By.id("scaleNote")).contains(Messages.format(VI, "achievement.acrossLanguages")));
        browser.screenshot("achievement-profile");
    }

    /** The typed value of a pupil's score cell, by subtask column (0 fluency, 1 comprehension). */
    private String value(String pupil, int column) {
        return browser.findAll(By.cssSelector("tr[data-pupil='" + pupil + "'] .score-input")).get(column).getAttribute("value");
    }
}
