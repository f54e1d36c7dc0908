package vn.mtbbe.it;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArray;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end rollover wizard and the mid-year departure dialog in a real browser, as a provincial officer uses
 * them, checked afterwards through the REST API; and the service's rule for a chosen next-year class through the
 * API. Every school, class and pupil here is made by the test itself: a rollover closes every enrolment of a
 * school, which must never touch the demo schools other tests read.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class RolloverPagesIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;
    static final String OFFICER = "officer.laocai";

    @ArquillianResource
    URL url;

    Browser browser;
    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    // --- the wizard ----------------------------------------------------------------------------------

    @Test
    void anOfficerReviewsConfirmsAndCommitsTheRolloverOfASchool() {
        String school = newSchool("Trường PTDTBT Tiểu học Thử Chuyển Năm");
        String destination = newSchool("Trường Tiểu học Nơi Đến");
        String grade1 = newClass(school, Api.currentSchoolYear(), "GRADE_1", "1A");
        String grade5 = newClass(school, Api.currentSchoolYear(), "GRADE_5", "5A");
        newClass(school, Api.nextSchoolYear(), "GRADE_2", "2B");
        String dinh = enrol(grade1, "Thoj Ntxheb", "Thào A Dình");
        String mai = enrol(grade1, "Ntxhi Maim", "Giàng Thị Mai");
        String su = enrol(grade1, "Lis Xwm", "Lý A Sử");
        String sua = enrol(grade5, "Lis Suav", "Lý Thị Sua");
        String chu = enrol(grade5, "Muas Tswb", "Mùa A Chu");

        browser.go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);
        browser.go("/schools/rollover.xhtml?school=" + school);
        assertEquals(5, browser.findAll(By.cssSelector(".pupil-code")).size(), browser.pageText());
        assertCounts(Map.of("total", 5, "PROMOTED", 3, "COMPLETED", 2, "REPEATED", 0, "TRANSFERRED", 0));
        assertEquals("COMPLETED", outcome(sua), "grade 5 completes");
        assertEquals(List.of("REPEATED", "TRANSFERRED", "DROPPED_OUT", "COMPLETED"), outcomeValues(sua),
                "no promotion after grade 5");
        assertEquals(List.of("PROMOTED", "REPEATED", "TRANSFERRED", "DROPPED_OUT"), outcomeValues(dinh),
                "completion only after grade 5");
        assertEquals(List.of(Messages.format(VI, "rollover.newClass", "2A"), "2B"), nextClassLabels(dinh),
                "the class of the automatic name, or the one that exists at grade 2 next year");
        browser.screenshot("rollover-review");

        // The whole of class 1A repeats, then two of them are promoted after all.
        WebElement section = classSection("1A");
        new Select(section.findElement(By.cssSelector("select[id$=':bulk']"))).selectByValue("REPEATED");
        browser.click(By.id(section.findElement(By.cssSelector("button[id$=':applyBulk']")).getAttribute("id")));
        assertCounts(Map.of("PROMOTED", 0, "REPEATED", 3));
        assertEquals(List.of(Messages.format(VI, "rollover.newClass", "1A")), nextClassLabels(mai), "repeaters stay at grade 1");
        choose(dinh, "PROMOTED");
        choose(su, "PROMOTED");
        assertCounts(Map.of("PROMOTED", 2, "REPEATED", 1));
        new Select(row(dinh).findElement(By.cssSelector("select[id$=':nextClass']"))).selectByVisibleText("2B");
        browser.idle();

        // Sua moves to another school, chosen by its code.
        choose(sua, "TRANSFERRED");
        assertCounts(Map.of("TRANSFERRED", 1, "COMPLETED", 1, "total", 5));
        assertEquals(Messages.format(VI, "rollover.leavesSchool"), row(sua).findElement(By.cssSelector("[id$=':next']")).getText());
        pickSchool(row(sua).findElement(By.cssSelector("input[id$=':transferSchool_input']")), destination);
        browser.screenshot("rollover-review-changed");

        browser.click(By.id("rolloverForm:toConfirm"));
        assertEquals("1", browser.text(By.id("summary-REPEATED")));
        assertEquals("1", browser.text(By.id("summary-TRANSFERRED")));
        assertEquals("2", browser.text(By.id("summary-PROMOTED")));
        String newClasses = browser.text(By.id("newClasses"));
        assertTrue(newClasses.contains(Messages.format(VI, "rollover.confirm.newClass", "1A", Messages.format(VI, "stage.GRADE_1"), 1)), newClasses);
        assertTrue(newClasses.contains(Messages.format(VI, "rollover.confirm.newClass", "2A", Messages.format(VI, "stage.GRADE_2"), 1)), newClasses);
        assertFalse(newClasses.contains("2B"), "2B exists already");
        String transfers = browser.text(By.id("rolloverForm:transfers"));
        assertTrue(transfers.contains(sua) && transfers.contains(destination), transfers);
        browser.screenshot("rollover-confirm");

        // Back keeps every decision.
        browser.click(By.id("rolloverForm:back"));
        assertEquals("REPEATED", outcome(mai));
        assertEquals("TRANSFERRED", outcome(sua));
        assertEquals("PROMOTED", outcome(dinh));
        assertEquals("2B", new Select(row(dinh).findElement(By.cssSelector("select[id$=':nextClass']"))).getFirstSelectedOption().getText());
        assertTrue(row(sua).findElement(By.cssSelector("input[id$=':transferSchool_input']")).getAttribute("value").startsWith(destination));
        assertCounts(Map.of("PROMOTED", 2, "REPEATED", 1, "TRANSFERRED", 1, "COMPLETED", 1));
        browser.click(By.id("rolloverForm:toConfirm"));

        // A pupil enrolled meanwhile: the commit is refused, nothing is written, the decisions stay.
        String latecomer = enrol(grade1, "Vaj Tsab", "Vàng A Chá");
        browser.click(By.id("rolloverForm:commit"));
        browser.waitFor(d -> browser.isPresent(By.cssSelector("#messages .ui-messages-error")));
        String refused = browser.text(By.id("messages"));
        assertTrue(refused.contains(Messages.format(VI, "validation.rollover.missingPupil", Map.<String, Object>of("pupil", latecomer))), refused);
        assertTrue(refused.contains(Messages.format(VI, "rollover.nothingWritten")), refused);
        assertFalse(browser.pageText().contains("Exception"));
        assertEquals(6, preview(school).size(), "nothing written");
        assertEquals(Set.of("2B"), classNames(school, Api.nextSchoolYear()), "no class created");
        assertEquals(6, browser.findAll(By.cssSelector(".pupil-code")).size(), "the latecomer joins the list");
        assertEquals("PROMOTED", outcome(latecomer), "with the proposed outcome");
        assertEquals("REPEATED", outcome(mai), "the decisions stay");
        assertEquals("TRANSFERRED", outcome(sua));
        browser.screenshot("rollover-refused");

        browser.click(By.id("rolloverForm:toConfirm"));
        browser.click(By.id("rolloverForm:commit"));
        assertEquals("3", browser.text(By.id("result-PROMOTED")), browser.pageText());
        assertEquals("1", browser.text(By.id("result-REPEATED")));
        assertEquals("1", browser.text(By.id("result-TRANSFERRED")));
        assertEquals("0", browser.text(By.id("result-DROPPED_OUT")));
        assertEquals("1", browser.text(By.id("result-COMPLETED")));
        assertEquals("2", browser.text(By.id("result-classesCreated")), "2A and 1A; 2B existed");
        assertTrue(browser.find(By.id("toSchool")).getAttribute("href").endsWith("/schools/view.xhtml?code=" + school));
        browser.screenshot("rollover-done");

        assertEquals(Set.of("1A", "2A", "2B"), classNames(school, Api.nextSchoolYear()));
        assertNextEnrolment(dinh, "2B", "GRADE_2");
        assertNextEnrolment(su, "2A", "GRADE_2");
        assertNextEnrolment(latecomer, "2A", "GRADE_2");
        assertNextEnrolment(mai, "1A", "GRADE_1");
        JsonArray moved = api.as(OFFICER).get("api/pupils/" + sua).json().getJsonArray("enrolments");
        assertEquals(1, moved.size());
        assertEquals("TRANSFERRED", moved.getJsonObject(0).getString("outcome"));
        JsonArray finished = api.as(OFFICER).get("api/pupils/" + chu).json().getJsonArray("enrolments");
        assertEquals("COMPLETED", finished.getJsonObject(0).getString("outcome"));
        assertEquals(0, preview(school).size());
        assertTrue(api.as(OFFICER).get("api/schools/" + school + "/rollover/year").json().isNull("schoolYear"));

        browser.go("/schools/rollover.xhtml?school=" + school);
        assertTrue(browser.isPresent(By.id("nothingOpen")), "the rollover is done: " + browser.pageText());
        assertFalse(browser.isPresent(By.id("rolloverForm")));
        browser.screenshot("rollover-nothing-open");
    }

    @Test
    void anOfficerHandsAPreschoolsChildrenOverToGradeOneOfPrimarySchools() {
        String district = "Huyện Thử " + UUID.randomUUID().toString().substring(0, 6);
        String preschool = newSchool(district, "PRESCHOOL", "Trường Mầm non Thử Lên Lớp Một");
        String primary = newSchool(district, "PRIMARY", "Trường Tiểu học Thử Đón Trẻ");
        String farther = newSchool("Huyện Khác " + UUID.randomUUID().toString().substring(0, 6), "PRIMARY", "Trường Tiểu học Thử Xa");
        newClass(farther, Api.nextSchoolYear(), "GRADE_1", "1B");
        String mg5 = newClass(preschool, Api.currentSchoolYear(), "PRESCHOOL_5", "MG5A");
        String pao = enrol(mg5, "Yaj Pov", "Giàng A Páo");
        String mo = enrol(mg5, "Ntxhi Mos", "Sùng Thị Mơ");
        String chu = enrol(mg5, "Muas Tswb", "Mùa A Chu");

        browser.go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);
        browser.go("/schools/rollover.xhtml?school=" + preschool);
        assertTrue(browser.isPresent(By.id("handOverIntro")), browser.pageText());
        assertEquals(primary, receiving(pao), "the primary school of the same district is proposed");
        assertEquals(List.of(Messages.format(VI, "rollover.newClass", "1A")), nextClassLabels(pao));
        List<String> groups = new Select(row(pao).findElement(By.cssSelector("select[id$=':receivingSchool']")))
                .getWrappedElement().findElements(By.tagName("optgroup")).stream().map(g -> g.getAttribute("label")).toList();
        assertEquals(List.of(Messages.format(VI, "rollover.receiving.DISTRICT"), Messages.format(VI, "rollover.receiving.PROVINCE")),
                groups.subList(0, 2));
        browser.screenshot("rollover-handover-review");

        // Chu goes to a school of another district, into its class 1B that exists already.
        new Select(row(chu).findElement(By.cssSelector("select[id$=':receivingSchool']"))).selectByValue(farther);
        browser.idle();
        browser.waitFor(d -> nextClassLabels(chu).contains("1B"));
        new Select(row(chu).findElement(By.cssSelector("select[id$=':nextClass']"))).selectByVisibleText("1B");
        browser.idle();

        browser.click(By.id("rolloverForm:toConfirm"));
        String handOvers = browser.text(By.id("handOvers"));
        assertTrue(handOvers.contains(Messages.format(VI, "rollover.confirm.handOver", name(primary), 2)), handOvers);
        assertTrue(handOvers.contains(Messages.format(VI, "rollover.confirm.handOver", name(farther), 1)), handOvers);
        assertEquals(Messages.format(VI, "rollover.confirm.newClassAt", "1A", Messages.format(VI, "stage.GRADE_1"), 2, name(primary)),
                browser.text(By.id("newClasses")));
        browser.screenshot("rollover-handover-confirm");
        browser.click(By.id("rolloverForm:commit"));
        assertEquals("3", browser.text(By.id("result-handedOver")), browser.pageText());
        assertEquals("3", browser.text(By.id("result-PROMOTED")));
        assertEquals("1", browser.text(By.id("result-classesCreated")), "1A at the primary school; 1B existed");

        assertNextEnrolment(pao, "1A", "GRADE_1");
        assertNextEnrolment(mo, "1A", "GRADE_1");
        assertNextEnrolment(chu, "1B", "GRADE_1");
        assertEquals(farther, api.as(OFFICER).get("api/pupils/" + chu).json().getString("schoolCode"));

        // The receiving school's page shows the cohort it took, and where that started.
        browser.go("/schools/view.xhtml?code=" + primary);
        String cohorts = browser.text(By.id("cohorts"));
        assertTrue(cohorts.contains(name(preschool)), cohorts);
        browser.screenshot("rollover-handover-received");
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void anUnknownDestinationIsRefusedAtThePupilAndNothingIsWritten() {
        String school = newSchool("Trường Tiểu học Sai Một Chỗ");
        String pupil = enrol(newClass(school, Api.currentSchoolYear(), "GRADE_3", "3A"), "Nkauj Ntxhi", "Hầu Thị Ly");
        Api.Reply refused = api.as(OFFICER).language("en").post("api/schools/" + school + "/rollover?year=" + Api.currentSchoolYear(),
                "{\"decisions\":[{\"pupil\":\"%s\",\"outcome\":\"TRANSFERRED\",\"transferSchool\":\"NO-SUCH-SCHOOL\"}]}".formatted(pupil));
        assertEquals(422, refused.status(), refused::toString);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("decisions[0].transferSchool", error.getString("field"));
        assertEquals(Messages.format(EN, "validation.unknownSchool"), error.getString("message"));
        assertEquals(1, preview(school).size(), "nothing written");
    }

    @Test
    void anInvalidDecisionIsShownAtThePupilInTheReadersLanguageAndNothingIsWritten() {
        String school = newSchool("Trường Tiểu học Sai Chỗ Khác");
        String pupil = enrol(newClass(school, Api.currentSchoolYear(), "GRADE_3", "3A"), "Nkauj Ntxhi", "Hầu Thị Ly");
        // A real school, but of another province: refused exactly as a code that exists nowhere.
        String elsewhere = Fixtures.in(api, Fixtures.GIA_LAI).school("RX");
        browser.go("/login.xhtml").language("en").signIn(OFFICER, Api.PASSWORD);
        browser.go("/schools/rollover.xhtml?school=" + school);
        assertEquals(Messages.format(EN, "rollover.title", "Trường Tiểu học Sai Chỗ Khác"), browser.text(By.cssSelector("h1.page-title")));
        choose(pupil, "TRANSFERRED");
        WebElement destination = row(pupil).findElement(By.cssSelector("input[id$=':transferSchool_input']"));
        destination.sendKeys(elsewhere);
        browser.click(By.id("rolloverForm:toConfirm"));
        browser.waitFor(d -> browser.text(By.id("rolloverForm:transfers")).contains(elsewhere));
        browser.click(By.id("rolloverForm:commit"));
        String unknown = Messages.format(EN, "validation.unknownSchool");
        browser.waitFor(d -> browser.isPresent(By.id("messages")) && browser.text(By.id("messages")).contains(unknown));
        assertTrue(browser.path().startsWith("/schools/rollover.xhtml"), "still signed in, on the wizard: " + browser.path());
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(EN, "rollover.pupilError", pupil, unknown)),
                browser.text(By.id("messages")));
        assertTrue(row(pupil).getAttribute("class").contains("rollover-row-error"));
        assertTrue(row(pupil).getText().contains(unknown), "the reason at the pupil");
        assertEquals("TRANSFERRED", outcome(pupil), "the decision stays");
        assertEquals(elsewhere, row(pupil).findElement(By.cssSelector("input[id$=':transferSchool_input']")).getAttribute("value"));
        browser.screenshot("rollover-refused-en");
        assertEquals(1, preview(school).size(), "nothing written");
    }

    @Test
    void onlyOfficersOfTheSchoolsProvinceAndMinistryStaffOpenTheRollover() {
        String school = newSchool("Trường Tiểu học Không Của Bạn");
        enrol(newClass(school, Api.currentSchoolYear(), "GRADE_3", "3A"), "Yaj Pov", "Giàng A Páo");
        browser.go("/login.xhtml").signIn("officer.gialai", Api.PASSWORD);
        browser.go("/schools/rollover.xhtml?school=" + school);
        assertTrue(browser.isPresent(By.id("error-404")), browser.pageText());
        assertFalse(browser.pageText().contains("Giàng A Páo"));
        browser.go("/schools/rollover.xhtml?school=NO-SUCH-SCHOOL");
        assertTrue(browser.isPresent(By.id("error-404")), browser.pageText());

        browser.forgetEverything().go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/schools/rollover.xhtml?school=" + school);
        // Ministry staff see every province, and run a rollover where a hand-over crosses provinces.
        assertTrue(browser.isPresent(By.id("rolloverForm")), "ministry staff may run rollovers: " + browser.pageText());
        assertTrue(browser.pageText().contains("Giàng A Páo"));
        assertEquals(404, api.as("officer.gialai").get("api/schools/" + school + "/rollover/year").status());
        assertEquals(1, preview(school).size(), "still open");
    }

    // --- mid-year departure --------------------------------------------------------------------------

    @Test
    void aMidYearDepartureIsRecordedInTheDialogWithTheDate() {
        String school = newSchool("Trường Tiểu học Thử Rời Trường");
        String destination = newSchool("Trường Tiểu học Trường Mới");
        String pupil = enrol(newClass(school, Api.currentSchoolYear(), "GRADE_2", "2A"), "Tsheej Ntxhi", "Sùng Thị Chi");

        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + pupil);
        assertFalse(browser.isPresent(By.id("recordDeparture")), "officers record departures");

        browser.forgetEverything().go("/login.xhtml").signIn(OFFICER, Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + pupil);
        browser.click(By.id("recordDeparture"));
        browser.waitFor(d -> browser.find(By.id("departureDialog")).isDisplayed());
        browser.click(By.cssSelector("#departureForm\\:outcome label[for$='outcome:1']"));
        browser.waitFor(d -> browser.isPresent(By.id("departureForm:transferSchool_input")));
        pickSchool(browser.find(By.id("departureForm:transferSchool_input")), destination);

        // The day before the pupil joined the class is refused, in the reader's language, and nothing changes.
        typeDate(Api.today().minusDays(1));
        String typed = browser.find(By.id("departureForm:date_input")).getAttribute("value");
        browser.screenshot("departure-typed");
        browser.click(By.id("departureForm:saveDeparture"));
        String error = browser.text(By.xpath("//*[@id='departureForm:date']/ancestor::div[contains(@class,'form-field')]"
                + "//*[contains(@class,'ui-message-error-summary')]"));
        assertEquals(Messages.format(VI, "validation.rollover.date"), error, typed);
        assertTrue(browser.find(By.id("departureDialog")).isDisplayed(), "the dialog stays open");
        browser.screenshot("departure-refused");
        assertTrue(api.as(OFFICER).get("api/pupils/" + pupil).json().getJsonArray("enrolments").getJsonObject(0).isNull("outcome"));

        typeDate(Api.today());
        browser.clickAndLoad(By.id("departureForm:saveDeparture"));
        assertTrue(browser.path().startsWith("/pupils/view.xhtml?code=" + pupil), browser.path());
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(VI, "departure.recorded")));
        String history = browser.text(By.id("enrolments"));
        assertTrue(history.contains(Messages.format(VI, "outcome.TRANSFERRED")), history);
        assertFalse(history.contains(Messages.format(VI, "enrolment.open")), history);
        assertFalse(browser.isPresent(By.id("recordDeparture")), "no longer in a class");
        browser.screenshot("departure-recorded");

        JsonObject closed = api.as(OFFICER).get("api/pupils/" + pupil).json().getJsonArray("enrolments").getJsonObject(0);
        assertEquals("TRANSFERRED", closed.getString("outcome"));
        assertEquals(Api.today().toString(), closed.getString("endDate"));
    }

    // --- the service's rule for a chosen next-year class ---------------------------------------------

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void aChosenNextYearClassMustBeOfTheSchoolTheYearAndTheStage() {
        String school = newSchool("Trường Tiểu học Lớp Đã Có");
        String other = newSchool("Trường Tiểu học Bên Cạnh");
        String grade1 = newClass(school, Api.currentSchoolYear(), "GRADE_1", "1A");
        String promoted = enrol(grade1, "Tub Ntxawg", "Vừ A Tủa");
        String repeater = enrol(grade1, "Ntxhi Nkauj", "Hạng Thị Dế");
        String grade2 = newClass(school, Api.nextSchoolYear(), "GRADE_2", "2C");
        String grade1Next = newClass(school, Api.nextSchoolYear(), "GRADE_1", "1C");
        String elsewhere = newClass(other, Api.nextSchoolYear(), "GRADE_2", "2A");
        String thisYear = newClass(school, Api.currentSchoolYear(), "GRADE_2", "2Z");

        JsonObject year = api.as(OFFICER).get("api/schools/" + school + "/rollover/year").json();
        assertEquals(Api.currentSchoolYear(), year.getString("schoolYear"));
        assertEquals(Api.nextSchoolYear(), year.getString("nextSchoolYear"));
        JsonObject line = preview(school).stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("pupilCode").equals(promoted)).findFirst().orElseThrow();
        assertEquals("GRADE_2", line.getString("nextStage"));
        assertEquals("2A", line.getString("nextClassName"));
        assertEquals(List.of(grade2), line.getJsonArray("nextClasses").stream()
                .map(c -> String.valueOf(c.asJsonObject().getJsonNumber("id").longValue())).toList(), "grade 2 classes of next year only");

        String path = "api/schools/" + school + "/rollover?year=" + Api.currentSchoolYear();
        for (String wrong : List.of(grade1Next, elsewhere, thisYear)) {
            Api.Reply refused = api.as(OFFICER).language("en").post(path, decisions(
                    decision(promoted, "PROMOTED", wrong), decision(repeater, "REPEATED", null)));
            assertEquals(422, refused.status(), refused::toString);
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("decisions[0].nextClass", error.getString("field"));
            assertEquals(Messages.format(EN, "validation.rollover.nextClass", Map.<String, Object>of("year", Api.nextSchoolYear())),
                    error.getString("message"));
        }
        Api.Reply leaving = api.as(OFFICER).post(path, decisions(
                decision(promoted, "PROMOTED", grade2), decision(repeater, "DROPPED_OUT", grade1Next)));
        assertEquals(422, leaving.status(), leaving::toString);
        assertEquals("decisions[1].nextClass", leaving.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                "a pupil who leaves has no class next year");
        assertEquals(2, preview(school).size(), "nothing written");

        Api.Reply done = api.as(OFFICER).post(path, decisions(
                decision(promoted, "PROMOTED", grade2), decision(repeater, "REPEATED", null)));
        assertEquals(200, done.status(), done::toString);
        assertEquals(1, done.json().getInt("classesCreated"), "1A for the repeater; 2C was chosen");
        assertNextEnrolment(promoted, "2C", "GRADE_2");
        assertNextEnrolment(repeater, "1A", "GRADE_1");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void assertCounts(Map<String, Integer> expected) {
        expected.forEach((outcome, count) ->
                assertEquals(String.valueOf(count), browser.text(By.id("count-" + outcome)), outcome));
    }

    private WebElement classSection(String className) {
        return browser.find(By.xpath("//section[contains(@class,'rollover-class')][@data-class='" + className + "']"));
    }

    private WebElement row(String pupil) {
        return browser.find(By.xpath("//tr[.//span[contains(@class,'pupil-code') and normalize-space(text())='" + pupil + "']]"));
    }

    private String outcome(String pupil) {
        return new Select(row(pupil).findElement(By.cssSelector("select[id$=':outcome']"))).getFirstSelectedOption().getAttribute("value");
    }

    private List<String> outcomeValues(String pupil) {
        return new Select(row(pupil).findElement(By.cssSelector("select[id$=':outcome']"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private List<String> nextClassLabels(String pupil) {
        return new Select(row(pupil).findElement(By.cssSelector("select[id$=':nextClass']"))).getOptions().stream()
                .map(WebElement::getText).toList();
    }

    private void choose(String pupil, String outcome) {
        new Select(row(pupil).findElement(By.cssSelector("select[id$=':outcome']"))).selectByValue(outcome);
        browser.idle();
        browser.waitFor(d -> outcome.equals(outcome(pupil)));
    }

    /** Types a school's code into an autocomplete and picks the suggestion "code — name". */
    private void pickSchool(WebElement input, String code) {
        input.clear();
        input.sendKeys(code);
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item')][starts-with(normalize-space(.),'" + code + "')]");
        browser.waitFor(d -> browser.findAll(item).stream().anyMatch(WebElement::isDisplayed));
        browser.findAll(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.idle();
    }

    private void typeDate(LocalDate date) {
        // The reader's numeric date pattern, as the page's date inputs take it (dd/MM/yyyy in Vietnamese).
        String pattern = DateTimePatternGenerator.getInstance(VI).getBestPattern("yyyyMMdd");
        SimpleDateFormat format = new SimpleDateFormat(pattern, VI);
        format.setTimeZone(TimeZone.GMT_ZONE);
        WebElement input = browser.find(By.id("departureForm:date_input"));
        // Select what is there and type over it: the date picker puts its value back after a plain clear().
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    private void assertNextEnrolment(String pupil, String className, String stage) {
        JsonArray history = api.as(OFFICER).get("api/pupils/" + pupil).json().getJsonArray("enrolments");
        assertEquals(2, history.size(), history::toString);
        JsonObject next = history.getJsonObject(1);
        assertEquals(Api.nextSchoolYear(), next.getString("schoolYear"));
        assertEquals(className, next.getString("className"), history::toString);
        assertEquals(stage, next.getString("stage"));
        assertTrue(next.isNull("outcome") || !next.containsKey("outcome"));
    }

    private JsonArray preview(String school) {
        Api.Reply reply = api.as(OFFICER).get("api/schools/" + school + "/rollover?year=" + Api.currentSchoolYear());
        assertEquals(200, reply.status(), reply::toString);
        return reply.array();
    }

    private Set<String> classNames(String school, String year) {
        return api.as(OFFICER).get("api/classes?school=" + school + "&year=" + year + "&size=100").items().stream()
                .map(c -> c.asJsonObject().getString("name")).collect(Collectors.toSet());
    }

    /** A new primary pilot school of Lào Cai (H'mong), made by the ministry for this test alone. */
    private String newSchool(String name) {
        return newSchool("Mường Khương", "PRIMARY", name);
    }

    /** A new pilot school of Lào Cai (H'mong) in the district, of the level. */
    private String newSchool(String district, String level, String name) {
        String code = "RP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Api.Reply created = api.as("ministry").post("api/schools", """
                {"code":"%s","name":"%s","provinceCode":"10","district":"%s",
                 "level":"%s","designation":"PILOT","programmeLanguage":"hmn"}""".formatted(code, name, district, level));
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    private String name(String school) {
        return api.as(OFFICER).get("api/schools/" + school).json().getString("name");
    }

    private String receiving(String pupil) {
        return new Select(row(pupil).findElement(By.cssSelector("select[id$=':receivingSchool']"))).getFirstSelectedOption()
                .getAttribute("value");
    }

    private String newClass(String school, String year, String stage, String name) {
        Api.Reply reply = api.as(OFFICER).post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"%s","name":"%s"}""".formatted(school, year, stage, name));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private String enrol(String classId, String nativeName, String vietnameseName) {
        Api.Reply reply = api.as(OFFICER).post("api/pupils", """
                {"nativeName":"%s","vietnameseName":"%s","sex":"F","dateOfBirth":"%s","ethnicity":"HMONG",
                 "motherTongue":"hmn","classId":"%s"}""".formatted(nativeName, vietnameseName, Api.today().minusYears(8), classId));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("code");
    }

    private static String decision(String pupil, String outcome, String nextClass) {
        return "{\"pupil\":\"%s\",\"outcome\":\"%s\"%s}".formatted(pupil, outcome,
                nextClass == null ? "" : ",\"nextClass\":" + nextClass);
    }

    private static String decisions(String... decisions) {
        return "{\"decisions\":[" + String.join(",", decisions) + "]}";
    }
}
