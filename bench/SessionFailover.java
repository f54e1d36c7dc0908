import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session survives the loss of the instance that served it (bench/fault-test.sh runs it inside
 * bench/cluster.sh): headless Chromium signs in through the load balancer as officer.laocai, learns from HAProxy's
 * X-Served-By header which instance answered, kills that instance (kill -9), then opens other pages, which the other
 * instance serves, and must still be signed in (the page has the sign-out button, not the sign-in form).
 *   java -cp TEST_CLASSPATH bench/SessionFailover.java   (with MTBBE_LB_URL and MTBBE_CLUSTER_WORK set)
 * Exits 1 when the session was lost.
 */
public class SessionFailover {

    private static final Pattern SERVED_BY = Pattern.compile("\"x-served-by\":\"(app\\d)\"", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws Exception {
        String base = System.getenv("MTBBE_LB_URL");
        Path work = Path.of(System.getenv("MTBBE_CLUSTER_WORK"));
        Path profile = Files.createTempDirectory("mtbbe-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        boolean ok;
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(base + "/login.xhtml");
            driver.findElement(By.id("signInForm:username")).sendKeys("officer.laocai");
            driver.findElement(By.id("signInForm:password")).sendKeys(System.getenv().getOrDefault("MTBBE_DEMO_PASSWORD", "demo"));
            driver.findElement(By.id("signInForm:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                    && !d.findElements(By.id("signOut")).isEmpty());
            String served = lastServedBy(driver);
            System.out.printf("signed in as officer.laocai: %s, served by %s; cookies %s%n", path(driver), served,
                    driver.manage().getCookies().stream().map(c -> c.getName()).sorted().toList());
            int node = Integer.parseInt(served.substring(3));
            String pid = Files.readString(work.resolve("node" + node + ".pid")).strip();
            new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
            System.out.printf("kill -9 instance %d (pid %s)%n", node, pid);
            ok = true;
            for (String page : new String[] {"/pupils/list.xhtml", "/attendance/completeness.xhtml", "/index.xhtml"}) {
                driver.get(base + page);
                boolean signedIn = !path(driver).contains("login.xhtml") && !driver.findElements(By.id("signOut")).isEmpty();
                System.out.printf("%s: %s, served by %s, %s%n", page, path(driver), lastServedBy(driver),
                        signedIn ? "still signed in" : "NOT SIGNED IN");
                ok &= signedIn;
            }
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println(ok ? "SESSION OK: the session outlived the instance that served it"
                : "SESSION LOST");
        System.exit(ok ? 0 : 1);
    }

    private static String path(WebDriver driver) {
        String url = driver.getCurrentUrl();
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** The instance named in the last response the browser received (Chromium's network log). */
    private static String lastServedBy(WebDriver driver) {
        String served = "unknown";
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("Network.responseReceived") && message.contains("\"type\":\"Document\"")) {
                Matcher m = SERVED_BY.matcher(message);
                if (m.find()) {
                    served = m.group(1);
                }
            }
        }
        return served;
    }
}
