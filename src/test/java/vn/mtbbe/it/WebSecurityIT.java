package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.mtbbe.it.server.WebFixtures;

import java.net.URI;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the pages send back to a browser, tried with requests as an attacker's link would make them: redirects
 * stay on this site; and a page session ends as soon as its account is changed, deactivated or expires.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class WebSecurityIT {

    /** Addresses that a redirect to "the same page" must not turn into another site. */
    static final List<String> ELSEWHERE = List.of("//evil.example/", "//evil.example/index.xhtml", "///evil.example/",
            "/\\evil.example/", "/\\\\evil.example/", "/%2F%2Fevil.example/", "/%5Cevil.example/", "/%2F/evil.example/",
            "//pupils/list.xhtml");

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void theLanguageSwitchRedirectsOnlyToThisSite() {
        String cookies = signedIn();
        for (String target : ELSEWHERE) {
            assertStaysOnThisSite(target + "?lang=en", RawHttp.get(url, target + "?lang=en", cookies));
        }
        RawHttp.Response page = RawHttp.get(url, "/pupils/list.xhtml?q=giang&lang=en", cookies);
        assertEquals(302, page.status());
        assertEquals(URI.create(url.toString()).resolve("/pupils/list.xhtml?q=giang"),
                URI.create(url.toString()).resolve(page.header("Location").orElseThrow()), "the same page, without lang");
    }

    @Test
    void anExpiredPageIsReloadedOnlyFromThisSite() {
        String cookies = signedIn();
        String stale = "pupilsForm=pupilsForm&jakarta.faces.ViewState=stale%3A1";
        for (String target : List.of("//pupils/list.xhtml", "///pupils/list.xhtml", "/%2F/pupils/list.xhtml",
                "//evil.example/pupils/list.xhtml", "/\\pupils/list.xhtml")) {
            assertStaysOnThisSite(target, RawHttp.post(url, target, cookies, stale));
        }
        RawHttp.Response page = RawHttp.post(url, "/pupils/list.xhtml", cookies, stale);
        assertEquals(302, page.status(), "an expired view is loaded again");
        assertEquals(URI.create(url.toString()).resolve("/pupils/list.xhtml"),
                URI.create(url.toString()).resolve(page.header("Location").orElseThrow()));
    }

    @Test
    void pagesAllowOnlyScriptsOfThisSiteOrWithTheResponsesNonceAndAreNotStored() {
        String cookies = signedIn();
        String pupil = Api.str(api().as("officer.laocai").get("api/pupils?size=1").items().getJsonObject(0), "code");
        for (String page : List.of("/", "/pupils/list.xhtml", "/pupils/view.xhtml?code=" + pupil,
                "/pupils/edit.xhtml?code=" + pupil, "/schools/list.xhtml", "/cohorts/list.xhtml", "/no/such/page.xhtml")) {
            RawHttp.Response response = RawHttp.get(url, page, cookies);
            List<String> policies = response.headers("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": " + policies);
            String scripts = directive(policies.get(0), "script-src");
            assertTrue(scripts.contains("'nonce-"), page + ": " + scripts);
            assertFalse(scripts.contains("unsafe"), page + ": " + scripts);
            assertFalse(directive(policies.get(0), "default-src").contains("unsafe"), page + ": " + policies);
            assertEquals(List.of("no-store"), response.headers("Cache-Control"), page);
        }
        RawHttp.Response signIn = RawHttp.get(url, "/login.xhtml", null);
        assertEquals(1, signIn.headers("Content-Security-Policy").size(), "the sign-in page too");
        assertFalse(directive(signIn.headers("Content-Security-Policy").get(0), "script-src").contains("unsafe"));
    }

    @Test
    void theScriptsOfAPageStillWorkUnderThePolicy() {
        // The widgets exist only if PrimeFaces' inline start-up scripts ran, and the search answers only if the
        // event handler that PrimeFaces moved into a nonce-carrying script ran; a refused script is also counted.
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/pupils/list.xhtml");
        assertEquals(Boolean.TRUE, browser.script("return typeof PF === 'function' && PF('pupilsTable') != null;"));
        browser.script("window.mtbbeViolations = 0; document.addEventListener('securitypolicyviolation',"
                + " function () { window.mtbbeViolations++; });");
        browser.type(By.id("pupilsForm:q"), "giang");
        browser.waitFor(d -> {
            List<WebElement> names = browser.findAll(By.cssSelector("#pupilsForm\\:pupils_data a.name-link"));
            return !names.isEmpty() && names.stream().allMatch(a -> a.getText().startsWith("Giàng"));
        });
        assertEquals(0L, ((Number) browser.script("return window.mtbbeViolations;")).longValue());
    }

    @Test
    void aGuestWhoseAccessWasShortenedIsSignedOutOnTheNextPage() {
        browser.go("/login.xhtml").signIn(WebFixtures.CHANGED_GUEST, Api.PASSWORD);
        browser.go("/reports/delegation.xhtml");
        assertEquals("/reports/delegation.xhtml", browser.path());
        Database.update("UPDATE app_user SET expires_at = ? WHERE username = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), WebFixtures.CHANGED_GUEST);
        browser.go("/reports/delegation.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    }

    @Test
    void aDeactivatedAccountIsSignedOutOnTheNextPage() {
        browser.go("/login.xhtml").signIn(WebFixtures.CHANGED_OFFICER, Api.PASSWORD);
        browser.go("/pupils/list.xhtml");
        assertEquals("/pupils/list.xhtml", browser.path());
        Database.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", WebFixtures.CHANGED_OFFICER);
        browser.go("/pupils/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    }

    @Test
    void anAccountWhoseRoleChangedIsSignedOutOnTheNextPage() {
        browser.go("/login.xhtml").signIn(WebFixtures.CHANGED_MINISTRY, Api.PASSWORD);
        browser.go("/programmes/list.xhtml");
        assertEquals("/programmes/list.xhtml", browser.path());
        Database.update("UPDATE app_user SET role = 'DELEGATION' WHERE username = ?", WebFixtures.CHANGED_MINISTRY);
        browser.go("/programmes/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    }

    private Api api() {
        return Api.at(url);
    }

    /** The sources of one directive of a policy, e.g. {@code 'self' 'nonce-x'} for script-src; empty when absent. */
    @Test
    @org.junit.jupiter.api.Tag(BrowserExtension.NO_BROWSER)
    void overTlsAtATrustedProxyTheSessionCookieIsSecureAndBrowsersKeepToHttps() {
        RawHttp.Response plain = RawHttp.get(url, "/login.xhtml", null);
        assertTrue(plain.header("Strict-Transport-Security").isEmpty(), "plain HTTP: no HSTS");
        // The integration tests' server trusts this machine as its proxy (MTBBE_PROXY_TRUSTEDADDRESSES=local).
        String tls = "X-Forwarded-Proto: https";
        RawHttp.Response page = RawHttp.get(url, "/login.xhtml", null, tls);
        assertEquals("max-age=31536000", page.header("Strict-Transport-Security").orElseThrow(), page.headers()::toString);
        String cookie = sessionCookie(page.headers("Set-Cookie"));
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(state.find(), page.body());
        String form = "signInForm=signInForm&signInForm%3Ausername=officer.laocai&signInForm%3Apassword=" + Api.encode(Api.PASSWORD)
                + "&signInForm%3Asubmit=&jakarta.faces.ViewState=" + Api.encode(state.group(1));
        RawHttp.Response signedIn = RawHttp.post(url, "/login.xhtml", cookie, form, tls);
        assertEquals(302, signedIn.status(), signedIn::toString);
        List<String> cookies = signedIn.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        String last = cookies.get(cookies.size() - 1);
        assertTrue(last.contains("; Secure") && last.contains("HttpOnly") && last.contains("SameSite=Lax"), cookies::toString);
        RawHttp.Response list = RawHttp.get(url, "/pupils/list.xhtml", sessionCookie(List.of(last)), tls);
        assertEquals(200, list.status(), "signed in with the Secure cookie");
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b).map(c -> c.split(";")[0])
                .orElseThrow(() -> new AssertionError("no session cookie: " + setCookies));
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            String d = part.strip();
            if (d.startsWith(name + " ")) {
                return d.substring(name.length()).strip();
            }
        }
        return "";
    }

    private String signedIn() {
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        String cookies = "JSESSIONID=" + browser.cookie("JSESSIONID");
        String version = browser.cookie("JSESSIONIDVERSION");
        return version == null ? cookies : cookies + "; JSESSIONIDVERSION=" + version;
    }

    /** Either no redirect at all (the server refused or did not find the address) or one to this site. */
    private void assertStaysOnThisSite(String target, RawHttp.Response response) {
        if (response.status() < 300 || response.status() >= 400) {
            return;
        }
        String location = response.header("Location").orElseThrow(() -> new AssertionError(target + ": no Location"));
        assertFalse(location.contains("\\"), target + " -> " + location);
        URI resolved = URI.create(url.toString()).resolve(location);
        assertEquals(url.getHost() + ":" + url.getPort(), resolved.getHost() + ":" + resolved.getPort(),
                target + " -> " + location);
        assertTrue(resolved.getPath().startsWith("/"), target + " -> " + location);
    }
}
