package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ministry staff set up schools and school years on the pages, in a real browser; officers only read them. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class SchoolPagesIT {

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void ministryStaffAddASchoolAndChangeItsDesignation() {
        String code = Fixtures.unique("SP");
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/schools/list.xhtml").clickAndLoad(By.id("newSchool"));
        browser.type(By.id("schoolForm:code"), code);
        browser.type(By.id("schoolForm:name"), "Trường Tiểu học Thử " + code);
        new Select(browser.find(By.id("schoolForm:provinceCode"))).selectByValue("84");
        browser.idle();
        browser.type(By.id("schoolForm:district_input"), "Trà Cú");
        new Select(browser.find(By.id("schoolForm:programmeLanguage"))).selectByValue("km");
        browser.clickAndLoad(By.id("schoolForm:save"));
        assertEquals("/schools/view.xhtml", browser.path().replaceAll("\\?.*", ""), browser.pageText());
        assertEquals(code, browser.text(By.id("schoolCode")));

        browser.clickAndLoad(By.id("editSchool"));
        new Select(browser.find(By.id("schoolForm:designation"))).selectByValue("COMPARISON");
        browser.waitFor(d -> !browser.isPresent(By.id("schoolForm:programmeLanguage")));
        browser.clickAndLoad(By.id("schoolForm:save"));
        assertTrue(browser.text(By.id("schoolDetails")).contains(Messages.format(Messages.DEFAULT, "school.designation.COMPARISON")));
        assertEquals(200, Api.at(url).as("ministry").get("api/schools/" + code).status());
    }

    @Test
    void officersReadTheSchoolYearsButChangeNothing() {
        browser.go("/login.xhtml").signIn("officer.travinh", Api.PASSWORD);
        browser.go("/schools/list.xhtml");
        assertFalse(browser.isPresent(By.id("newSchool")));
        browser.clickAndLoad(By.id("schoolYears"));
        assertTrue(browser.text(By.id("yearForm:years")).contains(Api.currentSchoolYear()));
        assertFalse(browser.isPresent(By.id("yearForm:save")));
        browser.go("/schools/edit.xhtml");
        assertEquals(Messages.format(Messages.DEFAULT, "error.forbidden.title"), browser.text(By.cssSelector("h1.page-title")));
    }

    @Test
    void ministryStaffRenameADistrict() {
        String code = Fixtures.in(Api.at(url), Fixtures.GIA_LAI).school("SR");
        Api ministry = Api.at(url).as("ministry");
        String district = "Huyện Thử " + code;
        assertEquals(200, ministry.putIfMatch("api/schools/" + code, """
                {"name":"Trường %s","district":"%s","level":"PRIMARY","designation":"PILOT","programmeLanguage":"jra"}"""
                .formatted(code, district), ministry.get("api/schools/" + code).header("ETag")).status());
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/schools/list.xhtml").clickAndLoad(By.id("districts"));
        new Select(browser.find(By.id("districtsForm:province"))).selectByValue("64");
        browser.waitFor(d -> browser.text(By.id("districtsForm:districts")).contains(code) || browser.findAll(
                By.cssSelector("#districtsForm\\:districts input")).stream().anyMatch(i -> district.equals(i.getAttribute("value"))));
        org.openqa.selenium.WebElement input = browser.findAll(By.cssSelector("#districtsForm\\:districts input")).stream()
                .filter(i -> district.equals(i.getAttribute("value"))).findFirst().orElseThrow();
        String id = input.getAttribute("id");
        input.clear();
        input.sendKeys("Huyện Đổi " + code);
        browser.click(By.id(id.replace(":name", ":rename")));
        browser.idle();
        browser.waitFor(d -> ministry.get("api/schools/" + code).json().getString("district").equals("Huyện Đổi " + code));
    }
}
