package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The school page, the class page with planned against taught language, the departures report and the pupil's
 * transition panel, in a real browser. The tests work on a pilot school of their own in Gia Lai (created through
 * the API), so that other tests' instruction records and departures neither disturb nor are disturbed by them.
 * Its grade 3 class belongs to the cohort that started in grade 1 two years ago: under the Jrai programme's
 * gradual schedule that is a switching year (mathematics goes from bilingual to Vietnamese mid-year), while its
 * grade 5 class (an older cohort, the published schedule) changes nothing.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ClassPagesIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;
    static final String OFFICER = "officer.gialai";

    @ArquillianResource
    URL url;

    static Fixture fixture;

    Browser browser;

    /** The school, its classes and a pupil this class creates once for all its tests. */
    record Fixture(String school, String schoolName, String grade3, String grade5, String pupil) {
    }

    @BeforeEach
    void setUp() {
        if (fixture == null) {
            fixture = createFixture(Api.at(url));
        }
    }

    @Test
    void anOfficerRecordsWhatWasTaughtAndTheDepartureIsReported() {
        browser.go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);

        // From the school list to the school.
        browser.go("/schools/list.xhtml").type(By.id("schoolsForm:q"), fixture.school());
        By schoolLink = By.cssSelector("a.school-link[href*='code=" + fixture.school() + "']");
        browser.waitFor(d -> browser.isIdle() && browser.isPresent(schoolLink));
        browser.clickAndLoad(schoolLink);
        assertTrue(browser.path().startsWith("/schools/view.xhtml"), browser.path());
        assertEquals(fixture.school(), browser.text(By.id("schoolCode")));
        WebElement grade3 = classRow("3A");
        assertTrue(grade3.getText().contains(Messages.format(VI, "stage.GRADE_3")), grade3.getText());
        assertTrue(grade3.getText().contains(Messages.format(VI, "instruction.switchingYear")), grade3.getText());
        assertTrue(grade3.getText().contains(Messages.format(VI, "instruction.status.NOT_RECORDED")), grade3.getText());
        assertTrue(grade3.getText().contains("Toán"), "mathematics switches in grade 3: " + grade3.getText());
        WebElement grade5 = classRow("5A");
        assertFalse(grade5.getText().contains(Messages.format(VI, "instruction.switchingYear")), "nothing switches in grade 5");
        assertTrue(browser.isPresent(By.id("rollover")), "officers roll the year over from here");
        browser.screenshot("class-pages-school-officer");

        // The grade 3 class: planned modes, the switching year.
        browser.clickAndLoad(By.cssSelector("#classesForm\\:classes_data a.class-link[href*='id=" + fixture.grade3() + "']"));
        assertTrue(browser.path().startsWith("/classes/view.xhtml?id=" + fixture.grade3()), browser.path());
        assertEquals(Messages.format(VI, "mode.BILINGUAL"), plannedIn("MATHEMATICS", 1));
        assertEquals(Messages.format(VI, "mode.VIETNAMESE"), plannedIn("MATHEMATICS", 2));
        assertEquals(Messages.format(VI, "mode.BILINGUAL"), plannedIn("LITERACY", 1));
        assertTrue(browser.isPresent(By.id("switchingBadge")));
        assertTrue(browser.text(By.id("switching")).contains("Toán"), browser.text(By.id("switching")));
        assertEquals("BILINGUAL", selected("MATHEMATICS", 1), "the select starts at the plan");
        assertTrue(browser.text(By.id("nextYearTitle")).contains(Messages.format(VI, "stage.GRADE_4")));

        // Mathematics was still taught in the mother tongue in the first semester.
        new Select(line("MATHEMATICS", 1).findElement(By.tagName("select"))).selectByValue("MOTHER_TONGUE");
        browser.clickAndLoad(By.id("instructionForm:save"));
        assertTrue(browser.pageText().contains(Messages.format(VI, "instruction.saved")), browser.pageText());
        WebElement departing = line("MATHEMATICS", 1);
        assertTrue(departing.getAttribute("class").contains("row-departs"), departing.getAttribute("class"));
        assertTrue(departing.getText().contains(Messages.format(VI, "instruction.line.departs")), departing.getText());
        assertEquals("MOTHER_TONGUE", selected("MATHEMATICS", 1), "the record is shown after saving");
        assertTrue(line("MATHEMATICS", 2).getText().contains(Messages.format(VI, "instruction.line.asPlanned")));
        assertTrue(browser.text(By.id("classStatus")).contains(Messages.format(VI, "instruction.status.DEPARTS")));
        scrollTo("linesTitle");
        browser.screenshot("class-pages-class-departs");

        // The departures report of the officer's province lists it.
        browser.clickAndLoad(By.id("departures"));
        assertTrue(browser.path().startsWith("/classes/departures.xhtml"), browser.path());
        List<WebElement> mine = departureRows(fixture.grade3());
        assertEquals(1, mine.size(), "one subject-semester departs");
        String row = mine.get(0).getText();
        assertTrue(row.contains(fixture.schoolName()) && row.contains("Toán") && row.contains(Messages.format(VI, "mode.MOTHER_TONGUE"))
                && row.contains(Messages.format(VI, "mode.BILINGUAL")), row);
        assertFalse(browser.isPresent(By.id("departuresForm:province")), "an officer of one province has no province choice");
        browser.screenshot("class-pages-departures-officer");

        // Ministry staff see it too, and can narrow the report to a province.
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/classes/departures.xhtml");
        assertEquals(1, departureRows(fixture.grade3()).size());
        assertTrue(browser.isPresent(By.id("departuresForm:province")));
        browser.go("/classes/departures.xhtml?province=64");
        assertEquals(1, departureRows(fixture.grade3()).size());
        browser.go("/classes/departures.xhtml?province=10");
        assertEquals(0, departureRows(fixture.grade3()).size(), "another province");
        browser.go("/classes/view.xhtml?id=" + fixture.grade3());
        assertFalse(browser.isPresent(By.cssSelector("#instructionForm select")), "ministry staff review, officers record");
        assertFalse(browser.isPresent(By.id("instructionForm:save")));
        assertTrue(line("MATHEMATICS", 1).getText().contains(Messages.format(VI, "mode.MOTHER_TONGUE")));
        scrollTo("linesTitle");
        browser.screenshot("class-pages-class-ministry");
        String nextYear = browser.text(By.id("nextYear"));
        assertTrue(nextYear.contains("Toán") && nextYear.contains(Messages.format(VI, "instruction.changes")), nextYear);
        scrollTo("nextYearTitle");
        browser.screenshot("class-pages-class-next-year");

        // An officer of another province does not find the class.
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/classes/view.xhtml?id=" + fixture.grade3());
        assertTrue(browser.isPresent(By.id("error-404")), browser.pageText());
        browser.go("/schools/view.xhtml?code=" + fixture.school());
        assertTrue(browser.isPresent(By.id("error-404")), browser.pageText());
    }

    @Test
    void thePupilPageShowsTheTransition() {
        browser.go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + fixture.pupil());
        assertTrue(browser.isPresent(By.id("transitionPanel")));
        assertEquals("3A", browser.text(By.id("currentClass")));
        assertTrue(browser.find(By.id("currentClass")).getAttribute("href").contains("id=" + fixture.grade3()));
        assertEquals(Messages.format(VI, "stage.GRADE_3"), browser.text(By.id("currentStage")));
        assertTrue(browser.isPresent(By.id("pupilSwitchingBadge")));
        String table = browser.text(By.id("pupilTransition"));
        assertTrue(table.contains("Toán") && table.contains(Messages.format(VI, "stage.GRADE_4")), table);
        assertTrue(table.contains(Messages.format(VI, "instruction.changes")), "each switching subject says so: " + table);
        scrollTo("transitionTitle");
        browser.screenshot("class-pages-pupil-transition");

        browser.clickAndLoad(By.id("currentClass"));
        assertTrue(browser.path().startsWith("/classes/view.xhtml?id=" + fixture.grade3()), browser.path());
        assertTrue(browser.isPresent(By.cssSelector("#pupils a.pupil-link[href*='code=" + fixture.pupil() + "']")),
                "the class lists its pupil");
    }

    @Test
    void aClassWithoutASwitchIsConfirmedAsPlannedInEnglish() {
        browser.go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);
        browser.go("/classes/view.xhtml?id=" + fixture.grade5()).language("en");
        assertEquals(Messages.format(EN, "class.view.title", "5A"), browser.text(By.cssSelector("h1.page-title")));
        assertFalse(browser.isPresent(By.id("switchingBadge")));
        assertEquals(Messages.format(EN, "instruction.noSwitch"), browser.text(By.id("switching")));
        assertEquals(Messages.format(EN, "mode.VIETNAMESE"), plannedIn("MATHEMATICS", 2));
        assertTrue(browser.text(By.id("classStatus")).contains(Messages.format(EN, "instruction.status.NOT_RECORDED")));

        browser.clickAndLoad(By.id("instructionForm:confirmAll"));
        assertTrue(browser.pageText().contains(Messages.format(EN, "instruction.saved")), browser.pageText());
        assertTrue(browser.text(By.id("classStatus")).contains(Messages.format(EN, "instruction.status.AS_PLANNED")),
                browser.text(By.id("classStatus")));
        assertTrue(line("MATHEMATICS", 1).getText().contains(Messages.format(EN, "instruction.line.asPlanned")));
        scrollTo("linesTitle");
        browser.screenshot("class-pages-class-confirmed-en");

        browser.clickAndLoad(By.id("backToSchool"));
        assertTrue(classRow("5A").getText().contains(Messages.format(EN, "instruction.status.AS_PLANNED")), classRow("5A").getText());
    }

    @Test
    void administratorsSeeTheSchoolButNoClassesOrPupils() {
        browser.go("/login.xhtml").signIn("admin", Api.PASSWORD);
        browser.go("/schools/view.xhtml?code=" + fixture.school());
        assertEquals(fixture.school(), browser.text(By.id("schoolCode")));
        assertFalse(browser.isPresent(By.id("classesForm")), "classes lead to children's data");
        assertFalse(browser.isPresent(By.id("cohorts")));
        assertFalse(browser.isPresent(By.id("rollover")));
        browser.screenshot("class-pages-school-admin");
    }

    @Test
    void theDemoSchoolsAndPupilsShowWhereTheyStand() {
        Api api = Api.at(url).as("ministry");
        List<String> pilots = api.get("api/schools?designation=PILOT&province=84&size=100").items().stream()
                .map(s -> s.asJsonObject().getString("code")).toList();
        String comparison = api.get("api/schools?designation=COMPARISON&province=84&size=100").items().getJsonObject(0).getString("code");
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);

        browser.go("/schools/view.xhtml?code=" + pilots.get(0));
        assertFalse(browser.findAll(By.cssSelector("#classesForm\\:classes_data a.class-link")).isEmpty(), "a demo school has classes");
        assertFalse(browser.findAll(By.cssSelector("#cohorts_data a")).isEmpty(), "and cohorts");
        assertTrue(browser.isPresent(By.id("rollover")), "ministry staff may roll the year over (hand-overs across provinces)");
        assertFalse(browser.isPresent(By.id("openClass")), "but do not open classes");
        String pupil = api.get("api/pupils?school=" + pilots.get(0) + "&size=1").items().getJsonObject(0).getString("code");
        browser.go("/pupils/view.xhtml?code=" + pupil);
        assertTrue(browser.isPresent(By.id("transitionPanel")), browser.pageText());
        assertTrue(browser.isPresent(By.id("currentClass")) || browser.isPresent(By.id("noCurrentClass")));

        // A comparison school's pupils follow no transition schedule.
        String comparisonPupil = api.get("api/pupils?school=" + comparison + "&size=1").items().getJsonObject(0).getString("code");
        browser.go("/pupils/view.xhtml?code=" + comparisonPupil);
        assertTrue(browser.isPresent(By.id("transitionPanel")), browser.pageText());
        assertFalse(browser.isPresent(By.id("pupilTransition")), "no plan to show");
        browser.go("/schools/view.xhtml?code=" + comparison);
        assertTrue(browser.text(By.id("classesForm:classes")).contains(Messages.format(VI, "instruction.status.NO_PLAN")),
                browser.text(By.id("classesForm:classes")));
        browser.screenshot("class-pages-school-comparison");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Scrolls the element with {@code id} to the top of the window, for a screenshot of what lies below the fold. */
    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebElement classRow(String name) {
        return browser.findAll(By.cssSelector("#classesForm\\:classes_data tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.class-link")).isEmpty()
                        && r.findElement(By.cssSelector("a.class-link")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no class " + name + " in " + browser.pageText()));
    }

    /** The row of the instruction table for one subject and semester. */
    private WebElement line(String subject, int semester) {
        return browser.findAll(By.cssSelector("#instructionForm\\:lines_data tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("[data-subject='" + subject + "']")).isEmpty()
                        && !r.findElements(By.cssSelector("[data-semester='" + semester + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no line " + subject + "/" + semester));
    }

    private String plannedIn(String subject, int semester) {
        return line(subject, semester).findElement(By.cssSelector(".planned")).getText();
    }

    private String selected(String subject, int semester) {
        return new Select(line(subject, semester).findElement(By.tagName("select"))).getFirstSelectedOption().getAttribute("value");
    }

    private List<WebElement> departureRows(String classId) {
        return browser.findAll(By.cssSelector("#departuresForm\\:departures_data tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.class-link[href*='id=" + classId + "']")).isEmpty())
                .toList();
    }

    private static Fixture createFixture(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "CP" + suffix;
        String name = "Trường PTDTBT Ia Pếch " + suffix;
        String programme = api.as("ministry").get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("motherTongue").equals("jra")).findFirst().orElseThrow().getString("id");
        Api.Reply school = api.as("ministry").post("api/schools", """
                {"code":"%s","name":"%s","provinceCode":"64","district":"Ia Grai","level":"PRIMARY",
                 "designation":"PILOT","programmeLanguage":"jra","programmeId":"%s"}""".formatted(code, name, programme));
        assertEquals(201, school.status(), school::toString);
        String grade3 = createClass(api, code, "GRADE_3", "3A");
        String grade5 = createClass(api, code, "GRADE_5", "5A");
        Api.Reply pupil = api.as(OFFICER).post("api/pupils", """
                {"nativeName":"Rơ Mah H'Bia","vietnameseName":"Rơ Mah H'Bia","sex":"F","dateOfBirth":"%s",
                 "ethnicity":"JRAI","motherTongue":"jra","classId":"%s"}""".formatted(Api.today().minusYears(8), grade3));
        assertEquals(201, pupil.status(), pupil::toString);
        return new Fixture(code, name, grade3, grade5, pupil.json().getString("code"));
    }

    private static String createClass(Api api, String school, String stage, String name) {
        Api.Reply reply = api.as(OFFICER).post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"%s","name":"%s"}""".formatted(school, Api.currentSchoolYear(), stage, name));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }
}
