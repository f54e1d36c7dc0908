package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.mtbbe.it.server.WebFixtures;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser (headless Chromium), as the people of DESIGN.md use them: sign-in and its
 * refusals, an officer finding and changing a pupil in Vietnamese and English, a delegation guest kept
 * away from children's data, and an expired view. One screenshot per scenario goes to
 * {@code screenshots.dir}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PagesIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    /** The browser of this test, freshly reset (BrowserExtension). */
    Browser browser;

    // --- sign-in -------------------------------------------------------------------------------------

    @Test
    void failedSignInIsToldInTheReadersLanguage() {
        browser.go("/login.xhtml").signIn("officer.laocai", "wrong-password");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals("vi", browser.language(), "Vietnamese unless the reader chose otherwise");
        String vietnamese = errorSummary();
        assertEquals(Messages.format(VI, "signIn.failed"), vietnamese);
        assertTrue(vietnamese.contains("mật khẩu"), vietnamese);
        browser.screenshot("signin-failed-vi");

        browser.language("en").signIn("officer.laocai", "wrong-password");
        assertEquals(Messages.format(EN, "signIn.failed"), errorSummary());
        browser.screenshot("signin-failed-en");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        browser.go("/login.xhtml");
        for (int i = 1; i < 5; i++) {
            browser.signIn(WebFixtures.LOCKOUT_OFFICER, "wrong-" + i);
            assertEquals(Messages.format(VI, "signIn.failed"), errorSummary());
        }
        browser.signIn(WebFixtures.LOCKOUT_OFFICER, "wrong-5");
        assertEquals(Messages.format(VI, "signIn.locked", 15), errorSummary());
        browser.signIn(WebFixtures.LOCKOUT_OFFICER, Api.PASSWORD);
        assertEquals(Messages.format(VI, "signIn.locked", 15), errorSummary(), "even the right password waits");
        browser.screenshot("signin-locked");
    }

    @Test
    void anUnknownNameIsAnsweredLikeARealAccount() {
        String unknown = Fixtures.unique("nobody.");
        browser.go("/login.xhtml");
        for (int i = 1; i < 5; i++) {
            browser.signIn(unknown, "wrong-" + i);
            assertEquals(Messages.format(VI, "signIn.failed"), errorSummary());
        }
        browser.signIn(unknown, "wrong-5");
        assertEquals(Messages.format(VI, "signIn.locked", 15), errorSummary(), "as a real account would be locked");
    }

    @Test
    void anExpiredGuestCannotSignIn() {
        browser.go("/login.xhtml").signIn(WebFixtures.EXPIRED_GUEST, Api.PASSWORD);
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals(Messages.format(VI, "signIn.failed"), errorSummary());
    }

    @Test
    void aProtectedPageLeadsToSignInAndBack() {
        String page = "/pupils/list.xhtml?q=" + Api.encode("nguyễn");
        browser.go(page);
        assertTrue(browser.path().startsWith("/login.xhtml?next="), browser.path());
        browser.signIn("officer.laocai", Api.PASSWORD);
        assertEquals(page, browser.path());
        assertEquals("nguyễn", browser.find(By.id("pupilsForm:q")).getAttribute("value"), "UTF-8 in the address");
        List<WebElement> found = browser.findAll(By.cssSelector("#pupilsForm\\:pupils_data a.name-link"));
        assertFalse(found.isEmpty(), "the demo data has Kinh pupils in Lào Cai");
        assertTrue(found.stream().allMatch(link -> link.getText().startsWith("Nguyễn")), "found by the accented word");
    }

    @Test
    void signInGoesOnlyToPagesOfThisSite() {
        browser.go("/login.xhtml?next=" + Api.encode("//example.org/x")).signIn("ministry", Api.PASSWORD);
        assertEquals("/", browser.path());
        browser.go("/login.xhtml?next=" + Api.encode("https://example.org/")).signIn("ministry", Api.PASSWORD);
        assertEquals("/", browser.path());
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void pagesNameAStaticIconSoBrowsersNeverAskForAMissingOne() {
        RawHttp.Response page = RawHttp.get(url, "/login.xhtml", null);
        assertTrue(page.body().contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\""), page.body());
        RawHttp.Response icon = RawHttp.get(url, "/favicon.svg", null);
        assertEquals(200, icon.status(), icon::toString);
        assertTrue(icon.header("Content-Type").orElseThrow().startsWith("image/svg+xml"), icon::toString);
        assertTrue(icon.headers("Set-Cookie").isEmpty(), "no session for the icon: " + icon);
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void anAjaxRequestFromAPageTheServerNoLongerHoldsReloadsThePage() {
        // E.g. the request that follows a stray one (above) after the session ended: no CSP nonce, no view state.
        RawHttp.Response reply = RawHttp.get(url, "/login.xhtml?next=%2Fpupils%2Flist.xhtml", "JSESSIONID=gone",
                "Faces-Request: partial/ajax");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("text/xml"), reply::toString);
        assertTrue(reply.body().endsWith("<partial-response><redirect url=\"/login.xhtml?next=%2Fpupils%2Flist.xhtml\"/>"
                + "</partial-response>"), reply.body());
    }

    @Test
    void aStrayAjaxRequestToTheSignOutAddressDoesNotSignOut() {
        // What PrimeFaces sends for a component in no form (e.g. an autocomplete's delayed search whose field was
        // re-rendered meanwhile): an Ajax POST to the first form of the page, the sign-out form.
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/list.xhtml");
        Object status = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/signout', {method: 'POST', headers: {'Faces-Request': 'partial/ajax',
                        'Content-Type': 'application/x-www-form-urlencoded'},
                        body: 'jakarta.faces.partial.ajax=true&jakarta.faces.source=stray'})
                    .then(r => done(r.status), e => done(String(e)));""");
        assertEquals(200L, status);
        browser.go("/pupils/list.xhtml");
        assertEquals("/pupils/list.xhtml", browser.path(), "still signed in");
        browser.clickAndLoad(By.id("signOut"));
        assertTrue(browser.path().startsWith("/login.xhtml"), "the sign-out button still signs out: " + browser.path());
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsIt() {
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        String guest = browser.cookie("JSESSIONID");
        assertNotNull(guest);
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        String officer = browser.cookie("JSESSIONID");
        assertNotEquals(guest, officer, "another caller: another session");
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        assertNotEquals(officer, browser.cookie("JSESSIONID"), "the same caller again: a new id");

        browser.clickAndLoad(By.id("signOut"));
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.isPresent(By.id("signedOutNotice")));
        browser.go("/pupils/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "signed out: " + browser.path());
    }

    @Test
    void aSessionTheServerEndedSendsToSignInWithTheReasonAndBackAfterwards() {
        browser.go("/login.xhtml").language("en").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/list.xhtml");
        // The browser still sends the id of a session the server has ended (as after the idle time).
        browser.replaceCookie("JSESSIONID", "ended" + browser.cookie("JSESSIONID"));
        browser.go("/pupils/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals(vn.mtbbe.platform.i18n.Messages.format(com.ibm.icu.util.ULocale.ENGLISH, "signIn.idle", 30),
                browser.text(By.id("idleNotice")));
        browser.screenshot("signed-out-idle");
        browser.signIn("officer.laocai", Api.PASSWORD);
        assertEquals("/pupils/list.xhtml", browser.path(), "back to the page after signing in again");
        assertFalse(browser.isPresent(By.id("idleNotice")));
    }

    @Test
    @Tag(BrowserExtension.NO_BROWSER)
    void theApiNeverStartsASession() {
        Api api = Api.at(url);
        Api.Reply[] replies = {api.as("officer.laocai").get("api/pupils?size=1"), api.anonymous().get("api/pupils"),
                api.as("officer.laocai", "wrong").get("api/pupils"), api.anonymous().get("api/no-such-thing")};
        int[] statuses = {200, 401, 401, 404};
        for (int i = 0; i < replies.length; i++) {
            Api.Reply reply = replies[i];
            assertEquals(statuses[i], reply.status(), reply::toString);
            assertNull(reply.header("Set-Cookie"), () -> "no session for API calls: " + reply);
        }
    }

    // --- an officer at work ----------------------------------------------------------------------------

    @Test
    void officerFindsAPupilWithoutAccentsAndCorrectsThem() {
        String surname = "Giàng Thị Dở " + uniqueWord();
        String code = newPupil("officer.laocai", "10", surname);

        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.clickAndLoad(By.id("nav-pupils"));
        assertTrue(browser.path().startsWith("/pupils/list.xhtml"), browser.path());
        String folded = "giang thi do " + surname.substring(surname.lastIndexOf(' ') + 1).toLowerCase();
        browser.type(By.id("pupilsForm:q"), folded);
        By found = By.cssSelector("#pupilsForm\\:pupils_data a.name-link");
        browser.waitFor(d -> browser.isIdle() && browser.findAll(found).size() == 1 && browser.text(found).equals(surname));
        browser.screenshot("officer-pupil-search");

        browser.clickAndLoad(found);
        assertEquals("/pupils/view.xhtml?code=" + code, browser.path());
        assertEquals(surname, browser.text(By.id("vietnameseName")));
        browser.screenshot("officer-pupil-view");

        browser.clickAndLoad(By.id("edit"));
        assertTrue(browser.path().startsWith("/pupils/edit.xhtml"), browser.path());
        browser.type(By.id("pupilForm:vietnameseName"), "");
        browser.click(By.id("pupilForm:save"));
        assertEquals(Messages.format(VI, "validation.required"), fieldError("vietnameseName"));
        assertEquals("Không được để trống.", fieldError("vietnameseName"));
        browser.screenshot("officer-pupil-edit-invalid-vi");

        browser.language("en");
        assertTrue(browser.path().startsWith("/pupils/edit.xhtml?code=" + code), browser.path());
        browser.type(By.id("pupilForm:vietnameseName"), "");
        browser.click(By.id("pupilForm:save"));
        assertEquals("Required.", fieldError("vietnameseName"));
        browser.screenshot("officer-pupil-edit-invalid-en");

        String corrected = surname.replace("Dở", "Dợ");
        browser.type(By.id("pupilForm:vietnameseName"), corrected);
        browser.clickAndLoad(By.id("pupilForm:save"));
        assertEquals("/pupils/view.xhtml?code=" + code, browser.path());
        assertEquals(corrected, browser.text(By.id("vietnameseName")));
        assertTrue(browser.pageText().contains(Messages.format(EN, "pupil.edit.saved")), browser.pageText());
        browser.screenshot("officer-pupil-saved-en");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        String name = "Lý Thị Mỷ " + uniqueWord();
        String code = newPupil("officer.laocai", "10", name);
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/edit.xhtml?code=" + code);
        String first = browser.openTab();
        browser.go("/pupils/edit.xhtml?code=" + code);
        browser.type(By.id("pupilForm:vietnameseName"), name + " Hai");
        browser.clickAndLoad(By.id("pupilForm:save"));
        browser.closeTabFor(first);

        browser.type(By.id("pupilForm:vietnameseName"), name + " Ba");
        browser.click(By.id("pupilForm:save"));
        assertEquals(Messages.format(VI, "error.stale.title"), errorSummary());
        assertTrue(browser.path().startsWith("/pupils/edit.xhtml"), browser.path());
        browser.screenshot("stale-change-refused");
        browser.go("/pupils/view.xhtml?code=" + code);
        assertEquals(name + " Hai", browser.text(By.id("vietnameseName")), "the first change stands");
    }

    @Test
    void anExpiredViewBringsTheReaderBackWithAMessage() {
        String code = newPupil("officer.laocai", "10", "Vàng Seo Sử " + uniqueWord());
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/edit.xhtml?code=" + code);
        // As if the server had forgotten the form (session moved, too many views open): an unknown view state.
        browser.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (e) { e.value = 'expired'; });");
        browser.clickAndLoad(By.id("pupilForm:save"));
        assertEquals("/pupils/edit.xhtml?code=" + code, browser.path());
        assertTrue(browser.pageText().contains(Messages.format(VI, "error.expired.title")), browser.pageText());
        browser.screenshot("expired-view");
    }

    // --- a delegation guest -------------------------------------------------------------------------------

    @Test
    void aDelegationGuestReachesNoPupilPage() {
        String code = newPupil("officer.travinh", "84", "Thạch Thị Sa " + uniqueWord());
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        assertEquals("/", browser.path());
        assertFalse(browser.isPresent(By.id("nav-pupils")), "no pupil menu for guests");
        assertFalse(browser.isPresent(By.id("nav-schools")));
        browser.screenshot("delegation-home");

        for (String page : new String[] {"/pupils/list.xhtml", "/pupils/view.xhtml?code=" + code,
                "/pupils/edit.xhtml?code=" + code, "/schools/list.xhtml"}) {
            browser.go(page);
            assertTrue(browser.isPresent(By.id("error-403")), page + ": " + browser.pageText());
            assertFalse(browser.pageText().contains(code), page + " shows no pupil data");
        }
        assertTrue(browser.pageText().contains(Messages.format(VI, "errorPage.forbidden.title")));
        browser.screenshot("delegation-pupil-403");
        browser.go("/reports/index.xhtml");
        assertEquals("/reports/delegation.xhtml", browser.path(), "guests read the delegation report");
        assertTrue(browser.isPresent(By.id("section-pilot")));
        assertFalse(browser.pageText().contains(code), "no pupil data in the report");
    }

    @Test
    void errorPagesAreTranslatedAndRevealNothing() {
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=NO-SUCH-PUPIL");
        assertTrue(browser.isPresent(By.id("error-404")), browser.pageText());
        browser.language("zh");
        assertTrue(browser.isPresent(By.id("error-404")));
        assertTrue(browser.pageText().contains(Messages.format(new ULocale("zh"), "errorPage.notFound.title")));
        assertFalse(browser.pageText().contains("Exception"));
        browser.screenshot("error-404-zh");
    }

    // --- cohorts ---------------------------------------------------------------------------------------

    @Test
    void ministryFollowsACohortInItsSwitchingYear() {
        Api api = Api.at(url);
        int thisYear = Integer.parseInt(Api.currentSchoolYear().substring(0, 4));
        // A Khmer pilot cohort in grade 3 this year: the published schedule switches the core subjects to Vietnamese.
        JsonObject cohort = api.as("ministry").get("api/cohorts").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.isNull("programmeId") && c.getString("schoolCode").startsWith("84"))
                .filter(c -> c.getString("entryStage").equals("PRESCHOOL_5") ? c.getInt("startYear") == thisYear - 4
                        : c.getInt("startYear") == thisYear - 2)
                .findFirst().orElseThrow();
        String id = cohort.getString("id");
        JsonObject flow = api.as("ministry").get("api/cohorts/" + id + "/flow").json();

        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.clickAndLoad(By.id("nav-cohorts"));
        assertTrue(browser.path().startsWith("/cohorts/list.xhtml"), browser.path());
        browser.go("/cohorts/list.xhtml?school=" + cohort.getString("schoolCode"));
        List<WebElement> links = browser.findAll(By.cssSelector("#cohortsForm\\:cohorts_data a.name-link"));
        assertFalse(links.isEmpty());
        assertTrue(links.stream().allMatch(l -> l.getAttribute("href").contains("/cohorts/view.xhtml?id=")));
        browser.screenshot("cohort-list");
        browser.go("/cohorts/view.xhtml?id=" + id);

        WebElement state = browser.find(By.id("transitionState"));
        assertTrue(state.getAttribute("class").contains("notice-switch"), "grade 3 is a switching year: " + state.getText());
        assertTrue(state.getText().contains(Messages.format(VI, "stage.GRADE_3")), state.getText());
        assertTrue(browser.findAll(By.cssSelector("#subjects_data .tag-warning")).size() >= 4,
                "the core subjects switch this year");
        // The flow table has the API's years, and the cut by sex adds up to them.
        assertEquals(flow.getJsonArray("years").size(), browser.findAll(By.cssSelector("#flow_data tr")).size());
        int enrolled = flow.getJsonArray("years").stream().mapToInt(y -> y.asJsonObject().getInt("enrolled")).sum();
        int bySex = browser.findAll(By.cssSelector("#bySex_data tr")).stream()
                .mapToInt(row -> Integer.parseInt(row.findElements(By.tagName("td")).get(2).getText().replaceAll("\\D", ""))).sum();
        assertEquals(enrolled, bySex, "girls and boys add up to the cohort, year by year");
        browser.screenshot("cohort-view-vi");

        browser.language("en");
        assertTrue(browser.pageText().contains(Messages.format(EN, "cohort.view.byEthnicity")));
        assertTrue(browser.text(By.id("transitionState")).contains("Grade 3"), browser.text(By.id("transitionState")));
        browser.screenshot("cohort-view-en");

        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/cohorts/view.xhtml?id=" + id);
        assertTrue(browser.isPresent(By.id("error-404")), "another province's cohort: " + browser.pageText());
        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        assertFalse(browser.isPresent(By.id("nav-cohorts")));
        for (String page : new String[] {"/cohorts/list.xhtml", "/cohorts/view.xhtml?id=" + id}) {
            browser.go(page);
            assertTrue(browser.isPresent(By.id("error-403")), page + ": " + browser.pageText());
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String errorSummary() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }

    /** The message shown at the input with {@code id} in the pupil form. */
    private String fieldError(String id) {
        return browser.text(By.xpath("//*[@id='pupilForm:" + id + "']/ancestor::div[contains(@class,'form-field')]"
                + "//*[contains(@class,'ui-message-error-summary')]"));
    }

    /** A new pupil in a new grade-1 class of a primary school of {@code province}, enrolled by {@code officer}. */
    private String newPupil(String officer, String province, String vietnameseName) {
        Api api = Api.at(url);
        String school = api.as("ministry").get("api/schools?province=" + province + "&size=500").items().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> !s.getString("level").equals("PRESCHOOL"))
                .map(s -> s.getString("code")).findFirst().orElseThrow();
        Api.Reply created = api.as("ministry").post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"GRADE_1","name":"W%s"}"""
                .formatted(school, Api.currentSchoolYear(), uniqueWord().substring(0, 5)));
        assertEquals(201, created.status(), created::toString);
        Api.Reply pupil = api.as(officer).post("api/pupils", """
                {"nativeName":"%s","vietnameseName":"%s","sex":"F","dateOfBirth":"%s",
                 "ethnicity":"KINH","motherTongue":"vi","classId":"%s"}"""
                .formatted(vietnameseName, vietnameseName, Api.today().minusYears(7), created.json().getString("id")));
        assertEquals(201, pupil.status(), pupil::toString);
        return pupil.json().getString("code");
    }

    /** A made-up word of letters, so that each run's pupils are found by name alone. */
    private static String uniqueWord() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder word = new StringBuilder("X");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return word.toString();
    }
}
