package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.mtbbe.calendar.domain.LunarDates;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The school calendar page in a real browser: the month of Tết, in Vietnamese and in English, for each role. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CalendarPagesIT {

    static final ULocale VI = new ULocale("vi");
    static final ULocale EN = ULocale.ENGLISH;

    @ArquillianResource
    URL url;

    Browser browser;

    @Test
    void anOfficerSeesTheMonthOfTetWithItsHolidays() {
        String year = Api.currentSchoolYear();
        int next = Integer.parseInt(year.substring(5));
        java.time.LocalDate tet = LunarDates.tet(next);
        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        assertTrue(browser.isPresent(By.id("nav-calendar")));
        browser.go("/calendars/view.xhtml?province=10&year=" + year + "&month=" + YearMonth.from(tet));
        assertEquals(Messages.format(VI, "calendar.title"), browser.text(By.cssSelector("h1.page-title")));
        By tetCell = By.cssSelector("td[data-date='" + tet + "']");
        assertEquals("HOLIDAY", browser.find(tetCell).getAttribute("data-kind"));
        assertTrue(browser.find(tetCell).getText().contains("Nghỉ Tết Nguyên Đán"), browser.find(tetCell).getText());
        java.time.LocalDate back = tet.plusDays(6);
        while (back.getDayOfWeek().getValue() > 5) {
            back = back.plusDays(1);
        }
        assertEquals("SCHOOL", browser.find(By.cssSelector("td[data-date='" + back + "']")).getAttribute("data-kind"),
                "the first weekday after the break");
        // Vietnamese weeks begin on Monday (ICU): the first column is Monday ("Th 2").
        assertEquals(7, browser.findAll(By.cssSelector("#calendarGrid thead th")).size());
        String counts = browser.text(By.id("schoolDayCounts"));
        assertTrue(counts.contains("ngày học"), counts);
        assertTrue(browser.text(By.id("monthEntries")).contains(Messages.format(VI, "calendar.national")));
        browser.screenshot("calendar-tet-vi");

        browser.clickAndLoad(By.id("previousMonth"));
        assertTrue(browser.path().contains("month=" + YearMonth.from(tet).minusMonths(1)), browser.path());
        browser.language("en");
        assertEquals(Messages.format(EN, "calendar.title"), browser.text(By.cssSelector("h1.page-title")));
        assertTrue(browser.text(By.id("schoolDayCounts")).contains("school day"), browser.text(By.id("schoolDayCounts")));
        browser.screenshot("calendar-en");
    }

    @Test
    void anOfficerAddsAStormDayAndItsMakeUpSaturdayThenTakesThemOut() {
        String year = Api.currentSchoolYear();
        Api api = Api.at(url);
        int before = api.as("officer.travinh").get("api/calendars/84/" + year).json().getJsonArray("schoolDays").size();
        java.time.LocalDate monday = CalendarApiIT.firstSchoolMonday(api.as("officer.travinh").get("api/calendars/84/" + year).json());
        java.time.LocalDate saturday = monday.plusDays(5);
        browser.go("/login.xhtml").language("en").signIn("officer.travinh", Api.PASSWORD);
        browser.go("/calendars/view.xhtml?province=84&year=" + year + "&month=" + YearMonth.from(monday));

        // A make-up day on a weekday: refused, translated, nothing saved.
        addDay(monday.plusDays(1), "MAKE_UP", "Học bù");
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(EN, "validation.calendar.makeUpOnWeekday")),
                browser.text(By.id("messages")));
        assertEquals(before, api.as("officer.travinh").get("api/calendars/84/" + year).json().getJsonArray("schoolDays").size());

        addDay(monday, "HOLIDAY", "Nghỉ học do lũ");
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(EN, "calendar.saved")));
        addDay(saturday, "MAKE_UP", "Học bù ngày lũ");
        assertEquals("HOLIDAY", browser.find(By.cssSelector("td[data-date='" + monday + "']")).getAttribute("data-kind"));
        assertEquals("MAKE_UP", browser.find(By.cssSelector("td[data-date='" + saturday + "']")).getAttribute("data-kind"));
        assertEquals(before, api.as("officer.travinh").get("api/calendars/84/" + year).json().getJsonArray("schoolDays").size(),
                "a day lost, a day made up");
        browser.screenshot("calendar-edited-en");

        browser.clickAndLoad(By.cssSelector("#ownDays tr[data-date='" + monday + "'] input[type='submit']"));
        browser.clickAndLoad(By.cssSelector("#ownDays tr[data-date='" + saturday + "'] input[type='submit']"));
        assertEquals("SCHOOL", browser.find(By.cssSelector("td[data-date='" + monday + "']")).getAttribute("data-kind"));
        assertEquals(before, api.as("officer.travinh").get("api/calendars/84/" + year).json().getJsonArray("schoolDays").size());
    }

    @Test
    void ministryStaffAddANationalHolidayForEveryProvinceAndCannotTakeAMarkedDay() {
        String year = Api.currentSchoolYear();
        Api api = Api.at(url);
        java.time.LocalDate monday = CalendarApiIT.firstSchoolMonday(api.as("ministry").get("api/calendars/64/" + year).json())
                .plusWeeks(2);
        browser.go("/login.xhtml").language("en").signIn("ministry", Api.PASSWORD);
        browser.go("/calendars/view.xhtml?province=64&year=" + year + "&month=" + YearMonth.from(monday));
        browser.script("document.getElementById('nationalEditForm:nationalDate').value = arguments[0];", monday.toString());
        browser.type(By.id("nationalEditForm:nationalName"), "Ngày nghỉ bù");
        browser.clickAndLoad(By.id("nationalEditForm:addNational"));
        assertTrue(browser.text(By.id("messages")).contains(Messages.format(EN, "calendar.saved")), browser.text(By.id("messages")));
        for (String province : java.util.List.of("10", "64", "84")) {
            assertFalse(api.as("ministry").get("api/calendars/" + province + "/" + year).json().getJsonArray("schoolDays")
                    .toString().contains(monday.toString()), province);
        }
        browser.clickAndLoad(By.cssSelector("#nationalDays tr[data-date='" + monday + "'] input[type='submit']"));
        assertTrue(api.as("ministry").get("api/calendars/10/" + year).json().getJsonArray("schoolDays").toString()
                .contains(monday.toString()), "taken out again");

        // A day the demo's classes have marked cannot become a holiday: refused, translated, nothing saved.
        java.util.List<String> past = api.as("ministry").get("api/calendars/64/" + year).json().getJsonArray("schoolDays")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .filter(d -> java.time.LocalDate.parse(d).isBefore(Api.today())).toList();
        String marked = past.get(past.size() - 1);
        browser.go("/calendars/view.xhtml?province=64&year=" + year + "&month=" + marked.substring(0, 7));
        browser.script("document.getElementById('nationalEditForm:nationalDate').value = arguments[0];", marked);
        browser.type(By.id("nationalEditForm:nationalName"), "Ngày nghỉ");
        browser.clickAndLoad(By.id("nationalEditForm:addNational"));
        assertTrue(browser.text(By.id("messages")).contains("Remove that day's attendance first"), browser.text(By.id("messages")));
        assertFalse(browser.isPresent(By.cssSelector("#nationalDays tr[data-date='" + marked + "']")));
    }

    private void addDay(java.time.LocalDate day, String kind, String name) {
        // The date input takes the date as the browser shows it; set its value as the form sends it (ISO).
        browser.script("document.getElementById('calendarEditForm:newDate').value = arguments[0];", day.toString());
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("calendarEditForm:newKind"))).selectByValue(kind);
        browser.type(By.id("calendarEditForm:newName"), name);
        browser.clickAndLoad(By.id("calendarEditForm:addDay"));
    }

    @Test
    void ministryStaffChooseTheProvinceGuestsSeeNoCalendar() {
        String year = Api.currentSchoolYear();
        browser.go("/login.xhtml").signIn("ministry", Api.PASSWORD);
        browser.go("/calendars/view.xhtml?province=84&year=" + year + "&month=" + (Integer.parseInt(year.substring(5))) + "-04");
        assertEquals("HOLIDAY", browser.find(By.cssSelector("td[data-date='" + year.substring(5) + "-04-14']")).getAttribute("data-kind"),
                "the Khmer New Year in Trà Vinh");
        browser.go("/calendars/view.xhtml?province=10&year=" + year + "&month=" + year.substring(5) + "-04");
        assertFalse(browser.find(By.cssSelector("td[data-date='" + year.substring(5) + "-04-14']")).getText().contains("Chôl"),
                "not in Lào Cai");

        browser.go("/login.xhtml").signIn("officer.laocai", Api.PASSWORD);
        browser.go("/calendars/view.xhtml?province=84&year=" + year);
        assertFalse(browser.isPresent(By.id("calendarGrid")), "another province's calendar");
        assertTrue(browser.pageText().contains(Messages.format(VI, "errorPage.notFound.title")), browser.pageText());

        browser.go("/login.xhtml").signIn("delegation", Api.PASSWORD);
        assertFalse(browser.isPresent(By.id("nav-calendar")));
        browser.go("/calendars/view.xhtml?province=10&year=" + year);
        assertFalse(browser.isPresent(By.id("calendarGrid")), "delegation guests see no calendar");
    }
}
