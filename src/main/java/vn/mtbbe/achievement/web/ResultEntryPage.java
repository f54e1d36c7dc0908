package vn.mtbbe.achievement.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.service.ResultService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /achievement/entry.xhtml?sitting=&class=}: a class's results of a sitting, one row per pupil and one cell per
 * subtask (a timed subtask has a second cell for the seconds used when the child finished early). The grid takes the
 * keys of the attendance grids (arrows or j/k move, Enter or Ctrl+S saves); {@code a} marks a pupil absent from a
 * subtask, and a row's box marks them absent from the whole sitting, never a zero. The class is saved as one unit; a
 * refusal keeps everything typed and shows each problem in its cell; a save refused because someone else saved
 * meanwhile keeps what the officer changed over what the other person saved.
 */
@Named
@ViewScoped
public class ResultEntryPage implements Serializable {

    /** What a cell holds for an absence (typed with the key a, whatever the interface language). */
    static final String ABSENT = "A";

    /** One subtask column. */
    public record Column(long subtask, String skill, String kind, int items, Integer seconds, String sample,
                         String language, String languageName) implements Serializable {
        public boolean isTimed() {
            return seconds != null;
        }
    }

    /** One pupil's result of one subtask as typed, as loaded, and what the loaded result gives. */
    public static final class Cell implements Serializable {
        private final long subtask;
        private final boolean timed;
        private String score;
        private String seconds;
        private String loadedScore;
        private String loadedSeconds;
        private String error;
        private String derived;
        private String band;
        private String otherChange;

        Cell(long subtask, boolean timed) {
            this.subtask = subtask;
            this.timed = timed;
        }

        public long getSubtask() {
            return subtask;
        }

        public boolean isTimed() {
            return timed;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getSeconds() {
            return seconds;
        }

        public void setSeconds(String seconds) {
            this.seconds = seconds;
        }

        public String getLoadedScore() {
            return loadedScore;
        }

        public String getLoadedSeconds() {
            return loadedSeconds;
        }

        public String getError() {
            return error;
        }

        public String getDerived() {
            return derived;
        }

        public String getBand() {
            return band;
        }

        public String getOtherChange() {
            return otherChange;
        }

        boolean changed() {
            return !Objects.equals(blank(score), blank(loadedScore)) || !Objects.equals(blank(seconds), blank(loadedSeconds));
        }
    }

    /** One pupil's line. */
    public static final class Row implements Serializable {
        private final int number;
        private final String code;
        private final String nativeName;
        private final String nativeLanguage;
        private final String vietnameseName;
        private boolean absent;
        private boolean loadedAbsent;
        private final List<Cell> cells = new ArrayList<>();
        private String error;

        Row(int number, ResultService.PupilLine line) {
            this.number = number;
            this.code = line.code();
            this.nativeName = line.nativeName();
            this.nativeLanguage = line.motherTongue();
            this.vietnameseName = line.vietnameseName();
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

        public boolean isAbsent() {
            return absent;
        }

        public void setAbsent(boolean absent) {
            this.absent = absent;
        }

        public boolean isLoadedAbsent() {
            return loadedAbsent;
        }

        public List<Cell> getCells() {
            return cells;
        }

        public String getError() {
            return error;
        }
    }

    @Inject
    ResultService results;

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
    vn.mtbbe.registry.service.ReferenceData reference;

    @Inject
    vn.mtbbe.platform.time.Today today;

    private String sitting;
    private String schoolClass;
    private long sittingId;
    private long classId;
    private String sittingName;
    private String round;
    private String className;
    private String stage;
    private String schoolName;
    private String schoolYear;
    private String from;
    private String to;
    private boolean editable;
    private String tag;
    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private String conflict;
    private String notStarted;

