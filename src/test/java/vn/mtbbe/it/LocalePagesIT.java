package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page of every role in each of the five interface languages: the page says which language it is in
 * ({@code <html lang dir>}), shows no bundle key instead of a text and no English sentence on a page in another
 * language; a screenshot of each is kept (target/screenshots/locale-*.png). The pages do not depend on the database, so
 * this runs on the embedded one only.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class LocalePagesIT {

    static final List<String> LANGUAGES = List.of("vi", "en", "zh", "ms", "km");

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void everyPageOfEveryRoleSpeaksEachLanguage() throws IOException {
        assumeTrue(Database.isH2(), "language does not depend on the database");
        String school = Database.column("SELECT code FROM school WHERE province_code = '10' AND demo = TRUE ORDER BY code").get(0).toString();
        Object classId = Database.column("SELECT c.id FROM school_class c JOIN school s ON s.id = c.school_id "
                + "WHERE s.code = ? ORDER BY c.school_year DESC, c.id", school).get(0);
        String pupil = Database.column("SELECT p.code FROM pupil p JOIN enrolment e ON e.pupil_id = p.id WHERE e.class_id = ? "
                + "ORDER BY p.code", classId).get(0).toString();
        Object cohort = Database.column("SELECT id FROM cohort ORDER BY id").get(0);
        Object programme = Database.column("SELECT id FROM programme ORDER BY id").get(0);
        Object sitting = Database.column("SELECT id FROM sitting ORDER BY id").get(0);
        Object instrument = Database.column("SELECT id FROM instrument ORDER BY id").get(0);
        List<String> common = List.of("/index.xhtml", "/account/password.xhtml");
        List<String> records = List.of("/schools/list.xhtml", "/schools/view.xhtml?code=" + school,
                "/classes/view.xhtml?id=" + classId, "/pupils/list.xhtml", "/pupils/view.xhtml?code=" + pupil,
                "/pupils/learning.xhtml?code=" + pupil, "/programmes/list.xhtml", "/programmes/view.xhtml?id=" + programme,
                "/cohorts/list.xhtml?school=" + school, "/cohorts/view.xhtml?id=" + cohort,
                "/attendance/completeness.xhtml", "/achievement/sittings.xhtml", "/achievement/sitting.xhtml?id=" + sitting,
                "/achievement/instruments.xhtml", "/achievement/instrument.xhtml?id=" + instrument,
                "/calendars/view.xhtml", "/reports/index.xhtml", "/reports/index.xhtml?tab=compare");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("officer.laocai", concat(common, records, List.of("/pupils/new.xhtml?class=" + classId,
                "/attendance/day.xhtml?class=" + classId, "/attendance/import.xhtml", "/achievement/import.xhtml")));
        pages.put("ministry", concat(common, records, List.of("/reports/delegation.xhtml", "/admin/audit.xhtml",
                "/achievement/instrument-edit.xhtml", "/schools/edit.xhtml?code=" + school)));
        pages.put("admin", concat(common, List.of("/admin/users.xhtml", "/admin/user.xhtml?username=officer.laocai",
                "/admin/audit.xhtml", "/schools/list.xhtml", "/programmes/list.xhtml")));
        pages.put("delegation", concat(common, List.of("/reports/delegation.xhtml")));

        Properties base = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> problems = new ArrayList<>();
        int visited = 0;
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            browser.forgetEverything().go("/login.xhtml").signIn(role.getKey(), Api.PASSWORD);
            for (String language : LANGUAGES) {
                browser.language(language);
                Properties own = language.equals("vi") ? base : bundle("messages_" + language + ".properties");
                Set<String> foreign = language.equals("en") ? Set.of() : englishOnly(english, own);
                assertTrue(language.equals("en") || foreign.size() > 300, language + ": English sentences to look for: " + foreign.size());
                for (String page : role.getValue()) {
                    browser.go(page);
                    visited++;
                    String where = role.getKey() + " " + language + " " + page;
                    String lang = browser.find(By.tagName("html")).getAttribute("lang");
                    if (!language.equals(lang) || !"ltr".equals(browser.find(By.tagName("html")).getAttribute("dir"))) {
                        problems.add(where + ": html lang=" + lang);
                    }
                    if (browser.isPresent(By.id("error-500"))) {
                        problems.add(where + ": an error page");
                        continue;
                    }
                    String text = browser.pageText();
                    for (String key : base.stringPropertyNames()) {
                        if (key.contains(".") && key.length() > 12 && text.contains(key)) {
                            problems.add(where + ": shows the key " + key);
                        }
                    }
                    for (String sentence : foreign) {
                        if (text.contains(sentence)) {
                            problems.add(where + ": English text '" + sentence + "'");
                        }
                    }
                    browser.screenshot("locale-" + role.getKey() + "-" + language + page.replaceAll("[^A-Za-z0-9]+", "-"));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(visited > 200, "pages visited: " + visited);
    }

    /** English texts long enough to be sentences that the language's own bundle says otherwise. */
    static Set<String> englishOnly(Properties english, Properties own) {
        Set<String> texts = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.length() >= 20 && !value.contains("{") && !value.equals(own.getProperty(key))) {
                texts.add(value);
            }
        }
        return texts;
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStreamReader in = new InputStreamReader(Files.newInputStream(Path.of("i18n", name)), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
