package vn.mtbbe.attendance.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.domain.Reason;
import vn.mtbbe.attendance.domain.Status;
import vn.mtbbe.calendar.domain.SchoolCalendar;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportLog;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.imports.ImportProblems;
import vn.mtbbe.platform.imports.TableFile;
import vn.mtbbe.platform.imports.TableImport;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance marks imported from a spreadsheet (the import pipeline's attendance kind). Columns, named in any of the
 * interface languages or as in the API: class id, or school code and class name; date; pupil code; status (its name,
 * its one-letter code or its name in any interface language); reason. The whole file is checked first, each class-day
 * in it as a class-day save is (one mark for each pupil enrolled that day); any problem refuses the file with every
 * problem at its row and column. Otherwise every class-day is written in one transaction, replacing that day's marks,
 * and the file is remembered: the same file again changes nothing.
 */
@ApplicationScoped
public class AttendanceImport {

    public static final String KIND = "attendance";

    /** The columns, by their API names; a file has {@code classId} or both {@code school} and {@code class}. */
    public static final List<String> COLUMNS = List.of("classId", "school", "class", "date", "pupil", "status", "reason");

    /** What was written; {@code earlier} is set (and nothing written) when the same file was imported before. */
    public record Result(int rows, int classDays, int marks, int changedMarks, ImportLog.Earlier earlier) {
    }

    private record Line(int row, Long classId, String school, String className, LocalDate date, String pupil,
                        Mark mark, String status, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.mtbbe.platform.metrics.AppMetrics metrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Inject
    AttendanceService attendance;

    @Inject
    ImportLog log;

    @Inject
    Today today;

    public long maxBytes() {
        return log.maxBytes();
    }

    /** Imports {@code file} (already stored on disk by the caller), for the signed-in officer. */
    @Transactional
    public Result importFile(Path file, ULocale locale) {
        return importFile(file, locale, ImportProgress.Reporter.NONE);
    }

    /** The same, telling {@code progress} how far it has come (a page's progress bar). */
    @Transactional
    public Result importFile(Path file, ULocale locale, ImportProgress.Reporter progress) {
        AppUser caller = currentUser.require(Role.OFFICER);
        vn.mtbbe.platform.metrics.AppMetrics.Import run = metrics.importStarted(KIND);
        TableImport.Admission admission = log.admit(file, KIND);
        if (admission.earlier().isPresent()) {
            ImportLog.Earlier earlier = admission.earlier().get();
            return new Result(earlier.rows(), 0, 0, 0, earlier);
        }
        String checksum = admission.checksum();

        ImportProblems problems = new ImportProblems();
        List<Line> lines = TableImport.read(file, new Rows(TableImport.localDates(locale)), problems, progress);
        problems.throwIfAny();

        // Every class-day of the file, checked as a class-day save is.
        Map<Long, SchoolClass> classes = new HashMap<>();
        Map<String, Long> classIds = new HashMap<>();
        Map<Long, Map<LocalDate, List<DayRules.Submitted>>> days = new TreeMap<>();
        Map<Long, Map<LocalDate, Integer>> firstRows = new HashMap<>();
        for (Line line : lines) {
            Long classId = line.classId() != null ? line.classId()
                    : classIds.computeIfAbsent(line.school() + "\u0000" + line.className() + "\u0000" + line.date(),
                    k -> findClass(line.school(), line.className(), line.date()));
            SchoolClass schoolClass = classId == null ? null : classes.computeIfAbsent(classId, id -> scoped(id));
            if (schoolClass == null) {
                problems.add(line.row(), line.classId() != null ? "classId" : "class", "import.error.class",
                        Map.of("value", line.classId() != null ? line.classId() : line.school() + " / " + line.className()));
                continue;
            }
            days.computeIfAbsent(classId, k -> new TreeMap<>()).computeIfAbsent(line.date(), d -> new ArrayList<>())
                    .add(new DayRules.Submitted(line.pupil(), line.status(), line.reason(), ImportProblems.field(line.row(), null)));
            firstRows.computeIfAbsent(classId, k -> new HashMap<>()).merge(line.date(), line.row(), Math::min);
        }
        Map<Long, Map<LocalDate, Map<String, Mark>>> checked = new TreeMap<>();
        int classesChecked = 0;
        for (Map.Entry<Long, Map<LocalDate, List<DayRules.Submitted>>> c : days.entrySet()) {
            progress.report(ImportProgress.Phase.CHECKING, classesChecked++, days.size());
            SchoolClass schoolClass = classes.get(c.getKey());
            SchoolCalendar calendar = calendars.schoolCalendar(schoolClass.getSchool().getProvinceCode(), schoolClass.getSchoolYear());
            LocalDate first = c.getValue().keySet().iterator().next();
            LocalDate last = ((TreeMap<LocalDate, List<DayRules.Submitted>>) c.getValue()).lastKey();
            Map<LocalDate, java.util.Set<String>> enrolled = attendance.enrolledByDay(c.getKey(), first, last);
            for (Map.Entry<LocalDate, List<DayRules.Submitted>> day : c.getValue().entrySet()) {
                Validation v = Validation.start();
                String prefix = ImportProblems.field(firstRows.get(c.getKey()).get(day.getKey()), null);
                Map<String, Mark> marks = calendar == null ? Map.of() : DayRules.check(v, prefix, calendar, day.getKey(),
                        today.date(), enrolled.getOrDefault(day.getKey(), java.util.Set.of()), day.getValue());
                if (calendar == null) {
                    v.add(prefix + ".date", "validation.attendance.notSchoolDay", Map.of("date", day.getKey()));
                }
                // The day's own problem (a weekend, a future date) is the row's date column.
                v.errors().forEach(e -> problems.add(e.field().equals("date")
                        ? new vn.mtbbe.platform.error.FieldError(prefix + ".date", e.messageKey(), e.args()) : e));
                checked.computeIfAbsent(c.getKey(), k -> new TreeMap<>()).put(day.getKey(), marks);
            }
        }
        problems.throwIfAny();

        // Written class by class in id order (the order every writer locks them in), month by month.
        int classDays = 0;
        int marks = 0;
        int changed = 0;
        int classesWritten = 0;
        for (Map.Entry<Long, Map<LocalDate, Map<String, Mark>>> c : checked.entrySet()) {
            progress.report(ImportProgress.Phase.WRITING, classesWritten++, checked.size());
            SchoolClass schoolClass = em.find(SchoolClass.class, c.getKey(), LockModeType.PESSIMISTIC_WRITE);
            Map<YearMonth, Map<LocalDate, Map<String, Mark>>> byMonth = new TreeMap<>();
            c.getValue().forEach((day, m) -> byMonth.computeIfAbsent(YearMonth.from(day), k -> new TreeMap<>()).put(day, m));
            for (Map.Entry<YearMonth, Map<LocalDate, Map<String, Mark>>> month : byMonth.entrySet()) {
                changed += attendance.writeDays(caller.getUsername(), schoolClass, month.getKey(), month.getValue());
                classDays += month.getValue().size();
                marks += month.getValue().values().stream().mapToInt(Map::size).sum();
            }
        }
        log.record(KIND, checksum, caller.getUsername(), lines.size(), java.time.Instant.now());
        progress.report(ImportProgress.Phase.WRITING, checked.size(), checked.size());
        run.rows(lines.size());
        return new Result(lines.size(), classDays, marks, changed, null);
    }

    /** The attendance kind of the import pipeline: its columns and how a row becomes a line. */
    private static final class Rows extends TableImport.Kind<Line> {

        private final DateTimeFormatter localDates;

        Rows(DateTimeFormatter localDates) {
            super(KIND, COLUMNS, "import.attendance.column.");
            this.localDates = localDates;
        }

        @Override
        public void requireColumns(TableImport.Columns columns, int row, ImportProblems problems) {
            require(columns, row, problems, List.of("date", "pupil", "status"));
            if (!columns.has("classId") && !(columns.has("school") && columns.has("class"))) {
                problems.add(row, "classId", "import.error.missingClass", Map.of());
            }
        }

        @Override
        public Line line(TableImport.Columns columns, TableFile.Row row, ImportProblems problems) {
            int before = problems.count();
            Long classId = null;
            String classText = columns.cell(row, "classId");
            if (!classText.isEmpty()) {
                try {
                    classId = Long.parseLong(classText);
                } catch (NumberFormatException e) {
                    problems.add(row.number(), "classId", "import.error.class", Map.of("value", classText));
                }
            } else if (columns.cell(row, "school").isEmpty() || columns.cell(row, "class").isEmpty()) {
                problems.add(row.number(), columns.has("classId") ? "classId" : "class", "validation.required", Map.of());
            }
            String dateText = columns.cell(row, "date");
            LocalDate date = null;
            if (dateText.isEmpty()) {
                problems.add(row.number(), "date", "validation.required", Map.of());
            } else {
                date = TableImport.parseDate(dateText, localDates);
                if (date == null) {
                    problems.add(row.number(), "date", "validation.attendance.date", Map.of("value", dateText));
                }
            }
            String pupil = columns.cell(row, "pupil");
            if (pupil.isEmpty()) {
                problems.add(row.number(), "pupil", "validation.required", Map.of());
            }
            String statusText = columns.cell(row, "status");
            Mark mark = statusText.isEmpty() ? null : mark(statusText);
            if (statusText.isEmpty()) {
                problems.add(row.number(), "status", "validation.required", Map.of());
            } else if (mark == null) {
                problems.add(row.number(), "status", "validation.attendance.unknownStatus", Map.of("value", statusText));
            }
            String reasonText = columns.cell(row, "reason");
            Reason reason = null;
            if (!reasonText.isEmpty()) {
                reason = reason(reasonText);
                if (reason == null) {
                    problems.add(row.number(), "reason", "validation.attendance.unknownReason", Map.of("value", reasonText));
                } else if (mark != null && mark.status() != Status.ABSENT_EXCUSED) {
                    problems.add(row.number(), "reason", "validation.attendance.reasonOnlyExcused", Map.of());
                }
            }
            if (problems.count() > before) {
                return null;
            }
            Mark full = reason != null ? Mark.of(Status.ABSENT_EXCUSED, reason) : mark;
            return new Line(row.number(), classId, columns.cell(row, "school"), columns.cell(row, "class"), date, pupil, full,
                    full.status().name(), full.reason() == null ? null : full.reason().name());
        }
    }

    /** A status as written: its API name, its one-letter code, or a mark's name in any interface language. */
    static Mark mark(String text) {
        String folded = TextKeys.fold(text);
        for (Status s : Status.values()) {
            if (TextKeys.fold(s.name().replace('_', ' ')).equals(folded) || s.name().equalsIgnoreCase(text.strip())) {
                return Mark.of(s, null);
            }
        }
        if (text.strip().length() == 1) {
            try {
                return Mark.fromCode(text.strip().toUpperCase(Locale.ROOT).charAt(0)).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return MARK_NAMES.get(folded);
    }

    static Reason reason(String text) {
        for (Reason r : Reason.values()) {
            if (r.name().equalsIgnoreCase(text.strip()) || TextKeys.fold(r.name().replace('_', ' ')).equals(TextKeys.fold(text))) {
                return r;
            }
        }
        return REASON_NAMES.get(TextKeys.fold(text));
    }

    /** Marks and reasons by their names in every interface language, folded (accent-free, lower case). */
    private static final Map<String, Mark> MARK_NAMES = new HashMap<>();
    private static final Map<String, Reason> REASON_NAMES = new HashMap<>();

    static {
        for (ULocale locale : Messages.SUPPORTED) {
            for (String code : List.of("P", "L", "U", "E", "I", "F", "S", "W", "O")) {
                String name = Messages.pattern(locale, "attendance.mark." + code);
                if (name != null) {
                    MARK_NAMES.putIfAbsent(TextKeys.fold(name), Mark.fromCode(code.charAt(0)).orElseThrow());
                }
            }
            for (Reason r : Reason.values()) {
                String name = Messages.pattern(locale, "attendance.reason." + r.name());
                if (name != null) {
                    REASON_NAMES.putIfAbsent(TextKeys.fold(name), r);
                }
            }
        }
    }

    /** The header names a column is known by (for the templates and tests). */
    static Map<String, String> headerNames() {
        return TableImport.headerNames(new Rows(null));
    }

    private Long findClass(String school, String className, LocalDate date) {
        if (date == null) {
            return null;
        }
        List<Long> ids = em.createQuery("SELECT c.id FROM SchoolClass c, SchoolYear y WHERE c.school.code = :school "
                        + "AND c.name = :name AND y.code = c.schoolYear AND y.startDate <= :date AND y.endDate >= :date", Long.class)
                .setParameter("school", school).setParameter("name", className).setParameter("date", date).getResultList();
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The class when it lies in the caller's provinces; null otherwise (reported like an unknown class). */
    private SchoolClass scoped(long id) {
        SchoolClass c = em.find(SchoolClass.class, id);
        return c != null && currentUser.scope().includes(c.getSchool().getProvinceCode()) ? c : null;
    }
}
