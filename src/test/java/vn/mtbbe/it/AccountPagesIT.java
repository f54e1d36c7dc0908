package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts from the pages in a real browser: the administrator creates an officer for a province, who signs in with
 * the password shown once, must choose their own, and then sees only that province; unlocking a locked account; a
 * password change ending the account's other sessions.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AccountPagesIT {

    @ArquillianResource
    URL url;

    Browser browser;

    static String newName() {
        return "web." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theAdministratorCreatesAnOfficerWhoThenSeesOnlyTheirProvince() {
        String name = newName();
        browser.go("/login.xhtml").signIn("admin", Api.PASSWORD);
        browser.clickAndLoad(By.id("nav-users")).clickAndLoad(By.id("newAccount"));
        browser.type(By.id("accountForm:username"), name);
        browser.type(By.id("accountForm:displayName"), "Rơ Mah H'Hoa");
        // Gia Lai among the provinces (an officer is the role chosen at first)
        WebElement giaLai = browser.find(By.xpath("//label[normalize-space()='Gia Lai']"));
        giaLai.click();
        browser.click(By.id("accountForm:save"));
        browser.waitFor(d -> browser.isPresent(By.id("newPassword")));
        String password = browser.text(By.id("newPassword"));
        assertEquals(19, password.length(), password);
        assertTrue(browser.text(By.id("accountState")).contains(Messages.format(Messages.DEFAULT, "account.mustChangePassword")));
        browser.screenshot("account-created");

        browser.clickAndLoad(By.id("signOut")).signIn(name, password);
        assertEquals("/account/password.xhtml", browser.path(), "a password set by someone else is changed first");
        assertTrue(browser.isPresent(By.id("passwordRequired")));
        browser.go("/pupils/list.xhtml");
        assertEquals("/account/password.xhtml", browser.path(), "no other page before the change");

        browser.type(By.id("passwordForm:currentPassword"), password);
        browser.type(By.id("passwordForm:newPassword"), "password123456");
        browser.type(By.id("passwordForm:repeatPassword"), "password123456");
        browser.clickAndLoad(By.id("passwordForm:save"));
        assertTrue(browser.pageText().contains(Messages.format(Messages.DEFAULT, "validation.password.common")),
                "a common password is refused at its field");
        String mine = "hoa ban trắng trên đồi";
        browser.type(By.id("passwordForm:currentPassword"), password);
        browser.type(By.id("passwordForm:newPassword"), mine);
        browser.type(By.id("passwordForm:repeatPassword"), mine);
        browser.clickAndLoad(By.id("passwordForm:save"));
        assertEquals("/", browser.path().replace("/index.xhtml", "/"));

        browser.go("/pupils/list.xhtml");
        List<String> provinces = browser.findAll(By.cssSelector("#pupilsForm\\:province_input option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertEquals(List.of("64"), provinces);
        browser.go("/schools/view.xhtml?code=" + laoCaiSchool());
        assertTrue(browser.pageText().contains(Messages.format(Messages.DEFAULT, "error.notFound.title")),
                "a school of another province is not there");
    }

    @Test
    void theAdministratorUnlocksALockedAccount() {
        Api admin = Api.at(url).as("admin");
        String name = newName();
        Api.Reply created = admin.post("api/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"Locked\","
                + "\"role\":\"MINISTRY\"}");
        assertEquals(201, created.status(), created::toString);
        for (int i = 0; i < 5; i++) {
            Api.at(url).as(name, "wrong").get("api/provinces");
        }
        browser.go("/login.xhtml").signIn("admin", Api.PASSWORD);
        browser.go("/admin/users.xhtml");
        assertTrue(browser.pageText().contains(Messages.format(Messages.DEFAULT, "user.state.locked")));
        browser.screenshot("accounts-list");
        browser.go("/admin/user.xhtml?username=" + name);
        String locked = Messages.format(Messages.DEFAULT, "user.state.locked");
        assertEquals(locked, browser.text(By.cssSelector("#accountState .tag")));
        browser.click(By.id("accountForm:unlock"));
        browser.waitFor(d -> !browser.isPresent(By.id("accountForm:unlock")));
        assertEquals(Messages.format(Messages.DEFAULT, "user.state.active"), browser.text(By.cssSelector("#accountState .tag")));
        assertEquals(403, Api.at(url).as(name, created.json().getString("password")).get("api/provinces").status(),
                "signs in again (and is asked to change the password first)");

        browser.go("/admin/audit.xhtml?entity=Account&key=" + name);
        String log = browser.text(By.id("auditForm:entries"));
        assertTrue(log.contains("locked"), log);
        browser.screenshot("audit-account");
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessions() {
        Api admin = Api.at(url).as("admin");
        String name = newName();
        String first = admin.post("api/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"Two sessions\","
                + "\"role\":\"MINISTRY\"}").json().getString("password");
        String second = "núi đồi trùng điệp xanh";
        assertEquals(204, Api.at(url).as(name, first).put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + second + "\"}").status());
        browser.go("/login.xhtml").signIn(name, second);
        browser.go("/programmes/list.xhtml");
        assertEquals("/programmes/list.xhtml", browser.path());
        // The same person changes the password elsewhere (another browser, a script): this session ends.
        assertEquals(204, Api.at(url).as(name, second).put("api/account/password",
                "{\"currentPassword\":\"" + second + "\",\"newPassword\":\"" + second + " nữa\"}").status());
        browser.go("/programmes/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertFalse(browser.isPresent(By.id("signOut")));
    }

    @Test
    void eachNewPageRefusesTheRolesThatMayNotUseIt() {
        String forbidden = Messages.format(Messages.DEFAULT, "error.forbidden.title");
        Map<String, List<String>> refused = Map.of(
                "officer.laocai", List.of("/admin/user.xhtml", "/admin/audit.xhtml", "/schools/edit.xhtml"),
                "ministry", List.of("/admin/user.xhtml", "/pupils/new.xhtml?school=101002", "/pupils/import.xhtml?school=101002"),
                "delegation", List.of("/admin/audit.xhtml", "/pupils/new.xhtml", "/schools/edit.xhtml", "/schools/years.xhtml"));
        for (Map.Entry<String, List<String>> role : refused.entrySet()) {
            browser.forgetEverything().go("/login.xhtml").signIn(role.getKey(), Api.PASSWORD);
            for (String page : role.getValue()) {
                browser.go(page);
                assertEquals(forbidden, browser.text(By.cssSelector("h1.page-title")), role.getKey() + " on " + page);
            }
        }
        browser.forgetEverything().go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/admin/audit.xhtml");
        assertEquals(Messages.format(Messages.DEFAULT, "audit.title"), browser.text(By.cssSelector("h1.page-title")),
                "ministry staff read the audit log");
        assertTrue(browser.isPresent(By.id("nav-audit")));
    }

    @Test
    void theLanguageChosenForAnAccountIsTheReadersFromTheSignInOn() {
        Api admin = Api.at(url).as("admin");
        String name = newName();
        String first = admin.post("api/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"Visitor\","
                + "\"role\":\"MINISTRY\",\"locale\":\"zh\"}").json().getString("password");
        String mine = "dòng sông quê hương yên ả";
        assertEquals(204, Api.at(url).as(name, first).put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + mine + "\"}").status());
        browser.go("/login.xhtml").signIn(name, mine);
        assertEquals("zh", browser.language());
        assertEquals(Messages.format(new com.ibm.icu.util.ULocale("zh"), "nav.home"), browser.text(By.id("nav-home")));
    }

    private String laoCaiSchool() {
        return Api.at(url).as("ministry").get("api/schools?province=10&size=1").items().getJsonObject(0).getString("code");
    }
}
