package vn.mtbbe.attendance.web;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /attendance/month.xhtml?class=&month=}: a class's attendance for a month, pupils by school days, for copying
 * a paper register. A day with any mark is saved as a class-day (an empty cell of that day counts as present), a day
 * left empty stays unmarked; holidays are shown greyed, weekends left out. The same keys as the class-day page, and a
 * single save for the month; refused saves keep what was typed as the class-day page does.
 */
@Named
@ViewScoped
public class ClassMonthPage implements Serializable {

    /** A column: a school day (open for marks up to today) or a weekday holiday (greyed). */
    public record Column(int index, String date, String number, String weekday, boolean schoolDay, boolean open,
                         String holiday) implements Serializable {
    }

    /** One cell: the mark's code ("" for none), or not enrolled that day. */
    public static final class Cell implements Serializable {
        private final int column;
        private final boolean enrolled;
        private String loaded;
        private String value;
        private boolean otherChange;

        Cell(int column, boolean enrolled, String loaded) {
            this.column = column;
            this.enrolled = enrolled;
            this.loaded = loaded;
            this.value = loaded;
        }

        public int getColumn() {
            return column;
        }

        public boolean isEnrolled() {
            return enrolled;
        }

        public String getLoaded() {
            return loaded;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        }

        public boolean isOtherChange() {
            return otherChange;
        }
    }

    public static final class Row implements Serializable {
        private final int number;
        private final String code;
        private final String nativeName;
        private final String nativeLanguage;
        private final String vietnameseName;
        private final List<Cell> cells;

        Row(int number, AttendanceService.Line line, List<Cell> cells) {
            this.number = number;
            this.code = line.code();
            this.nativeName = line.nativeName();
            this.nativeLanguage = line.motherTongue();
            this.vietnameseName = line.vietnameseName();
            this.cells = cells;
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

        public List<Cell> getCells() {
            return cells;
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
    Formats formats;

    @Inject
    Today today;

    private String classId;
    private String month;
    private long id;
    private YearMonth shown;
    private String className;
    private String schoolName;
    private String schoolYear;
    private String monthTitle;
    private String previousMonth;
    private String nextMonth;
    private boolean editable;
    private String tag;
    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private int otherChanges = -1;

    /** After the address's parameters are read; the month defaults to this month (or the school year's last). */
    public void load() {
        id = EntryPages.classId(classId);
        YearMonth asked = EntryPages.month(month);
        YearMonth initial = asked == null ? YearMonth.from(today.date()) : asked;
        AttendanceService.Overview overview = attendance.overview(id, initial);
        SchoolCalendar calendar = overview.calendar();
        YearMonth first = YearMonth.from(calendar.firstDay());
        YearMonth last = YearMonth.from(calendar.lastDay());
        shown = initial.isBefore(first) ? first : initial.isAfter(last) ? last : initial;
        month = shown.toString();
        previousMonth = shown.equals(first) ? null : shown.minusMonths(1).toString();
        YearMonth now = YearMonth.from(today.date());
        nextMonth = shown.equals(last) || !shown.isBefore(now) ? null : shown.plusMonths(1).toString();
        className = overview.schoolClass().getName();
        schoolName = overview.schoolClass().getSchool().getName();
        schoolYear = overview.schoolClass().getSchoolYear();
        monthTitle = new MonthGrid(shown, userLocale.current()).title();
        editable = currentUser.hasRole(Role.OFFICER);
        columns(calendar);
        show(attendance.classMonth(id, shown));
    }

    private void columns(SchoolCalendar calendar) {
        List<Column> list = new ArrayList<>();
        LocalDate now = today.date();
        com.ibm.icu.text.DateFormatSymbols symbols = com.ibm.icu.text.DateFormatSymbols.getInstance(userLocale.current());
        String[] weekdays = symbols.getWeekdays(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.NARROW);
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate day = shown.atDay(d);
            boolean school = calendar.isSchoolDay(day);
            String holiday = calendar.holidays().get(day);
            if (!school && holiday == null) {
                continue;
            }
            if (!school && day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                continue;
            }
            list.add(new Column(list.size(), day.toString(), formats.number(d), weekdays[day.getDayOfWeek().getValue() % 7 + 1],
                    school, school && !day.isAfter(now), school ? null : holiday));
        }
        columns = list;
    }

    private void show(AttendanceService.ClassMonth classMonth) {
        tag = classMonth.tag();
        List<AttendanceService.Line> lines = EntryPages.sorted(classMonth.pupils(), userLocale.current());
        List<Row> list = new ArrayList<>();
        for (AttendanceService.Line line : lines) {
            List<Cell> cells = new ArrayList<>();
            for (Column column : columns) {
                LocalDate day = LocalDate.parse(column.date());
                boolean enrolled = column.open() && classMonth.enrolledDays().get(line.code()).contains(day);
                Mark mark = classMonth.marks().get(line.code()).get(day);
                cells.add(new Cell(column.index(), enrolled, mark == null ? "" : String.valueOf(mark.code())));
            }
            list.add(new Row(list.size() + 1, line, cells));
        }
        rows = list;
    }

    /** Saves the month as one unit. */
    public String save() {
        Map<LocalDate, List<DayRules.Submitted>> marks = new LinkedHashMap<>();
        for (Column column : columns) {
            if (!column.open()) {
                continue;
            }
            boolean marked = rows.stream().anyMatch(r -> !r.cells.get(column.index()).value.isEmpty());
            if (!marked) {
                continue;
            }
            List<DayRules.Submitted> day = new ArrayList<>();
            for (Row row : rows) {
                Cell cell = row.cells.get(column.index());
                if (!cell.enrolled) {
                    if (!cell.value.isEmpty()) {
                        day.add(new DayRules.Submitted(row.code, cell.value, null));
                    }
                    continue;
                }
                day.add(EntryPages.submitted(row.code, cell.value.isEmpty() ? "P" : cell.value));
            }
            marks.put(LocalDate.parse(column.date()), day);
        }
        try {
            attendance.saveClassMonth(id, shown, marks, tag);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, "month");
            return null;
        } catch (AppException e) {
            if (e.status() != 412) {
                feedback.error(e);
                return null;
            }
            conflict(attendance.classMonth(id, shown));
            return null;
        }
        feedback.done("attendance.saved");
        return "/attendance/month?faces-redirect=true&class=" + id + "&month=" + shown;
    }

    /** As on the class-day page: the officer's changes stay, the rest takes the other person's save, which is marked. */
    private void conflict(AttendanceService.ClassMonth current) {
        Map<String, List<Cell>> before = new LinkedHashMap<>();
        rows.forEach(r -> before.put(r.code, r.cells));
        show(current);
        int changed = 0;
        for (Row row : rows) {
            List<Cell> old = before.get(row.code);
            if (old == null) {
                continue;
            }
            for (Cell cell : row.cells) {
                Cell was = old.get(cell.column);
                if (!cell.loaded.equals(was.loaded)) {
                    cell.otherChange = true;
                    changed++;
                }
                if (!was.value.equals(was.loaded)) {
                    cell.value = was.value;
                }
            }
        }
        otherChanges = changed;
        feedback.error("attendance.conflict");
    }




    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public long getId() {
        return id;
    }

    public String getClassName() {
        return className;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getMonthTitle() {
        return monthTitle;
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

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** After a refused save, how many marks the other person changed; -1 otherwise. */
    public int getOtherChanges() {
        return otherChanges;
    }
}
