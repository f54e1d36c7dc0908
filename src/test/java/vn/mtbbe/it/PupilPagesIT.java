package vn.mtbbe.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrolling, moving and receiving pupils on the pages in a real browser: a child enrolled from the keyboard alone, the
 * possible-duplicate warning before anything is written, field errors keeping what was typed, a move to another class,
 * and a child transferred from another province enrolled with their history.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PupilPagesIT {

    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ArquillianResource
    URL url;

    Browser browser;
    Api api;
    Fixtures laoCai;

    @BeforeEach
    void fixtures() {
        api = Api.at(url);
        laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
    }

    /** Presses Tab until the field {@code id} has the focus (a person tabbing through the form). */
    private void tabTo(String id) {
        for (int i = 0; i < 6; i++) {
            browser.press(Keys.TAB);
            if (id.equals(browser.script("return document.activeElement && document.activeElement.id;"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; the focus is on "
                + browser.script("return document.activeElement && document.activeElement.id;"));
    }

    @Test
    void anOfficerEnrolsAChildFromTheKeyboard() {
        String school = laoCai.school("SK");
        String grade1 = laoCai.schoolClass(school, "GRADE_1", "1A");
        String name = "Giàng Thị " + Fixtures.unique("Mai").substring(3).toLowerCase();
        LocalDate born = Api.today().minusYears(6).withDayOfMonth(5);
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/new.xhtml?school=" + school + "&class=" + grade1);
        assertEquals(grade1, new Select(browser.find(By.id("enrolForm:classId"))).getFirstSelectedOption().getAttribute("value"));

        browser.find(By.id("enrolForm:vietnameseName")).click();
        browser.press(name);
        tabTo("enrolForm:nativeName");
        browser.press("Ntxhais " + name.substring(10));
        tabTo("enrolForm:sex:0");
        browser.press(Keys.SPACE);
        tabTo("enrolForm:dateOfBirth_input");
        browser.press(born.format(VI_DATE));
        tabTo("enrolForm:ethnicity");
        browser.press("H'");
        tabTo("enrolForm:motherTongue");
        assertEquals("hmn", new Select(browser.find(By.id("enrolForm:motherTongue"))).getFirstSelectedOption().getAttribute("value"),
                "the school's programme language, already chosen");
        browser.pressAndLoad(Keys.ENTER);

        List<JsonObject> pupils = api.as("officer.laocai").get("api/pupils?class=" + grade1).items().getValuesAs(JsonObject.class);
        assertEquals(1, pupils.size());
        JsonObject pupil = pupils.get(0);
        assertEquals(name, pupil.getString("vietnameseName"));
        assertEquals("F", pupil.getString("sex"));
        assertEquals(born.toString(), pupil.getString("dateOfBirth"));
        assertEquals("HMONG", pupil.getString("ethnicity"));
        assertEquals("hmn", pupil.getString("motherTongue"));
        assertTrue(browser.pageText().contains(Messages.format(Messages.DEFAULT, "pupil.enrol.done", name,
                pupil.getString("code"))), browser.pageText());
        assertTrue(browser.path().startsWith("/pupils/new.xhtml"), "ready for the next child: " + browser.path());
        assertEquals(grade1, new Select(browser.find(By.id("enrolForm:classId"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void aPossibleDuplicateIsShownBeforeAnythingIsWritten() {
        String school = laoCai.school("SL");
        String grade2 = laoCai.schoolClass(school, "GRADE_2", "2A");
        String name = "Vàng A " + Fixtures.unique("Pao").substring(3).toLowerCase();
        String existing = laoCai.pupil(grade2, name, 7);
        LocalDate born = Api.today().minusYears(7);
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/new.xhtml?school=" + school + "&class=" + grade2);
        browser.type(By.id("enrolForm:vietnameseName"), name.replace("Vàng", "Vang"));
        browser.type(By.id("enrolForm:nativeName"), name.replace("Vàng", "Vaj"));
        browser.click(By.cssSelector("label[for='enrolForm:sex:1']"));
        browser.type(By.id("enrolForm:dateOfBirth_input"), born.format(VI_DATE));
        new Select(browser.find(By.id("enrolForm:ethnicity"))).selectByValue("HMONG");
        browser.click(By.id("enrolForm:save"));
        browser.waitFor(d -> browser.isPresent(By.id("duplicates")));
        assertTrue(browser.text(By.id("duplicates")).contains(existing), browser.text(By.id("duplicates")));
        assertEquals(1, api.as("officer.laocai").get("api/pupils?class=" + grade2).items().size(), "nothing written yet");
        browser.screenshot("enrol-duplicate");

        browser.click(By.id("enrolForm:back"));
        browser.waitFor(d -> !browser.isPresent(By.id("duplicates")));
        assertEquals(name.replace("Vàng", "Vang"), browser.find(By.id("enrolForm:vietnameseName")).getAttribute("value"),
                "what was typed stays");
        browser.click(By.id("enrolForm:save"));
        browser.waitFor(d -> browser.isPresent(By.id("enrolForm:confirm")));
        browser.clickAndLoad(By.id("enrolForm:confirm"));
        assertEquals(2, api.as("officer.laocai").get("api/pupils?class=" + grade2).items().size(), "another child, confirmed");
    }

    @Test
    void aRefusedFieldKeepsWhatWasTyped() {
        String school = laoCai.school("SJ");
        laoCai.schoolClass(school, "GRADE_3", "3A");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/new.xhtml?school=" + school);
        browser.type(By.id("enrolForm:vietnameseName"), "Sùng Thị Dính");
        browser.click(By.id("enrolForm:save"));
        browser.waitFor(d -> browser.isPresent(By.cssSelector("[id='enrolForm:classId'] ~ .form-message, .form-field .ui-message-error")));
        String page = browser.pageText();
        assertTrue(page.contains(Messages.format(Messages.DEFAULT, "validation.required")), page);
        assertEquals("Sùng Thị Dính", browser.find(By.id("enrolForm:vietnameseName")).getAttribute("value"));
        assertFalse(page.contains("Exception"));
    }

    @Test
    void anOfficerMovesAPupilToAnotherClass() {
        String school = laoCai.school("SV");
        String a = laoCai.schoolClass(school, "GRADE_4", "4A");
        String b = laoCai.schoolClass(school, "GRADE_4", "4B");
        String pupil = laoCai.pupil(a, "Thào Thị Dợ", 10);
        AttendanceFixture.enrolledSince(pupil, Api.today().minusDays(30));
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + pupil);
        browser.click(By.id("movePupil"));
        browser.waitFor(d -> browser.find(By.id("moveForm:classId")).isDisplayed());
        new Select(browser.find(By.id("moveForm:classId"))).selectByValue(b);
        browser.clickAndLoad(By.id("moveForm:saveMove"));
        assertTrue(browser.pageText().contains(Messages.format(Messages.DEFAULT, "outcome.MOVED")), browser.pageText());
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Thào Thị Dợ"), "the pupil's page, not an error");
        assertEquals(1, api.as("officer.laocai").get("api/pupils?class=" + b).items().size());
    }

    @Test
    void aChildTransferredFromAnotherProvinceIsEnrolledFromTheSchoolPage() {
        Fixtures giaLai = Fixtures.in(api, Fixtures.GIA_LAI);
        String from = giaLai.schoolClass(giaLai.school("SG"), "GRADE_2", "2A");
        String child = giaLai.pupil(from, "Rơ Châm H'Lan", 8);
        String school = laoCai.school("SH");
        String grade2 = laoCai.schoolClass(school, "GRADE_2", "2A");
        assertEquals(200, api.as("officer.gialai").post("api/pupils/" + child + "/withdrawal",
                "{\"outcome\":\"TRANSFERRED\",\"date\":\"%s\",\"transferSchool\":\"%s\"}".formatted(Api.today(), school)).status());

        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/schools/view.xhtml?code=" + school);
        assertTrue(browser.text(By.id("arrivals")).contains("Rơ Châm H'Lan"));
        browser.clickAndLoad(By.id("receive-" + child));
        assertTrue(browser.isPresent(By.id("arrival")));
        new Select(browser.find(By.id("enrolForm:classId"))).selectByValue(grade2);
        browser.clickAndLoad(By.id("enrolForm:save"));
        assertEquals("/pupils/view.xhtml", browser.path().replaceAll("\\?.*", ""));
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Rơ Châm H'Lan"), "the pupil's page, not an error");
        JsonObject record = api.as("officer.laocai").get("api/pupils/" + child).json();
        assertEquals(2, record.getJsonArray("enrolments").size(), "with the history from Gia Lai");
    }

    @Test
    void anOfficerOpensAClassOnTheSchoolPageAndRenamesIt() {
        String school = laoCai.school("SO");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/schools/view.xhtml?code=" + school);
        browser.click(By.id("openClass"));
        browser.waitFor(d -> browser.find(By.id("openClassForm:stage")).isDisplayed());
        new Select(browser.find(By.id("openClassForm:stage"))).selectByValue("GRADE_1");
        browser.type(By.id("openClassForm:name"), "1C");
        browser.type(By.id("openClassForm:teacherNames"), "Sùng Thị Mai");
        browser.clickAndLoad(By.id("openClassForm:saveClass"));
        assertTrue(browser.path().startsWith("/classes/view.xhtml"), browser.path());
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("1C"));

        browser.click(By.id("editClass"));
        browser.waitFor(d -> browser.find(By.id("classEditForm:name")).isDisplayed());
        browser.type(By.id("classEditForm:name"), "1D");
        browser.clickAndLoad(By.id("classEditForm:saveClassEdit"));
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("1D"));
        browser.click(By.id("editClass"));
        browser.waitFor(d -> browser.find(By.id("classEditForm:closeClass")).isDisplayed());
        browser.clickAndLoad(By.id("classEditForm:closeClass"));
        assertTrue(browser.isPresent(By.id("classClosed")), "no pupil yet: the class may be closed");
        assertFalse(browser.isPresent(By.id("enrolPupil")), "a closed class takes no new pupil");
    }

    @Test
    void anOfficerImportsAClassListFromTheSchoolPage() throws Exception {
        String school = laoCai.school("SQ");
        laoCai.schoolClass(school, "GRADE_1", "1A");
        LocalDate born = Api.today().minusYears(6);
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("pupils", ".csv");
        java.nio.file.Files.writeString(bad, "Lớp,Họ và tên (tiếng Việt),Giới tính,Ngày sinh,Dân tộc,Tiếng mẹ đẻ\n"
                + "1A,Giàng Thị Páo,Nữ," + born.format(VI_DATE) + ",H'Mông,hmn\n"
                + "1A,Giàng A Sử,X," + born.format(VI_DATE) + ",H'Mông,hmn\n");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/schools/view.xhtml?code=" + school).clickAndLoad(By.id("importPupils"));
        browser.find(By.cssSelector("#upload input[type='file']")).sendKeys(bad.toAbsolutePath().toString());
        browser.idle();
        browser.waitFor(d -> browser.isPresent(By.id("problemTable")));
        assertEquals("3", browser.find(By.cssSelector("#problemTable tbody tr")).getAttribute("data-row"));
        assertTrue(browser.text(By.id("problemTable")).contains(Messages.format(Messages.DEFAULT, "import.pupils.column.sex")),
                browser.text(By.id("problemTable")));
        assertEquals(0, api.as("officer.laocai").get("api/pupils?school=" + school).items().size(), "nothing written");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("pupils", ".csv");
        java.nio.file.Files.writeString(good, "Lớp,Họ và tên (tiếng Việt),Giới tính,Ngày sinh,Dân tộc,Tiếng mẹ đẻ\n"
                + "1A,Giàng Thị Páo,Nữ," + born.format(VI_DATE) + ",H'Mông,hmn\n"
                + "1A,Giàng A Sử,Nam," + born.format(VI_DATE) + ",H'Mông,hmn\n");
        browser.find(By.cssSelector("#upload input[type='file']")).sendKeys(good.toAbsolutePath().toString());
        browser.idle();
        browser.waitFor(d -> browser.isPresent(By.id("importSummary")));
        assertEquals(2, api.as("officer.laocai").get("api/pupils?school=" + school).items().size());
        browser.screenshot("pupil-import-done");
    }

    @Test
    void theEnrolmentAndImportFormsFitAPhoneScreen() {
        String school = laoCai.school("SW");
        String grade1 = laoCai.schoolClass(school, "GRADE_1", "1A");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.windowSize(360, 780);
        assertFits("/pupils/new.xhtml?school=" + school + "&class=" + grade1, "enrolForm", "enrolForm:save");
        assertFits("/pupils/import.xhtml?school=" + school, "upload", "templates");
        assertFits("/account/password.xhtml", "passwordForm", "passwordForm:save");
        browser.screenshot("enrol-360");
    }

    /** Each of {@code ids} on {@code page} ends inside the screen's width. */
    private void assertFits(String page, String... ids) {
        browser.go(page);
        long width = ((Number) browser.script("return window.innerWidth;")).longValue();
        for (String id : ids) {
            Number right = (Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
            assertTrue(right.doubleValue() <= width, page + ": " + id + " ends at " + right + " px on a " + width + "-px screen");
        }
    }
}