    /** After the address's parameters are read. */
    public void load() {
        sittingId = id(sitting, "error.notFound.sitting");
        classId = id(schoolClass, "error.notFound.class");
        ResultService.ClassResults r = results.read(sittingId, classId);
        sittingName = r.sitting().getName();
        round = r.sitting().getRound().name();
        className = r.schoolClass().getName();
        stage = r.schoolClass().getStage().name();
        schoolName = r.schoolClass().getSchool().getName();
        schoolYear = r.schoolClass().getSchoolYear();
        from = formats.date(r.sitting().getStartsOn());
        to = formats.date(r.sitting().getEndsOn());
        notStarted = r.sitting().getStartsOn().isAfter(today.date()) ? formats.date(r.sitting().getStartsOn()) : null;
        editable = currentUser.hasRole(Role.OFFICER) && notStarted == null;
        Map<String, String> languages = new HashMap<>();
        reference.languages(userLocale.current()).forEach(c -> languages.put(c.code(), c.name()));
        columns = r.subtasks().stream().map(s -> new Column(s.getId(), s.getSkill().name(), s.getKind().name(),
                s.getItems(), s.getSeconds(), s.getSample(), s.getInstrument().getLanguageCode(),
                languages.getOrDefault(s.getInstrument().getLanguageCode(), s.getInstrument().getLanguageCode()))).toList();
        show(r);
    }

    private static long id(String value, String notFound) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound(notFound, value);
        }
    }

    private void show(ResultService.ClassResults r) {
        tag = r.tag();
        ULocale locale = userLocale.current();
        List<ResultService.PupilLine> lines = new ArrayList<>(r.pupils());
        lines.sort(TextKeys.byNames(locale, ResultService.PupilLine::vietnameseName, ResultService.PupilLine::nativeName,
                ResultService.PupilLine::code));
        List<Row> list = new ArrayList<>();
        for (ResultService.PupilLine line : lines) {
            Row row = new Row(list.size() + 1, line);
            Map<Long, Scoring.Entry> stored = r.results().getOrDefault(line.code(), Map.of());
            row.absent = !r.subtasks().isEmpty() && r.subtasks().stream()
                    .allMatch(s -> stored.get(s.getId()) != null && stored.get(s.getId()).absent());
            row.loadedAbsent = row.absent;
            for (Subtask subtask : r.subtasks()) {
                Cell cell = new Cell(subtask.getId(), subtask.getSeconds() != null);
                Scoring.Entry entry = stored.get(subtask.getId());
                cell.loadedScore = entry == null ? "" : entry.absent() ? (row.absent ? "" : ABSENT) : formats.number(entry.score());
                // The seconds are shown only when the child finished before the limit: the limit is the default.
                cell.loadedSeconds = entry == null || entry.absent() || entry.seconds() == null
                        || entry.seconds().equals(subtask.getSeconds()) ? "" : formats.number(entry.seconds());
                cell.score = cell.loadedScore;
                cell.seconds = cell.loadedSeconds;
                if (entry != null && !entry.absent()) {
                    Scoring.Derived d = r.derived(line.code(), subtask);
                    List<String> parts = new ArrayList<>();
                    if (d.perMinute() != null) {
                        parts.add(msg.format("achievement.perMinute", formats.tenths(d.perMinute())));
                    }
                    if (d.band() != null) {
                        parts.add(msg.get("achievement.band." + d.band().name()));
                        cell.band = d.band().name();
                    }
                    if (d.zeroScore()) {
                        parts.add(msg.get("achievement.zeroScore"));
                    }
                    cell.derived = String.join(" · ", parts);
                }
                row.cells.add(cell);
            }
            list.add(row);
        }
        rows = list;
    }

