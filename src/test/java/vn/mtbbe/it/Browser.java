package vn.mtbbe.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Chromium for the page tests, with helpers that wait for pages and Ajax instead of sleeping.
 * System property {@code browser.tests}: "auto" skips the tests where Chromium is not installed,
 * "required" (CI) fails them instead. Every page a test visits is checked for accessibility ({@link Accessibility}).
 */
public final class Browser implements AutoCloseable {

    /** Debian's Chromium and its driver; other places can be given as system properties. */
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** True when Ajax is idle and the document loaded: jQuery's and PrimeFaces' queues are empty. */
    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());";

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Skips (auto) or fails (required) the calling test when Chromium and its driver are not installed. */
    public static void assumeInstalled() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        String mode = System.getProperty("browser.tests", "auto");
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("required".equals(mode)) {
            Assertions.assertTrue(installed, missing + "; browser.tests=required");
        } else {
            Assumptions.assumeTrue(installed, missing + "; skipped because browser.tests=" + mode);
        }
    }

    public static Browser open(URL deployment) {
        Path profile;
        try {
            profile = Files.createTempDirectory("mtbbe-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        // Without a choice in the language menu the pages follow the browser: Vietnamese first here.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String s = deployment.toString();
        return new Browser(driver, s.endsWith("/") ? s.substring(0, s.length() - 1) : s, profile);
    }

    /**
     * Back to a first visit: one tab of the usual size, no session, no language chosen (the cookies of this site are
     * deleted).
     */
    public Browser forgetEverything() {
        windowSize(1280, 900);
        List<String> tabs = List.copyOf(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab).close();
        }
        driver.switchTo().window(tabs.get(0));
        if (!driver.getCurrentUrl().startsWith(base)) {
            driver.get(base + "/login.xhtml");
        }
        driver.manage().deleteAllCookies();
        return this;
    }

    /** Opens {@code path} (inside the application, e.g. {@code /pupils/list.xhtml}) and waits for it. */
    public Browser go(String path) {
        driver.get(base + path);
        return idle();
    }

    /**
     * Waits until the page has loaded and no Ajax request is running, then checks its accessibility
     * ({@link Accessibility}: axe-core's WCAG 2.1 A/AA rules and reflow at 320 px, once per distinct page of the run).
     * Every helper that loads a page or clicks ends here, so every page a test sees is checked.
     */
    public Browser idle() {
        waitFor(d -> isIdle());
        Accessibility.check(driver, base);
        return this;
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(condition);
    }

    /** Clicks and waits for what the click started: a new page or Ajax. */
    public Browser click(By by) {
        markPage();
        driver.findElement(by).click();
        waitFor(d -> isNewPage() || isIdle());
        return idle();
    }

    /** Clicks something that loads another page, and waits for that page. */
    public Browser clickAndLoad(By by) {
        markPage();
        driver.findElement(by).click();
        waitFor(d -> isNewPage());
        return idle();
    }

    /** Marks the document shown now, so that {@link #isNewPage()} sees when another one replaced it. */
    private void markPage() {
        script("window.mtbbeShownBefore = true;");
    }

    private boolean isNewPage() {
        try {
            return !Boolean.TRUE.equals(script("return window.mtbbeShownBefore === true;"));
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }

    /** Presses keys on whatever has the focus, as a person at the keyboard would (one key after another). */
    public Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses keys that load another page (Enter in a form), and waits for that page. */
    public Browser pressAndLoad(CharSequence... keys) {
        markPage();
        press(keys);
        waitFor(d -> isNewPage());
        return idle();
    }

    /** Ctrl and {@code key} together (Ctrl+S), then waits for the page it loads. */
    public Browser pressCtrlAndLoad(String key) {
        markPage();
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys(key)
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        waitFor(d -> isNewPage());
        return idle();
    }

    /** The browser window's size, e.g. a 360-px phone screen. */
    public Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    public Browser type(By by, String text) {
        WebElement input = driver.findElement(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    /** Whether Ajax is idle and the document loaded, now. */
    public boolean isIdle() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(IDLE));
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }

    /** The text of the whole page body. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The current address inside the application. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Runs a script that reports its result by calling its last argument (for promises such as fetch). */
    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Replaces a cookie of the site by one of the same name with {@code value} (path /, HTTP only). */
    public Browser replaceCookie(String name, String value) {
        driver.manage().deleteCookieNamed(name);
        driver.manage().addCookie(new Cookie.Builder(name, value).path("/").isHttpOnly(true).build());
        return this;
    }

    /** Signs in on the sign-in page with the demo password (or the one given) and waits for the next page. */
    public Browser signIn(String username, String password) {
        if (!path().startsWith("/login.xhtml")) {
            go("/login.xhtml");
        }
        type(By.id("signInForm:username"), username);
        type(By.id("signInForm:password"), password);
        return clickAndLoad(By.id("signInForm:submit"));
    }

    /** Switches the interface language with the menu in the header. */
    public Browser language(String tag) {
        clickAndLoad(By.id("lang-" + tag));
        waitFor(d -> tag.equals(language()));
        return this;
    }

    /** Opens a second tab of the same browser (same cookies, same session) and switches to it. */
    public String openTab() {
        String current = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        return current;
    }

    /** Closes the tab shown and goes back to the tab {@code handle}. */
    public Browser closeTabFor(String handle) {
        driver.close();
        driver.switchTo().window(handle);
        return this;
    }

    /** Saves a screenshot as {@code <screenshots.dir>/<name>.png}. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        System.out.println(Accessibility.summary());
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
