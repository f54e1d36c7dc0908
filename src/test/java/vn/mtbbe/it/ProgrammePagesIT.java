package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme pages in a real browser: the list, a programme's schedule grid with the picture of its
 * transition and its versions, and the schedule editor, in the roles that use them.
 * <p>
 * Only the H'mong programme is changed, and only by versions for cohorts starting next school year or
 * later: what is in force this year (which ProgrammeApiIT and the demo cohorts read) stays as it was. The
 * Khmer programme, whose versions ProgrammeApiIT counts, is never touched. The tests run in order because
 * the stale-form test saves a version for the year after next, which the editor then no longer lets a
 * version reach back before.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammePagesIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    Browser browser;
    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    @Order(1)
    void ministryReadsTheScheduleAsAGridWithItsTransition() {
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/programmes/list.xhtml");
        List<WebElement> names = browser.findAll(By.cssSelector("#programmesForm\\:programmes_data a.name-link"));
        assertTrue(names.size() >= 3, browser.pageText());
        assertTrue(browser.isPresent(By.id("newProgramme")), "ministry staff create programmes");
        browser.screenshot("programmes-list-ministry");

        String hmong = programme("hmn");
        browser.clickAndLoad(By.xpath("//a[contains(@class,'name-link') and contains(@href,'id=" + hmong + "')]"));
        assertEquals("/programmes/view.xhtml?id=" + hmong, browser.path());
        assertEquals("MOTHER_TONGUE", mode("GRADE_1/MATHEMATICS"));
        assertEquals("BILINGUAL", mode("GRADE_2/MATHEMATICS"));
        assertEquals("VIETNAMESE", mode("GRADE_3/MATHEMATICS"));
        assertEquals(Messages.format(VI, "mode.VIETNAMESE"), cellText("GRADE_3/MATHEMATICS"), "the language in words, not colour alone");
        assertTrue(browser.isPresent(By.cssSelector("th.stage-switching[data-stage='GRADE_3']")), "grade 3 is where core subjects switch");
        // Seven subjects: in grade 1 only Vietnamese (as a subject) is in Vietnamese, in grade 3 all but the mother tongue.
        assertEquals(percent(VI, 1.0 / 7), share("GRADE_1"));
        assertEquals(percent(VI, 6.0 / 7), share("GRADE_3"));
        String grade3 = switches("GRADE_3");
        assertTrue(grade3.startsWith(Messages.format(VI, "stage.GRADE_3") + ":"), grade3);
        assertTrue(grade3.contains(Messages.format(VI, "schedule.switch.mode.VIETNAMESE")), grade3);
        assertTrue(browser.isPresent(By.id("editSchedule")));
        int current = api.as("ministry").get("api/programmes/" + hmong + "/schedule").json().getInt("version");
        assertEquals(Messages.format(VI, "schedule.version.number", current), browser.text(By.id("shownVersion")),
                "by default the version in force for cohorts starting this year");
        browser.screenshot("programme-view-ministry");
    }

    @Test
    @Order(2)
    void ministryChangesTheScheduleForNextYearsCohorts() {
        String hmong = programme("hmn");
        JsonObject before = api.as("ministry").get("api/programmes/" + hmong + "/schedule").json();
        List<JsonObject> earlier = versions(hmong);
        int nextYear = Integer.parseInt(Api.nextSchoolYear().substring(0, 4));
        // Saved for next year's cohorts: a correction when the newest version is already next year's, else a new one.
        boolean correction = earlier.get(earlier.size() - 1).getInt("validFromYear") == nextYear;

        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/programmes/view.xhtml?id=" + hmong);
        browser.clickAndLoad(By.id("editSchedule"));
        assertTrue(browser.path().startsWith("/programmes/edit.xhtml?id=" + hmong), browser.path());
        assertEquals(String.valueOf(nextYear), new Select(browser.find(By.id("scheduleForm:validFromYear")))
                .getFirstSelectedOption().getAttribute("value"), "by default for cohorts starting next school year");
        assertEquals("MOTHER_TONGUE", editorMode("GRADE_1/MATHEMATICS"), "pre-filled from the newest version");

        // A core subject without a language: refused whole, the cell marked, the reason in words.
        choose("GRADE_1/MATHEMATICS", "");
        assertEquals(percent(VI, 1.0 / 6), share("GRADE_1"), "the preview counts the subjects taught");
        browser.click(By.id("scheduleForm:save"));
        assertTrue(browser.path().startsWith("/programmes/edit.xhtml"), browser.path());
        String problems = browser.text(By.id("scheduleProblems"));
        // Subject and stage named in the reader's language (the subject's Vietnamese name is reference data).
        assertTrue(problems.contains(Messages.format(VI, "validation.schedule.coreWithoutLanguage",
                Map.of("subject", "Toán", "stage", Messages.format(VI, "stage.GRADE_1")))), problems);
        assertTrue(browser.find(By.cssSelector("td[data-cell='GRADE_1/MATHEMATICS']")).getAttribute("class").contains("cell-problem"));
        assertFalse(browser.find(By.cssSelector("td[data-cell='GRADE_2/MATHEMATICS']")).getAttribute("class").contains("cell-problem"));
        assertEquals(earlier.size(), versions(hmong).size(), "nothing saved");
        assertEquals("", editorMode("GRADE_1/MATHEMATICS"), "the reader's edit stays on the form");
        assertEquals(0L, ((Number) browser.script("return Math.round(window.scrollY);")).longValue(),
                "the reader is taken to the message");
        browser.screenshot("schedule-edit-refused");

        // Put it back, and teach social studies bilingually in grade 3: the preview moves the switch to grade 4.
        choose("GRADE_1/MATHEMATICS", "MOTHER_TONGUE");
        assertFalse(browser.isPresent(By.cssSelector("#transitionChanges li[data-stage='GRADE_4']")));
        choose("GRADE_3/SOCIAL_STUDIES", "BILINGUAL");
        assertTrue(browser.isPresent(By.cssSelector("#transitionChanges li[data-stage='GRADE_4']")),
                "the transition picture follows the edits");
        new Select(browser.find(By.id("scheduleForm:validFromYear"))).selectByValue(String.valueOf(nextYear));
        browser.type(By.id("scheduleForm:note"), "Xã hội song ngữ ở lớp 3");
        browser.screenshot("schedule-edit-changed");
        browser.clickAndLoad(By.id("scheduleForm:save"));

        List<JsonObject> after = versions(hmong);
        JsonObject saved = after.get(after.size() - 1);
        assertEquals(nextYear, saved.getInt("validFromYear"));
        assertEquals("/programmes/view.xhtml?id=" + hmong + "&version=" + saved.getInt("version"), browser.path());
        assertTrue(browser.pageText().contains(Messages.format(VI, "schedule.edit.saved", saved.getInt("version"),
                Messages.format(VI, "schedule.schoolYear", nextYear, nextYear + 1))), browser.pageText());
        assertEquals("BILINGUAL", mode("GRADE_3/SOCIAL_STUDIES"));
        assertEquals(Messages.format(VI, "schedule.version.status.UPCOMING"), browser.text(By.id("shownStatus")));
        assertTrue(browser.text(By.id("versions")).contains("Xã hội song ngữ ở lớp 3"));
        browser.screenshot("schedule-saved");

        JsonObject inForce = api.as("ministry").get("api/programmes/" + hmong + "/schedule").json();
        assertEquals(before.getInt("version"), inForce.getInt("version"), "cohorts starting this year keep their version");
        assertEquals("VIETNAMESE", entry(inForce.getJsonArray("entries"), "GRADE_3", "SOCIAL_STUDIES"));
        assertEquals("BILINGUAL", entry(saved.getJsonArray("entries"), "GRADE_3", "SOCIAL_STUDIES"));
        assertEquals(correction ? earlier.size() : earlier.size() + 1, after.size(),
                correction ? "a correction of next year's version" : "a new version");
        assertEquals(correction ? earlier.get(earlier.size() - 1).getInt("version") : earlier.get(earlier.size() - 1).getInt("version") + 1,
                saved.getInt("version"));

        browser.go("/programmes/view.xhtml?id=" + hmong);
        assertEquals("VIETNAMESE", mode("GRADE_3/SOCIAL_STUDIES"), "by default the version in force this year");
        assertEquals(after.size(), browser.findAll(By.cssSelector("#versions_data > tr")).size(), "every version in the history");
    }

    @Test
    @Order(3)
    void aVersionSavedMeanwhileIsNotOverwritten() {
        String hmong = programme("hmn");
        int yearAfterNext = Integer.parseInt(Api.nextSchoolYear().substring(0, 4)) + 1;
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/programmes/edit.xhtml?id=" + hmong);
        choose("GRADE_4/ARTS", "VIETNAMESE");

        String first = browser.openTab();
        browser.go("/programmes/edit.xhtml?id=" + hmong);
        new Select(browser.find(By.id("scheduleForm:validFromYear"))).selectByValue(String.valueOf(yearAfterNext));
        browser.clickAndLoad(By.id("scheduleForm:save"));
        int saved = versions(hmong).size();
        browser.closeTabFor(first);

        browser.click(By.id("scheduleForm:save"));
        assertTrue(browser.path().startsWith("/programmes/edit.xhtml"), browser.path());
        assertEquals(Messages.format(VI, "error.stale.title"), browser.text(By.cssSelector("#messages .ui-messages-error-summary")));
        assertEquals("VIETNAMESE", editorMode("GRADE_4/ARTS"), "the reader's edits stay on the form");
        assertEquals(saved, versions(hmong).size(), "nothing overwritten");
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(VI, "error.stale.schedule",
                versions(hmong).get(saved - 1).getInt("version"), "ministry")), browser.text(By.id("messages")));
        browser.screenshot("schedule-stale-refused");
    }

    @Test
    @Order(4)
    void ministryCreatesAProgrammeInTheDialog() {
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/programmes/list.xhtml");
        browser.click(By.id("newProgramme"));
        browser.waitFor(d -> browser.find(By.id("newProgrammeForm:name")).isDisplayed());
        browser.click(By.id("newProgrammeForm:create"));
        assertEquals(Messages.format(VI, "validation.required"), dialogError("name"));
        assertEquals(Messages.format(VI, "validation.required"), dialogError("motherTongue"));
        browser.screenshot("programme-new-invalid");

        // Named to sort after the demo programmes, which other tests pick by language.
        String name = "Thử nghiệm chương trình " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("newProgrammeForm:name"), name);
        browser.script("PF('widget_newProgrammeForm_motherTongue').selectValue('jra');");
        browser.clickAndLoad(By.id("newProgrammeForm:create"));
        assertTrue(browser.path().startsWith("/programmes/view.xhtml?id="), browser.path());
        assertEquals(name, browser.text(By.cssSelector("h1.page-title")));
        assertTrue(browser.isPresent(By.id("noSchedule")), "a new programme has no schedule yet");
        assertTrue(browser.pageText().contains(Messages.format(VI, "programme.new.created")));

        // Named in Chinese on its page: Chinese readers see that name, the others its own.
        browser.type(By.cssSelector("#programmeNames input[data-language='zh']"), "测试项目");
        browser.clickAndLoad(By.id("names:saveNames"));
        assertTrue(browser.pageText().contains(Messages.format(VI, "programme.names.saved")), browser.pageText());
        assertEquals("测试项目", browser.find(By.cssSelector("#programmeNames input[data-language='zh']")).getAttribute("value"));
        browser.language("zh");
        assertEquals("测试项目", browser.text(By.cssSelector("h1.page-title")));
        browser.language("en");
        assertEquals(name, browser.text(By.cssSelector("h1.page-title")), "no English name: its own");
        browser.language("vi");
    }

    @Test
    @Order(5)
    void anOfficerReadsTheScheduleButCannotChangeIt() {
        String hmong = programme("hmn");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/programmes/list.xhtml");
        assertFalse(browser.isPresent(By.id("newProgramme")));
        browser.go("/programmes/view.xhtml?id=" + hmong);
        assertTrue(browser.isPresent(By.id("scheduleGrid")), browser.pageText());
        assertFalse(browser.isPresent(By.id("editSchedule")), "no edit button for officers");
        browser.go("/programmes/edit.xhtml?id=" + hmong);
        assertTrue(browser.isPresent(By.id("error-403")), browser.pageText());
        browser.screenshot("programme-edit-officer-403");
    }

    @Test
    @Order(6)
    void aDelegationGuestSeesNoProgrammes() {
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        assertFalse(browser.isPresent(By.id("nav-programmes")));
        browser.go("/programmes/list.xhtml");
        assertTrue(browser.isPresent(By.id("error-403")), browser.pageText());
        browser.go("/programmes/view.xhtml?id=" + programme("hmn"));
        assertTrue(browser.isPresent(By.id("error-403")), browser.pageText());
    }

    @Test
    @Order(7)
    void thePagesSpeakEnglish() {
        String hmong = programme("hmn");
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/programmes/list.xhtml").language("en");
        assertEquals("Programmes", browser.text(By.cssSelector("h1.page-title")));
        String headers = browser.text(By.cssSelector("#programmesForm\\:programmes thead"));
        assertTrue(headers.contains(Messages.format(EN, "programme.motherTongue")), headers);
        assertTrue(headers.contains(Messages.format(EN, "programme.list.current", Api.currentSchoolYear().replace('-', '–'))), headers);
        browser.go("/programmes/view.xhtml?id=" + hmong);
        assertEquals("Grade 3", browser.text(By.cssSelector("#scheduleGrid th[data-stage='GRADE_3']")).lines().findFirst().orElseThrow());
        assertEquals("Vietnamese", cellText("GRADE_3/MATHEMATICS"));
        assertTrue(browser.text(By.id("transition")).contains(Messages.format(EN, "schedule.transition.share")));
        String grade3 = switches("GRADE_3");
        assertTrue(grade3.startsWith("Grade 3: ") && grade3.contains("Mathematics") && grade3.contains("switch to Vietnamese."), grade3);
        assertTrue(browser.text(By.id("versions")).contains("Saved by"));
        browser.screenshot("programme-view-en");
        browser.go("/programmes/edit.xhtml?id=" + hmong);
        assertTrue(browser.pageText().contains(Messages.format(EN, "schedule.edit.validFrom")));
        assertEquals(Messages.format(EN, "schedule.edit.cellFirst", "Mathematics", "Grade 2"),
                editor("GRADE_2/MATHEMATICS").getAttribute("aria-label"), "each select is labelled for screen readers");
        browser.screenshot("schedule-edit-en");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String programme(String language) {
        return api.as("ministry").get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("motherTongue").equals(language)).findFirst().orElseThrow().getString("id");
    }

    private List<JsonObject> versions(String programme) {
        return api.as("ministry").get("api/programmes/" + programme + "/schedule/versions").array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** The mode of a whole-year entry, or of semester 1, in {@code entries}. */
    private static String entry(JsonArray entries, String stage, String subject) {
        return entries.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("stage").equals(stage) && e.getString("subject").equals(subject))
                .findFirst().orElseThrow().getString("mode");
    }

    /** The mode a cell of the schedule grid shows ("SPLIT" or "NONE" otherwise). */
    private String mode(String cell) {
        return browser.find(By.cssSelector("#scheduleGrid td[data-cell='" + cell + "']")).getAttribute("data-mode");
    }

    private String cellText(String cell) {
        return browser.text(By.cssSelector("#scheduleGrid td[data-cell='" + cell + "']")).strip();
    }

    private String share(String stage) {
        return browser.text(By.cssSelector("#transitionTable td[data-stage='" + stage + "'] .share-value"));
    }

    private String switches(String stage) {
        return String.join("\n", browser.findAll(By.cssSelector("#transitionChanges li[data-stage='" + stage + "']"))
                .stream().map(WebElement::getText).map(String::strip).toList());
    }

    private WebElement editor(String cell) {
        return browser.find(By.cssSelector("#editorGrid td[data-cell='" + cell + "'] select[id$=':first']"));
    }

    private String editorMode(String cell) {
        return new Select(editor(cell)).getFirstSelectedOption().getAttribute("value");
    }

    /** Chooses a mode in the editor (whole year or semester 1) and waits for the preview to follow. */
    private void choose(String cell, String mode) {
        new Select(editor(cell)).selectByValue(mode);
        browser.idle();
    }

    /** The message at the input {@code id} of the new-programme dialog. */
    private String dialogError(String id) {
        return browser.text(By.xpath("//*[@id='newProgrammeForm:" + id + "']/ancestor::div[contains(@class,'form-field')]"
                + "//*[contains(@class,'ui-message-error-summary')]"));
    }

    private static String percent(ULocale locale, double value) {
        return com.ibm.icu.text.NumberFormat.getPercentInstance(locale).format(value);
    }
}