    /** Saves the class's results as one unit. */
    public String save() {
        List<ResultService.Submitted> submitted = new ArrayList<>();
        Map<String, Cell> cells = new HashMap<>();
        Map<String, Row> byField = new HashMap<>();
        int problems = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.error = null;
            for (int j = 0; j < row.cells.size(); j++) {
                Cell cell = row.cells.get(j);
                cell.error = null;
                String field = "r" + i + "c" + j;
                cells.put(field, cell);
                byField.put(field, row);
                if (row.absent) {
                    submitted.add(new ResultService.Submitted(row.code, cell.subtask, null, null, true, field));
                    continue;
                }
                String score = blank(cell.score);
                String seconds = blank(cell.seconds);
                if (score == null && seconds == null) {
                    continue;
                }
                if (ABSENT.equalsIgnoreCase(score) && seconds == null) {
                    submitted.add(new ResultService.Submitted(row.code, cell.subtask, null, null, true, field));
                    continue;
                }
                Integer s = score == null ? null : whole(score);
                Integer t = seconds == null ? null : whole(seconds);
                if (score != null && s == null || seconds != null && t == null) {
                    cell.error = msg.get("validation.achievement.number");
                    problems++;
                    continue;
                }
                submitted.add(new ResultService.Submitted(row.code, cell.subtask, s, t, null, field));
            }
        }
        if (problems > 0) {
            feedback.error("achievement.notSaved", problems);
            return null;
        }
        try {
            results.save(sittingId, classId, submitted, tag);
        } catch (ValidationException e) {
            int shown = 0;
            for (FieldError error : e.fieldErrors()) {
                String text = msg.formatNamed(error.messageKey(), error.args());
                String field = error.field().contains(".") ? error.field().substring(0, error.field().indexOf('.')) : error.field();
                Cell cell = cells.get(field);
                if (cell != null) {
                    cell.error = cell.error == null ? text : cell.error + " " + text;
                    shown++;
                } else {
                    feedback.error("achievement.problem", text);
                }
            }
            if (shown > 0) {
                feedback.error("achievement.notSaved", shown);
            }
            return null;
        } catch (AppException e) {
            if (e.status() != 412) {
                feedback.error(e);
                return null;
            }
            conflict(results.read(sittingId, classId));
            return null;
        }
        feedback.done("achievement.saved");
        return "/achievement/entry?faces-redirect=true&sitting=" + sittingId + "&class=" + classId;
    }

    /**
     * The results changed since this page loaded them. Nothing is lost: what the officer changed stays as typed, what
     * they left alone takes what the other person saved, and the cells the other person changed say so.
     */
    private void conflict(ResultService.ClassResults current) {
        Map<String, Row> typed = new HashMap<>();
        rows.forEach(r -> typed.put(r.code, r));
        show(current);
        int changed = 0;
        for (Row row : rows) {
            Row mine = typed.get(row.code);
            if (mine == null) {
                continue;
            }
            if (mine.absent != mine.loadedAbsent) {
                row.absent = mine.absent;
            }
            for (int j = 0; j < row.cells.size() && j < mine.cells.size(); j++) {
                Cell now = row.cells.get(j);
                Cell before = mine.cells.get(j);
                boolean theirs = !Objects.equals(blank(now.loadedScore), blank(before.loadedScore))
                        || !Objects.equals(blank(now.loadedSeconds), blank(before.loadedSeconds));
                if (theirs) {
                    now.otherChange = now.loadedScore.isEmpty() ? msg.get("achievement.none") : now.loadedScore;
                    changed++;
                }
                if (before.changed()) {
                    now.score = before.score;
                    now.seconds = before.seconds;
                }
            }
        }
        conflict = changed == 0 ? msg.get("achievement.conflict.none") : msg.format("achievement.conflict.changed", changed);
        feedback.error("achievement.conflict");
    }

    /** A whole number as typed in the reader's digits (Latin, or e.g. Khmer digits); null when it is not one. */
    Integer whole(String text) {
        NumberFormat format = NumberFormat.getIntegerInstance(userLocale.current());
        format.setParseIntegerOnly(true);
        format.setGroupingUsed(false);
        ParsePosition at = new ParsePosition(0);
        Number n = format.parse(text, at);
        if (n == null || at.getIndex() != text.length() || n.doubleValue() != Math.rint(n.doubleValue())
                || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            return null;
        }
        return n.intValue();
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public String getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(String schoolClass) {
        this.schoolClass = schoolClass;
    }

    public long getSittingId() {
        return sittingId;
    }

    public long getClassId() {
        return classId;
    }

    public String getSittingName() {
        return sittingName;
    }

    public String getRound() {
        return round;
    }

    public String getClassName() {
        return className;
    }

    public String getStage() {
        return stage;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
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

    public String getConflict() {
        return conflict;
    }

    /** The first day of a sitting still to come (formatted), or null once it has started. */
    public String getNotStarted() {
        return notStarted;
    }

    /** Cells per row in the grid's order (a timed subtask has two), for the keyboard script. */
    public int getCellsPerRow() {
        return columns.stream().mapToInt(c -> c.isTimed() ? 2 : 1).sum() + 1;
    }
}
