package vn.mtbbe.attendance.web;

import com.ibm.icu.util.ULocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.service.AttendanceService;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.MonthGrid;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /attendance/day.xhtml?class=&date=}: a class's attendance for one school day. Every pupil enrolled that
 * day is listed (in the reader's collation order) and present unless the officer says otherwise; the keys of
 * {@link EntryKeys} move between pupils and set marks, and the day is saved as one unit. A save refused because
 * someone else changed the day meanwhile keeps what the officer entered, shows what the other person changed and
 * lets them save again over it. Beside the grid, the month's days show which are marked.
 */
@Named
@ViewScoped
public class ClassDayPage implements Serializable {

    /** One pupil's line: what was stored when the page was loaded, and what is chosen now. */
    public static final class Row implements Serializable {
        private final int number;
        private final String code;
        private final String nativeName;
        private final String nativeLanguage;
        private final String vietnameseName;
        private String loaded;
        private String value;
        private String otherChange;

        Row(int number, AttendanceService.Line line, String loaded) {
            this.number = number;
            this.code = line.code();
            this.nativeName = line.nativeName();
            this.nativeLanguage = line.motherTongue();
            this.vietnameseName = line.vietnameseName();
            this.loaded = loaded;
            this.value = loaded;
        }

        public int getNumber() {
            return number;
        }

        public String getCode() {
            return code;
        }

        /** The language of the native name (the child's mother tongue), for its {@code lang}. */
        public String getNativeLanguage() {
            return nativeLanguage;
        }

        public String getNativeName() {
            return nativeName;
        }

        public String getVietnameseName() {
            return vietnameseName;
        }

        public String getLoaded() {
            return loaded;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        /** After a refused save: the mark the other person saved (its code), or null when they did not change it. */
        public String getOtherChange() {
            return otherChange;
        }
    }

    /** A saved change of the day as the history shows it: when, who, and one line per changed pupil. */
    public record HistoryEntry(String when, String who, List<String> lines) implements Serializable {
    }

    /** A day of the date picker. */
    public record PickerDay(String date, String number, boolean inMonth, String state, boolean link, boolean selected)
            implements Serializable {
        public String getStyleClass() {
            return "picker-day picker-" + state + (inMonth ? "" : " picker-other-month") + (selected ? " picker-selected" : "");
        }
    }

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    @Inject
    Today today;

    @Inject
    Formats formats;

    private String classId;
    private String date;
    private long id;
    private LocalDate day;
    private String className;
    private String schoolName;
    private String schoolCode;
    private String schoolYear;
    private String dayProblem;
    private boolean marked;
    private boolean editable;
    private String tag;
    private List<Row> rows = List.of();
    private List<List<PickerDay>> pickerWeeks;
    private List<String> weekdayNames;
    private String monthTitle;
    private String previousMonthDay;
    private String nextMonthDay;
    private String previousDay;
    private String nextDay;
    private String conflict;
    private List<HistoryEntry> history = List.of();
    private List<String> conflictLines = List.of();

    /** After the address's parameters are read; the day defaults to the latest school day up to today. */
    public void load() {
        id = EntryPages.classId(classId);
        LocalDate asked = EntryPages.date(date);
        AttendanceService.Overview overview = attendance.overview(id, YearMonth.from(asked == null ? today.date() : asked));
        SchoolCalendar calendar = overview.calendar();
        day = asked == null ? latestSchoolDay(calendar) : asked;
        if (asked == null && !YearMonth.from(day).equals(YearMonth.from(today.date()))) {
            overview = attendance.overview(id, YearMonth.from(day));
        }
        date = day.toString();
        className = overview.schoolClass().getName();
        schoolName = overview.schoolClass().getSchool().getName();
        schoolCode = overview.schoolClass().getSchool().getCode();
        schoolYear = overview.schoolClass().getSchoolYear();
        AttendanceService.ClassDay classDay = attendance.classDay(id, day);
        show(classDay);
        picker(calendar, overview);
        history(classDay);
    }

    /** The day's saved changes, newest first, each pupil by name where the day still lists them. */
    private void history(AttendanceService.ClassDay classDay) {
        Map<String, String> names = new HashMap<>();
        classDay.pupils().forEach(p -> names.put(p.code(), p.vietnameseName() + " (" + p.code() + ")"));
        List<HistoryEntry> entries = new ArrayList<>();
        for (AttendanceService.Change change : attendance.history(id, day)) {
            List<String> lines = new ArrayList<>();
            change.after().forEach((pupil, after) -> {
                String before = change.before().getOrDefault(pupil, String.valueOf(Mark.NONE));
                lines.add(msg.format("attendance.conflict.line", names.getOrDefault(pupil, pupil), label(before), label(after)));
            });
            change.before().forEach((pupil, before) -> {
                if (!change.after().containsKey(pupil)) {
                    lines.add(msg.format("attendance.conflict.line", names.getOrDefault(pupil, pupil), label(before),
                            label(String.valueOf(Mark.NONE))));
                }
            });
            entries.add(0, new HistoryEntry(formats.dateTime(change.at()), change.username(), lines));
        }
        history = entries;
    }

    private String label(String code) {
        return code.equals(String.valueOf(Mark.NONE)) ? msg.get("attendance.mark.none") : msg.get("attendance.mark." + code);
    }

    /** Saves the day as one unit; on success reloads it, so a second officer's page shows what was saved. */
    public String save() {
        List<DayRules.Submitted> marks = new ArrayList<>();
        for (Row row : rows) {
            marks.add(EntryPages.submitted(row.code, row.value));
        }
        try {
            attendance.saveClassDay(id, day, marks, tag);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, "entry");
            return null;
        } catch (AppException e) {
            if (e.status() != 412) {
                feedback.error(e);
                return null;
            }
            conflict(attendance.classDay(id, day));
            return null;
        }
        feedback.done("attendance.saved");
        return "/attendance/day?faces-redirect=true&class=" + id + "&date=" + day;
    }

    /**
     * The day changed since this page loaded it. Nothing is lost: a mark the officer changed stays as they chose it,
     * a mark they left alone takes what the other person saved, and every pupil the other person changed is shown
     * with what they saved. The new state becomes the base, so saving again applies the officer's marks over it.
     */
    private void conflict(AttendanceService.ClassDay current) {
        Map<String, String> chosen = new HashMap<>();
        Map<String, String> loaded = new HashMap<>();
        rows.forEach(r -> {
            chosen.put(r.code, r.value);
            loaded.put(r.code, r.loaded);
        });
        show(current);
        List<String> changed = new ArrayList<>();
        for (Row row : rows) {
            String before = loaded.get(row.code);
            if (before != null && !row.loaded.equals(before)) {
                row.otherChange = row.loaded;
                changed.add(msg.format("attendance.conflict.line", row.vietnameseName,
                        msg.get("attendance.mark." + before), msg.get("attendance.mark." + row.loaded)));
            }
            if (before != null && !chosen.get(row.code).equals(before)) {
                row.value = chosen.get(row.code);
            }
        }
        conflict = changed.isEmpty() ? msg.get("attendance.conflict.none")
                : msg.format("attendance.conflict.changed", changed.size());
        conflictLines = changed;
        feedback.error("attendance.conflict");
    }

    private void show(AttendanceService.ClassDay classDay) {
        dayProblem = classDay.dayProblem();
        marked = classDay.marked();
        tag = classDay.tag();
        editable = dayProblem == null && currentUser.hasRole(Role.OFFICER);
        ULocale locale = userLocale.current();
        List<AttendanceService.Line> lines = EntryPages.sorted(classDay.pupils(), locale);
        List<Row> list = new ArrayList<>();
        for (AttendanceService.Line line : lines) {
            Mark mark = classDay.marks().get(line.code());
            list.add(new Row(list.size() + 1, line, String.valueOf((mark == null ? Mark.PRESENT : mark).code())));
        }
        rows = list;
    }

    private void picker(SchoolCalendar calendar, AttendanceService.Overview overview) {
        YearMonth month = YearMonth.from(day);
        MonthGrid grid = new MonthGrid(month, userLocale.current());
        weekdayNames = grid.weekdayNames();
        monthTitle = grid.title();
        LocalDate now = today.date();
        List<List<PickerDay>> weeks = new ArrayList<>();
        for (List<LocalDate> week : grid.weeks()) {
            List<PickerDay> days = new ArrayList<>();
            weeks.add(days);
            for (LocalDate d : week) {
                boolean inMonth = YearMonth.from(d).equals(month);
                boolean school = calendar.isSchoolDay(d);
                String state = !school ? "closed" : d.isAfter(now) ? "future"
                        : inMonth && overview.marked().contains(d) ? "marked" : "open";
                days.add(new PickerDay(d.toString(), formats.number(d.getDayOfMonth()), inMonth, state,
                        inMonth && school && !d.isAfter(now), d.equals(day)));
            }
        }
        pickerWeeks = weeks;
        List<LocalDate> schoolDays = calendar.schoolDays();
        previousDay = schoolDays.stream().filter(d -> d.isBefore(day)).reduce((a, b) -> b).map(LocalDate::toString).orElse(null);
        nextDay = schoolDays.stream().filter(d -> d.isAfter(day) && !d.isAfter(now)).findFirst().map(LocalDate::toString).orElse(null);
        previousMonthDay = schoolDays.stream().filter(d -> YearMonth.from(d).equals(month.minusMonths(1)))
                .reduce((a, b) -> b).map(LocalDate::toString).orElse(null);
        nextMonthDay = schoolDays.stream().filter(d -> YearMonth.from(d).equals(month.plusMonths(1)) && !d.isAfter(now))
                .findFirst().map(LocalDate::toString).orElse(null);
    }

    private LocalDate latestSchoolDay(SchoolCalendar calendar) {
        LocalDate now = today.date();
        return calendar.schoolDays().stream().filter(d -> !d.isAfter(now)).reduce((a, b) -> b)
                .orElse(calendar.schoolDays().isEmpty() ? now : calendar.schoolDays().get(0));
    }



    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getClassName() {
        return className;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getDayProblem() {
        return dayProblem;
    }

    public boolean isMarked() {
        return marked;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<List<PickerDay>> getPickerWeeks() {
        return pickerWeeks;
    }

    public List<String> getWeekdayNames() {
        return weekdayNames;
    }

    public String getMonthTitle() {
        return monthTitle;
    }

    public String getPreviousMonthDay() {
        return previousMonthDay;
    }

    public String getNextMonthDay() {
        return nextMonthDay;
    }

    public String getPreviousDay() {
        return previousDay;
    }

    public String getNextDay() {
        return nextDay;
    }

    public String getConflict() {
        return conflict;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<String> getConflictLines() {
        return conflictLines;
    }
}
