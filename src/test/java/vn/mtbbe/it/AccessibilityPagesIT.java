package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the automatic checks of every page ({@link Accessibility}: axe-core and reflow at 320 px) cannot see: the
 * header's menu on a phone worked from the keyboard, the skip link, a visible focus on what the keyboard reaches, and
 * the language of children's names written in their mother tongue.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AccessibilityPagesIT {

    /** Whether the focused element (or the PrimeFaces widget that shows its focus) has an outline of 2 px or more. */
    static final String FOCUS_SHOWN = """
            const e = document.activeElement;
            return [e, e.closest('.ui-state-focus')].filter(x => x).some(x => {
                const s = getComputedStyle(x);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            });""";

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuThatTheKeyboardOpensAndCloses() {
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.windowSize(360, 780).go("/pupils/list.xhtml");
        WebElement button = browser.find(By.id("menuButton"));
        assertTrue(button.isDisplayed(), "a menu button on a narrow screen");
        assertEquals("false", button.getAttribute("aria-expanded"));
        for (String folded : List.of("signOut", "lang-en", "nav-pupils", "changePassword")) {
            assertFalse(browser.find(By.id(folded)).isDisplayed(), folded + " is folded into the menu");
        }
        assertTrue(browser.find(By.className("page-title")).isDisplayed());

        browser.script("document.getElementById('menuButton').focus();");
        browser.press(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"), "Enter opens the menu");
        for (String shown : List.of("signOut", "lang-en", "nav-pupils", "changePassword")) {
            assertTrue(browser.find(By.id(shown)).isDisplayed(), shown + " in the open menu");
        }
        browser.screenshot("a11y-menu-open-360");
        browser.press(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"), "Escape closes it");
        assertFalse(browser.find(By.id("signOut")).isDisplayed());
        assertEquals("menuButton", browser.script("return document.activeElement.id;"), "the focus goes back to the button");

        browser.press(" ");
        assertEquals("true", button.getAttribute("aria-expanded"), "Space opens it too");
        browser.language("en");
        assertEquals("en", browser.language(), "a language chosen from the menu");
        assertEquals("false", browser.find(By.id("menuButton")).getAttribute("aria-expanded"), "closed on the new page");

        browser.windowSize(1280, 900);
        browser.waitFor(d -> browser.find(By.id("signOut")).isDisplayed());
        assertFalse(browser.find(By.id("menuButton")).isDisplayed(), "no menu button on a wide screen");
        assertTrue(browser.find(By.id("nav-pupils")).isDisplayed());
    }

    @Test
    void theKeyboardFindsASkipLinkAndSeesWhereItIs() {
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/list.xhtml");
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.press(Keys.TAB);
        WebElement skip = browser.find(By.className("app-skip"));
        assertEquals(skip, browser.find(By.cssSelector(":focus")), "the first Tab reaches the skip link");
        assertTrue(((Number) browser.script("return arguments[0].getBoundingClientRect().top;", skip)).doubleValue() >= 0,
                "and shows it");
        assertTrue((Boolean) browser.script(FOCUS_SHOWN), "with a visible focus");
        browser.press(Keys.ENTER);
        assertEquals("main", browser.script("return document.activeElement.id;"), "Enter goes to the page's content");

        // The filters, the table's links and the paginator: each shows where the focus is.
        for (int i = 0; i < 12; i++) {
            browser.press(Keys.TAB);
            String focused = (String) browser.script("const e = document.activeElement; return e.tagName + '#' + e.id + '.' + e.className;");
            assertTrue((Boolean) browser.script(FOCUS_SHOWN), "no visible focus on " + focused);
        }
    }

    @Test
    void childrensNamesInTheirMotherTongueSayWhichLanguageTheyAreIn() {
        String pupil = Database.column("SELECT code FROM pupil WHERE province_code = '10' AND mother_tongue = 'hmn' "
                + "AND native_name <> vietnamese_name AND demo = TRUE ORDER BY code").get(0).toString();
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/view.xhtml?code=" + pupil);
        assertEquals("hmn", browser.find(By.id("nativeName")).getAttribute("lang"));
        browser.go("/pupils/learning.xhtml?code=" + pupil);
        assertEquals("hmn", browser.find(By.cssSelector(".page-intro .name-native")).getAttribute("lang"));
        browser.go("/pupils/list.xhtml?q=" + pupil);
        assertEquals("hmn", browser.find(By.cssSelector("#pupilsForm\\:pupils_data .name-secondary")).getAttribute("lang"));
    }
}
