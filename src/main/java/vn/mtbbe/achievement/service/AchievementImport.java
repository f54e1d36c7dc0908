package vn.mtbbe.achievement.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportLog;
import vn.mtbbe.platform.imports.ImportProblems;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.imports.TableFile;
import vn.mtbbe.platform.imports.TableImport;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assessment results imported from a spreadsheet (the import pipeline's results kind). Columns, named in any of the
 * interface languages or as in the API: sitting id; class id, or school code and class name; pupil code; subtask id;
 * score; seconds used; absent. The whole file is checked first: each row on its own, then each class's results of a
 * sitting as a save checks them ({@link ResultService}), the file's results merged into those stored (a file may carry
 * some pupils or subtasks only; a result in the file replaces that pupil's result of that subtask). Any problem refuses
 * the file with every problem at its row and column. Otherwise every class is written in one transaction, as a save
 * writes it (audited, summary rows kept), and the file is remembered: the same file again changes nothing.
 */
@ApplicationScoped
public class AchievementImport {

    public static final String KIND = "achievement";

    /**
     * The columns, by their API names; a file has {@code classId} or both {@code school} and {@code class}.
     * {@code pupilName} and {@code subtaskName} are for the person filling in the template and are not read.
     */
    public static final List<String> COLUMNS = List.of("sitting", "classId", "school", "class", "pupil", "pupilName",
            "subtask", "subtaskName", "score", "seconds", "absent");

    static final String HEADER_PREFIX = "import.achievement.column.";

    /**
     * What was written: rows read, rows left without a result (not read further), classes whose results changed, and
     * results changed; {@code earlier} is set (and nothing written) when the same file was imported before.
     */
    public record Result(int rows, int blank, int classes, int changed, ImportLog.Earlier earlier) {
    }

    /** A row: any of score, seconds and absent may be missing; {@code blank} when all three are. */
    record Line(int row, long sitting, Long classId, String school, String className, String pupil, long subtask,
                        Integer score, Integer seconds, Boolean absent) {

        boolean blank() {
            return score == null && seconds == null && absent == null;
        }

        ResultService.Submitted submitted() {
            return new ResultService.Submitted(pupil, subtask, score, seconds, absent, ImportProblems.field(row, null));
        }
    }

    /** A class's results of a sitting as the file leaves them, checked and ready to be written. */
    private record Checked(Sitting sitting, SchoolClass schoolClass, ResultService.ClassResults before,
                           Map<String, Map<Long, Scoring.Entry>> now) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.mtbbe.platform.metrics.AppMetrics metrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    SittingService sittings;

    @Inject
    ResultService results;

    @Inject
    ImportLog log;

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

        ImportProblems problems = new ImportProblems();
        List<Line> lines = TableImport.read(file, new Rows(), problems, progress);
        problems.throwIfAny();

        // The class and sitting of every row with a result; classes in id order, the order every writer locks them in.
        Map<Long, Optional<Sitting>> sittingsById = new HashMap<>();
        Map<String, Optional<SchoolClass>> classByName = new HashMap<>();
        Map<Long, Optional<SchoolClass>> classById = new HashMap<>();
        Map<Long, Map<Long, List<Line>>> groups = new TreeMap<>();
        int blank = 0;
        for (Line line : lines) {
            if (line.blank()) {
                blank++;
                continue;
            }
            Optional<Sitting> sitting = sittingsById.computeIfAbsent(line.sitting(), sittings::find);
            if (sitting.isEmpty()) {
                problems.add(line.row(), "sitting", "import.achievement.error.sitting",
                        Map.of("value", String.valueOf(line.sitting())));
                continue;
            }
            Optional<SchoolClass> schoolClass = line.classId() != null
                    ? classById.computeIfAbsent(line.classId(), this::scoped)
                    : classByName.computeIfAbsent(line.school() + "\u0000" + line.className() + "\u0000"
                    + sitting.get().getSchoolYear(), k -> findClass(line.school(), line.className(), sitting.get()));
            String classColumn = line.classId() != null ? "classId" : "class";
            String classText = line.classId() != null ? String.valueOf(line.classId()) : line.school() + " / " + line.className();
            if (schoolClass.isEmpty()) {
                problems.add(line.row(), classColumn, "import.error.class", Map.of("value", classText));
                continue;
            }
            if (!results.takesPart(sitting.get(), schoolClass.get())) {
                problems.add(line.row(), classColumn, "import.achievement.error.classNotInSitting",
                        Map.of("value", classText, "sitting", sitting.get().getName()));
                continue;
            }
            groups.computeIfAbsent(schoolClass.get().getId(), k -> new TreeMap<>())
                    .computeIfAbsent(line.sitting(), k -> new ArrayList<>()).add(line);
        }
        problems.throwIfAny();

        // Each class locked, then its results of each sitting merged with the file's and checked as a save is.
        List<Checked> checked = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Long, Map<Long, List<Line>>> group : groups.entrySet()) {
            progress.report(ImportProgress.Phase.CHECKING, done++, groups.size());
            SchoolClass schoolClass = em.find(SchoolClass.class, group.getKey(), LockModeType.PESSIMISTIC_WRITE);
            for (Map.Entry<Long, List<Line>> bySitting : group.getValue().entrySet()) {
                Sitting sitting = sittingsById.get(bySitting.getKey()).orElseThrow();
                List<Line> rows = bySitting.getValue();
                ResultService.ClassResults before = results.results(sitting, schoolClass);
                Validation v = Validation.start();
                results.checkStarted(v, ImportProblems.field(rows.get(0).row(), "sitting"), sitting);
                Map<String, Map<Long, Scoring.Entry>> now = ResultService.checkMerged(v, before,
                        rows.stream().map(Line::submitted).toList());
                // Stored results were checked when they were saved, so problems are the file's; one that is not at a
                // row (never expected) is reported at the class's first row rather than lost.
                String first = ImportProblems.field(rows.get(0).row(), null);
                v.errors().forEach(e -> problems.add(e.field().startsWith("rows[") ? e
                        : new FieldError(first, e.messageKey(), e.args())));
                if (!now.equals(before.results())) {
                    checked.add(new Checked(sitting, schoolClass, before, now));
                }
            }
        }
        problems.throwIfAny();

        int changed = 0;
        int written = 0;
        for (Checked c : checked) {
            progress.report(ImportProgress.Phase.WRITING, written++, checked.size());
            changed += results.write(caller.getUsername(), c.sitting(), c.schoolClass(), c.before(), c.now());
        }
        log.record(KIND, admission.checksum(), caller.getUsername(), lines.size(), Instant.now());
        run.rows(lines.size());
        progress.report(ImportProgress.Phase.WRITING, checked.size(), checked.size());
        return new Result(lines.size(), blank, (int) checked.stream().map(c -> c.schoolClass().getId()).distinct().count(),
                changed, null);
    }

    /** The results kind of the import pipeline: its columns and how a row becomes a line. */
    static final class Rows extends TableImport.Kind<Line> {

        Rows() {
            super(KIND, COLUMNS, HEADER_PREFIX);
        }

        @Override
        public void requireColumns(TableImport.Columns columns, int row, ImportProblems problems) {
            require(columns, row, problems, List.of("sitting", "pupil", "subtask"));
            if (!columns.has("classId") && !(columns.has("school") && columns.has("class"))) {
                problems.add(row, "classId", "import.error.missingClass", Map.of());
            }
            if (!columns.has("score") && !columns.has("absent")) {
                problems.add(row, "score", "import.error.missingColumn", Map.of("value", "score"));
            }
        }

        @Override
        public Line line(TableImport.Columns columns, TableFile.Row row, ImportProblems problems) {
            int before = problems.count();
            Long sitting = whole(columns, row, "sitting", true, problems);
            Long classId = null;
            if (!columns.cell(row, "classId").isEmpty()) {
                classId = whole(columns, row, "classId", true, problems);
            } else if (columns.cell(row, "school").isEmpty() || columns.cell(row, "class").isEmpty()) {
                problems.add(row.number(), columns.has("classId") ? "classId" : "class", "validation.required", Map.of());
            }
            String pupil = columns.cell(row, "pupil").toUpperCase(Locale.ROOT);
            if (pupil.isEmpty()) {
                problems.add(row.number(), "pupil", "validation.required", Map.of());
            }
            Long subtask = whole(columns, row, "subtask", true, problems);
            Long score = whole(columns, row, "score", false, problems);
            Long seconds = whole(columns, row, "seconds", false, problems);
            String absentText = columns.cell(row, "absent");
            Boolean absent = null;
            if (!absentText.isEmpty()) {
                absent = YES_NO.get(TextKeys.fold(absentText));
                if (absent == null) {
                    problems.add(row.number(), "absent", "import.achievement.error.absent", Map.of("value", absentText));
                }
            }
            if (problems.count() > before) {
                return null;
            }
            return new Line(row.number(), sitting, classId, columns.cell(row, "school"), columns.cell(row, "class"), pupil,
                    subtask, score == null ? null : (int) (long) score, seconds == null ? null : (int) (long) seconds, absent);
        }

        /** A whole number cell (spreadsheets may write 12 as 12.0); null when empty; a problem when not whole. */
        private static Long whole(TableImport.Columns columns, TableFile.Row row, String column, boolean required,
                                  ImportProblems problems) {
            String text = columns.cell(row, column);
            if (text.isEmpty()) {
                if (required) {
                    problems.add(row.number(), column, "validation.required", Map.of());
                }
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text).stripTrailingZeros();
                if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return value.longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            problems.add(row.number(), column, "import.achievement.error.number", Map.of("value", text));
            return null;
        }
    }

    /**
     * The words an absent cell may hold, folded: yes/no, true/false, 1/0, x (absent), and the words for yes and no in
     * every interface language (import.achievement.yes and .no, several separated by |).
     */
    static final Map<String, Boolean> YES_NO = new HashMap<>();

    static {
        for (String yes : List.of("yes", "true", "1", "x")) {
            YES_NO.put(yes, Boolean.TRUE);
        }
        for (String no : List.of("no", "false", "0")) {
            YES_NO.put(no, Boolean.FALSE);
        }
        for (ULocale locale : Messages.SUPPORTED) {
            for (Map.Entry<String, Boolean> words : Map.of("import.achievement.yes", Boolean.TRUE,
                    "import.achievement.no", Boolean.FALSE).entrySet()) {
                String list = Messages.pattern(locale, words.getKey());
                if (list != null) {
                    for (String word : list.split("\\|")) {
                        if (!word.isBlank()) {
                            YES_NO.putIfAbsent(TextKeys.fold(word), words.getValue());
                        }
                    }
                }
            }
        }
    }

    /** The header names a column is known by (for the templates and tests). */
    static Map<String, String> headerNames() {
        return TableImport.headerNames(new Rows());
    }

    /** The class of the sitting's school year with this school code and name, if it lies in the caller's provinces. */
    private Optional<SchoolClass> findClass(String school, String className, Sitting sitting) {
        List<SchoolClass> found = em.createQuery("SELECT c FROM SchoolClass c WHERE c.school.code = :school "
                        + "AND c.name = :name AND c.schoolYear = :year", SchoolClass.class)
                .setParameter("school", school).setParameter("name", className)
                .setParameter("year", sitting.getSchoolYear()).getResultList();
        return found.size() == 1 ? inScope(found.get(0)) : Optional.empty();
    }

    /** The class when it lies in the caller's provinces; empty otherwise (reported like an unknown class). */
    private Optional<SchoolClass> scoped(long id) {
        return inScope(em.find(SchoolClass.class, id));
    }

    private Optional<SchoolClass> inScope(SchoolClass c) {
        return c != null && currentUser.scope().includes(c.getSchool().getProvinceCode()) ? Optional.of(c) : Optional.empty();
    }
}
