package vn.mtbbe.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.calendar.domain.CalendarDay;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.MonthGrid;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.web.PlaceChoices;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /calendars/view.xhtml?province=&year=&month=}: a province's school calendar, a month at a time: which
 * days are school days, which are holidays (national or the province's own) and which are make-up days, with the
 * number of school days in the month and in the year. Weeks begin on the reader's first day of the week and the
 * names of months and days are the reader's language's (ICU). Ministry staff and the province's officers add and
 * remove the province's own holidays and make-up days here; each change saves the province's days as one unit and
 * is refused when the calendar changed since the page was loaded.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    /** What a day is in the calendar. */
    public enum Kind { SCHOOL, WEEKEND, HOLIDAY, MAKE_UP, OUTSIDE }

    /** One day of the month grid; {@code inMonth} is false for the days of the weeks' edges. */
    public record Cell(String date, String dayNumber, boolean inMonth, Kind kind, String name, boolean national)
            implements Serializable {
        public String getStyleClass() {
            return "calendar-day calendar-" + kind.name().toLowerCase().replace('_', '-') + (inMonth ? "" : " calendar-other-month");
        }
    }

    @Inject
    CalendarService calendars;

    @Inject
    PlaceChoices places;

    @Inject
    UserLocale userLocale;

    @Inject
    Today today;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    @Inject
    Formats formats;

    private String province;
    private String year;
    private String month;
    private List<Choice> provinceChoices;
    private List<List<Cell>> weeks;
    private List<String> weekdayNames;
    private String monthTitle;
    private int schoolDaysInMonth;
    private int schoolDaysInYear;
    private String previousMonth;
    private String nextMonth;
    private List<CalendarDay> entriesOfMonth;
    private List<String> years;
    private boolean editable;
    private String tag;
    private List<CalendarDay> ownEntries;
    private String newDate;
    private String newKind = CalendarDay.Kind.HOLIDAY.name();
    private String newName;
    private boolean nationalEditable;
    private String nationalTag;
    private List<CalendarDay> nationalEntries = List.of();
    private String nationalDate;
    private String nationalName;

    @PostConstruct
    void init() {
        provinceChoices = places.provinces(userLocale.current());
        years = calendars.years();
    }

    /** After the address's parameters are read: defaults to the caller's first province, this year, this month. */
    public void load() {
        if (province == null || province.isBlank()) {
            province = provinceChoices.isEmpty() ? null : provinceChoices.get(0).value();
        }
        if (year == null || year.isBlank()) {
            year = SchoolYear.codeStarting(today.schoolYearStart());
        }
        if (province == null) {
            throw AppException.notFound("error.notFound.province", "");
        }
        CalendarService.View view = calendars.calendar(province, year);
        SchoolCalendar calendar = view.calendar();
        tag = view.tag();
        String own = province;
        ownEntries = view.entries().stream().filter(e -> e.getScope().equals(own)).toList();
        // The service decides; the page only offers what it would accept.
        editable = currentUser.hasRole(Role.MINISTRY)
                || currentUser.hasRole(Role.OFFICER) && currentUser.scope().includes(province);
        nationalEditable = currentUser.hasRole(Role.MINISTRY);
        if (nationalEditable) {
            CalendarService.View national = calendars.national(year);
            nationalTag = national.tag();
            nationalEntries = national.entries();
        }
        YearMonth first = YearMonth.from(calendar.firstDay());
        YearMonth last = YearMonth.from(calendar.lastDay());
        YearMonth shown = parse(month).orElse(YearMonth.from(today.date()));
        if (shown.isBefore(first) || shown.isAfter(last)) {
            shown = first;
        }
        month = shown.toString();
        previousMonth = shown.equals(first) ? null : shown.minusMonths(1).toString();
        nextMonth = shown.equals(last) ? null : shown.plusMonths(1).toString();
        schoolDaysInYear = calendar.schoolDays().size();
        schoolDaysInMonth = calendar.schoolDays(shown).size();

        MonthGrid grid = new MonthGrid(shown, userLocale.current());
        weekdayNames = grid.weekdayNames();
        monthTitle = grid.title();

        Map<LocalDate, CalendarDay> holidays = new HashMap<>();
        Map<LocalDate, CalendarDay> makeUp = new HashMap<>();
        for (CalendarDay d : view.entries()) {
            (d.getKind() == CalendarDay.Kind.HOLIDAY ? holidays : makeUp).putIfAbsent(d.getDay(), d);
        }
        weeks = new ArrayList<>();
        for (List<LocalDate> days : grid.weeks()) {
            List<Cell> week = new ArrayList<>();
            for (LocalDate d : days) {
                Kind kind;
                CalendarDay entry = null;
                if (d.isBefore(calendar.firstDay()) || d.isAfter(calendar.lastDay())) {
                    kind = Kind.OUTSIDE;
                } else if (makeUp.containsKey(d)) {
                    kind = Kind.MAKE_UP;
                    entry = makeUp.get(d);
                } else if (holidays.containsKey(d)) {
                    kind = Kind.HOLIDAY;
                    entry = holidays.get(d);
                } else if (calendar.isSchoolDay(d)) {
                    kind = Kind.SCHOOL;
                } else {
                    kind = Kind.WEEKEND;
                }
                week.add(new Cell(d.toString(), formats.number(d.getDayOfMonth()), YearMonth.from(d).equals(shown), kind,
                        entry == null ? null : entry.getName(), entry != null && entry.isNational()));
            }
            weeks.add(week);
        }
        YearMonth m = shown;
        entriesOfMonth = view.entries().stream().filter(e -> YearMonth.from(e.getDay()).equals(m)).toList();
    }

    /** Adds the day typed in (a holiday or a make-up day of the province) and saves the province's days as one unit. */
    public String add() {
        LocalDate day = typedDay(newDate);
        if (day == null) {
            return null;
        }
        List<CalendarDay> kept = ownEntries.stream().toList();
        List<CalendarService.Entry> holidays = new ArrayList<>(entries(kept, CalendarDay.Kind.HOLIDAY));
        List<CalendarService.Entry> makeUp = new ArrayList<>(entries(kept, CalendarDay.Kind.MAKE_UP));
        (CalendarDay.Kind.MAKE_UP.name().equals(newKind) ? makeUp : holidays).add(new CalendarService.Entry(day, newName));
        return save(holidays, makeUp, YearMonth.from(day));
    }

    /** Takes the province's day {@code date} out and saves the province's days as one unit. */
    public String remove(String date) {
        List<CalendarDay> kept = ownEntries.stream().filter(e -> !e.getDay().toString().equals(date)).toList();
        return save(entries(kept, CalendarDay.Kind.HOLIDAY), entries(kept, CalendarDay.Kind.MAKE_UP), YearMonth.parse(month));
    }

    private String save(List<CalendarService.Entry> holidays, List<CalendarService.Entry> makeUp, YearMonth shown) {
        return saved(() -> calendars.saveProvince(province, year, holidays, makeUp, tag), "calendarEditForm", shown);
    }

    /** Adds a national holiday (ministry staff) and saves the national holidays as one unit. */
    public String addNational() {
        LocalDate day = typedDay(nationalDate);
        if (day == null) {
            return null;
        }
        List<CalendarService.Entry> holidays = new ArrayList<>(entries(nationalEntries, CalendarDay.Kind.HOLIDAY));
        holidays.add(new CalendarService.Entry(day, nationalName));
        return saveNational(holidays, YearMonth.from(day));
    }

    /** Takes the national holiday {@code date} out and saves the national holidays as one unit. */
    public String removeNational(String date) {
        return saveNational(entries(nationalEntries.stream().filter(e -> !e.getDay().toString().equals(date)).toList(),
                CalendarDay.Kind.HOLIDAY), YearMonth.parse(month));
    }

    private String saveNational(List<CalendarService.Entry> holidays, YearMonth shown) {
        return saved(() -> calendars.saveNational(year, holidays, nationalTag), "nationalEditForm", shown);
    }

    /**
     * Runs a calendar change; on success a confirmation and the month shown again, otherwise the service's refusals
     * at the fields of {@code form} (or at the top) and the page as it was.
     */
    private String saved(Runnable change, String form, YearMonth shown) {
        try {
            change.run();
        } catch (ValidationException e) {
            feedback.fieldErrors(e, form);
            return null;
        } catch (AppException e) {
            feedback.error(e);
            return null;
        }
        feedback.done("calendar.saved");
        return "/calendars/view?faces-redirect=true&province=" + province + "&year=" + year + "&month=" + shown;
    }

    /** The date typed into a date field, or null after saying it is not one. */
    private LocalDate typedDay(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            feedback.error("calendar.invalidDate");
            return null;
        }
    }

    private static List<CalendarService.Entry> entries(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream().filter(d -> d.getKind() == kind).map(d -> new CalendarService.Entry(d.getDay(), d.getName())).toList();
    }

    private static java.util.Optional<YearMonth> parse(String value) {
        try {
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<List<Cell>> getWeeks() {
        return weeks;
    }

    public List<String> getWeekdayNames() {
        return weekdayNames;
    }

    public String getMonthTitle() {
        return monthTitle;
    }

    public int getSchoolDaysInMonth() {
        return schoolDaysInMonth;
    }

    public int getSchoolDaysInYear() {
        return schoolDaysInYear;
    }

    public String getPreviousMonth() {
        return previousMonth;
    }

    public String getNextMonth() {
        return nextMonth;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<CalendarDay> getOwnEntries() {
        return ownEntries;
    }

    public String getNewDate() {
        return newDate;
    }

    public void setNewDate(String newDate) {
        this.newDate = newDate;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isNationalEditable() {
        return nationalEditable;
    }

    public List<CalendarDay> getNationalEntries() {
        return nationalEntries;
    }

    public String getNationalDate() {
        return nationalDate;
    }

    public void setNationalDate(String nationalDate) {
        this.nationalDate = nationalDate;
    }

    public String getNationalName() {
        return nationalName;
    }

    public void setNationalName(String nationalName) {
        this.nationalName = nationalName;
    }

    public List<String> getYears() {
        return years;
    }

    public List<CalendarDay> getEntriesOfMonth() {
        return entriesOfMonth;
    }
}
