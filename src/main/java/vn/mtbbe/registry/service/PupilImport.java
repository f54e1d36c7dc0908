package vn.mtbbe.registry.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportLog;
import vn.mtbbe.platform.imports.ImportProblems;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.imports.ImportTemplate;
import vn.mtbbe.platform.imports.TableFile;
import vn.mtbbe.platform.imports.TableImport;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.NameSimilarity;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Class lists of the running school year imported from a spreadsheet (the import pipeline's pupil kind): one row per
 * child with the school code and class name, both name forms, sex, date of birth, ethnic group, mother tongue and,
 * when the child has one, the pupil code. The whole file is checked first: every bad row, and every child who may
 * already be registered (same or similar name, same birth day, in the province, or twice in the file), is reported
 * and nothing is written. Otherwise all the new children are enrolled in one transaction. A row whose pupil code names
 * a child already in that class changes nothing, so a corrected list can be imported again; the same file twice is
 * recognised and changes nothing.
 */
@ApplicationScoped
public class PupilImport {

    public static final String KIND = "pupils";

    public static final List<String> COLUMNS = List.of("school", "class", "pupil", "vietnameseName", "nativeName", "sex",
            "dateOfBirth", "ethnicity", "motherTongue");

    /** What was written; {@code earlier} is set (and nothing written) when the same file was imported before. */
    public record Result(int rows, int enrolled, int unchanged, ImportLog.Earlier earlier) {
    }

    private record Line(int row, String school, String className, String code, String vietnameseName, String nativeName,
                        String sex, String dateOfBirth, String ethnicity, String motherTongue) {
        PupilService.PupilInput input(Long classId) {
            return new PupilService.PupilInput(code.isEmpty() ? null : code, nativeName.isEmpty() ? vietnameseName : nativeName,
                    vietnameseName, sex, dateOfBirth, ethnicity, motherTongue, classId == null ? null : String.valueOf(classId));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.mtbbe.platform.metrics.AppMetrics metrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    PupilService pupils;

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Inject
    ReferenceNames names;

    @Inject
    ImportLog log;

    @Inject
    Today today;

    public long maxBytes() {
        return log.maxBytes();
    }

    /** The template in the reader's language: the columns, and the codes of sex, ethnic groups and languages. */
    public ImportTemplate template() {
        List<String> ethnicities = em.createQuery("SELECT e.code FROM Ethnicity e ORDER BY e.code", String.class).getResultList();
        List<String> languages = em.createQuery("SELECT l.code FROM Language l ORDER BY l.code", String.class).getResultList();
        return new ImportTemplate("import.pupils.sheet.pupils", "import.pupils.sheet.codes", COLUMNS,
                c -> "import.pupils.column." + c, List.of("dateOfBirth"), List.of(
                new ImportTemplate.CodeList("sex", List.of("F", "M"), (locale, code) -> Messages.format(locale, "pupil.sex." + code)),
                new ImportTemplate.CodeList("ethnicity", ethnicities,
                        (locale, code) -> names.name(RefName.Kind.ETHNICITY, code, locale, code)),
                new ImportTemplate.CodeList("motherTongue", languages,
                        (locale, code) -> names.name(RefName.Kind.LANGUAGE, code, locale, code))));
    }

    /**
     * Imports {@code file} for the signed-in officer. {@code school} (optional) is the school a file without a school
     * column is for; {@code acceptDuplicates} enrols children reported as possible duplicates after the officer
     * checked them.
     */
    @Transactional
    public Result importFile(Path file, String school, boolean acceptDuplicates, ULocale locale, ImportProgress.Reporter progress) {
        AppUser caller = currentUser.require(Role.OFFICER);
        School fixed = school == null || school.isBlank() ? null : schools.get(school.strip());
        vn.mtbbe.platform.metrics.AppMetrics.Import run = metrics.importStarted(KIND);
        TableImport.Admission admission = log.admit(file, KIND);
        if (admission.earlier().isPresent()) {
            ImportLog.Earlier earlier = admission.earlier().get();
            return new Result(earlier.rows(), 0, 0, earlier);
        }
        learnNames();
        ImportProblems problems = new ImportProblems();
        List<Line> lines = TableImport.read(file, new Rows(TableImport.localDates(locale), fixed), problems, progress);
        problems.throwIfAny();

        String year = SchoolYear.codeStarting(today.schoolYearStart());
        Map<String, Optional<SchoolClass>> classByName = new HashMap<>();
        Map<String, Integer> codesInFile = new HashMap<>();
        List<Line> fresh = new ArrayList<>();
        Map<Line, Long> classOf = new LinkedHashMap<>();
        int unchanged = 0;
        int checkedRows = 0;
        for (Line line : lines) {
            if (++checkedRows % 500 == 0) {
                progress.report(ImportProgress.Phase.CHECKING, checkedRows, lines.size());
            }
            Optional<SchoolClass> schoolClass = classByName.computeIfAbsent(line.school() + "\u0000" + line.className(),
                    k -> findClass(line.school(), line.className(), year));
            if (schoolClass.isEmpty()) {
                problems.add(line.row(), "class", "import.error.class", Map.of("value", line.school() + " / " + line.className()));
                continue;
            }
            if (schoolClass.get().isClosed()) {
                problems.add(line.row(), "class", "validation.class.closed", Map.of());
                continue;
            }
            for (FieldError e : pupils.problems(line.input(schoolClass.get().getId()))) {
                problems.add(line.row(), e.field(), e.messageKey(), e.args());
            }
            if (!line.code().isEmpty()) {
                String code = line.code().toUpperCase(Locale.ROOT);
                Integer first = codesInFile.putIfAbsent(code, line.row());
                if (first != null) {
                    problems.add(line.row(), "pupil", "import.error.codeTwice", Map.of("value", code, "row", first));
                    continue;
                }
                Optional<Pupil> existing = em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", code)
                        .getResultStream().findFirst();
                if (existing.isPresent()) {
                    boolean inClass = existing.get().currentEnrolment().map(Enrolment::getSchoolClass)
                            .filter(schoolClass.get()::equals).isPresent();
                    if (inClass) {
                        unchanged++;
                    } else {
                        problems.add(line.row(), "pupil", "import.error.pupilElsewhere", Map.of("value", code));
                    }
                    continue;
                }
            }
            fresh.add(line);
            classOf.put(line, schoolClass.get().getId());
        }
        if (!acceptDuplicates) {
            duplicates(fresh, classOf, classByName, problems);
        }
        problems.throwIfAny();

        // Every row is checked: the enrolments need not see each other before the commit, so the queries of each
        // enrolment do not flush the ones before (thousands of pending rows).
        jakarta.persistence.FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        int enrolled = 0;
        try {
            for (Line line : fresh) {
                if (++enrolled % 200 == 0) {
                    progress.report(ImportProgress.Phase.WRITING, enrolled, fresh.size());
                }
                pupils.enrol(line.input(classOf.get(line)));
            }
            em.flush();
        } finally {
            em.setFlushMode(flushMode);
        }
        log.record(KIND, admission.checksum(), caller.getUsername(), lines.size(), java.time.Instant.now());
        progress.report(ImportProgress.Phase.WRITING, fresh.size(), fresh.size());
        run.rows(lines.size());
        return new Result(lines.size(), fresh.size(), unchanged, null);
    }

    /**
     * Children of the file who may already be registered in their class's province (one query per province for all
     * the birth days of the file) or who appear twice in the file: reported at their row with the codes or rows.
     */
    private void duplicates(List<Line> fresh, Map<Line, Long> classOf, Map<String, Optional<SchoolClass>> classByName,
                            ImportProblems problems) {
        Map<Long, String> provinceOfClass = new HashMap<>();
        classByName.values().forEach(c -> c.ifPresent(sc -> provinceOfClass.put(sc.getId(), sc.getSchool().getProvinceCode())));
        Map<String, List<Line>> byProvince = fresh.stream()
                .collect(Collectors.groupingBy(l -> provinceOfClass.get(classOf.get(l)), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Line>> entry : byProvince.entrySet()) {
            Set<LocalDate> born = entry.getValue().stream().map(l -> LocalDate.parse(l.dateOfBirth())).collect(Collectors.toSet());
            Map<LocalDate, List<Pupil>> registered = new HashMap<>();
            for (List<LocalDate> chunk : chunks(new ArrayList<>(born), 500)) {
                em.createQuery("SELECT p FROM Pupil p WHERE p.provinceCode = :province AND p.dateOfBirth IN :born", Pupil.class)
                        .setParameter("province", entry.getKey()).setParameter("born", chunk).getResultStream()
                        .forEach(p -> registered.computeIfAbsent(p.getDateOfBirth(), d -> new ArrayList<>()).add(p));
            }
            // Every name folded once (folding is the costly part of a comparison).
            Map<Pupil, List<NameSimilarity.Name>> registeredNames = new HashMap<>();
            registered.values().forEach(list -> list.forEach(p -> registeredNames.put(p,
                    List.of(NameSimilarity.Name.of(p.getVietnameseName()), NameSimilarity.Name.of(p.getNativeName())))));
            Map<LocalDate, List<Map.Entry<Line, List<NameSimilarity.Name>>>> inFile = new HashMap<>();
            for (Line line : entry.getValue()) {
                LocalDate day = LocalDate.parse(line.dateOfBirth());
                List<NameSimilarity.Name> names = line.nativeName().isEmpty()
                        ? List.of(NameSimilarity.Name.of(line.vietnameseName()))
                        : List.of(NameSimilarity.Name.of(line.vietnameseName()), NameSimilarity.Name.of(line.nativeName()));
                List<String> codes = registered.getOrDefault(day, List.of()).stream()
                        .filter(p -> anySimilar(names, registeredNames.get(p)))
                        .map(Pupil::getCode).toList();
                if (!codes.isEmpty()) {
                    problems.add(line.row(), "vietnameseName", "import.error.duplicate", Map.of("value", String.join(", ", codes)));
                }
                for (Map.Entry<Line, List<NameSimilarity.Name>> earlier : inFile.getOrDefault(day, List.of())) {
                    if (anySimilar(names, earlier.getValue())) {
                        problems.add(line.row(), "vietnameseName", "import.error.duplicateRow", Map.of("row", earlier.getKey().row()));
                        break;
                    }
                }
                inFile.computeIfAbsent(day, d -> new ArrayList<>()).add(Map.entry(line, names));
            }
        }
    }

    private static boolean anySimilar(List<NameSimilarity.Name> a, List<NameSimilarity.Name> b) {
        for (NameSimilarity.Name x : a) {
            for (NameSimilarity.Name y : b) {
                if (NameSimilarity.similar(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    /** The class of the running school year named in the caller's provinces, if there is exactly one. */
    private Optional<SchoolClass> findClass(String school, String className, String year) {
        List<SchoolClass> found = em.createQuery("SELECT c FROM SchoolClass c JOIN FETCH c.school s WHERE s.code = :school"
                        + " AND c.name = :name AND c.schoolYear = :year", SchoolClass.class)
                .setParameter("school", school).setParameter("name", TextKeys.nfc(className)).setParameter("year", year)
                .getResultList();
        return found.size() == 1 && currentUser.scope().includes(found.get(0).getSchool().getProvinceCode())
                ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The pupil-list kind of the import pipeline. */
    private static final class Rows extends TableImport.Kind<Line> {

        private final DateTimeFormatter localDates;
        private final School fixed;

        Rows(DateTimeFormatter localDates, School fixed) {
            super(KIND, COLUMNS, "import.pupils.column.");
            this.localDates = localDates;
            this.fixed = fixed;
        }

        @Override
        public void requireColumns(TableImport.Columns columns, int row, ImportProblems problems) {
            require(columns, row, problems, List.of("class", "vietnameseName", "sex", "dateOfBirth", "ethnicity", "motherTongue"));
            if (fixed == null) {
                require(columns, row, problems, List.of("school"));
            }
        }

        @Override
        public Line line(TableImport.Columns columns, TableFile.Row row, ImportProblems problems) {
            int before = problems.count();
            String school = columns.cell(row, "school");
            if (school.isEmpty() && fixed != null) {
                school = fixed.getCode();
            } else if (fixed != null && !school.equalsIgnoreCase(fixed.getCode())) {
                problems.add(row.number(), "school", "import.error.otherSchool", Map.of("value", school));
            }
            String className = columns.cell(row, "class");
            if (school.isEmpty()) {
                problems.add(row.number(), "school", "validation.required", Map.of());
            }
            if (className.isEmpty()) {
                problems.add(row.number(), "class", "validation.required", Map.of());
            }
            String dateText = columns.cell(row, "dateOfBirth");
            String dateOfBirth = dateText;
            if (!dateText.isEmpty()) {
                LocalDate date = TableImport.parseDate(dateText, localDates);
                if (date == null) {
                    problems.add(row.number(), "dateOfBirth", "validation.date", Map.of());
                } else {
                    dateOfBirth = date.toString();
                }
            }
            if (problems.count() > before) {
                return null;
            }
            return new Line(row.number(), school.toUpperCase(Locale.ROOT), className, columns.cell(row, "pupil"),
                    columns.cell(row, "vietnameseName"), columns.cell(row, "nativeName"), sex(columns.cell(row, "sex")),
                    dateOfBirth, CODES.ethnicity(columns.cell(row, "ethnicity")), CODES.language(columns.cell(row, "motherTongue")));
        }
    }

    /** Sex as written: F or M, or its name in any interface language. */
    static String sex(String text) {
        String folded = TextKeys.fold(text);
        for (String code : List.of("F", "M")) {
            if (code.equalsIgnoreCase(text.strip())) {
                return code;
            }
            for (ULocale locale : Messages.SUPPORTED) {
                String name = Messages.pattern(locale, "pupil.sex." + code);
                if (name != null && TextKeys.fold(name).equals(folded)) {
                    return code;
                }
            }
        }
        return text;
    }

    /** Ethnic groups and languages by code or by name in any interface language (filled from the reference names). */
    private static final Codes CODES = new Codes();

    static final class Codes {
        private final Map<String, String> ethnicities = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, String> languages = new java.util.concurrent.ConcurrentHashMap<>();

        String ethnicity(String text) {
            return ethnicities.getOrDefault(TextKeys.fold(text), text);
        }

        String language(String text) {
            return languages.getOrDefault(TextKeys.fold(text), text);
        }
    }

    /** Learns the names of the reference codes (once per start): ethnic groups and languages in every language. */
    void learnNames() {
        if (!CODES.ethnicities.isEmpty()) {
            return;
        }
        for (Object[] row : em.createQuery("SELECT r.kind, r.code, r.name FROM RefName r", Object[].class).getResultList()) {
            Map<String, String> target = RefName.Kind.ETHNICITY.name().equals(row[0]) ? CODES.ethnicities
                    : RefName.Kind.LANGUAGE.name().equals(row[0]) ? CODES.languages : null;
            if (target != null) {
                target.putIfAbsent(TextKeys.fold((String) row[2]), (String) row[1]);
            }
        }
        for (Object[] row : em.createQuery("SELECT e.code, e.name FROM Ethnicity e", Object[].class).getResultList()) {
            CODES.ethnicities.putIfAbsent(TextKeys.fold((String) row[1]), (String) row[0]);
        }
        for (Object[] row : em.createQuery("SELECT l.code, l.name FROM Language l", Object[].class).getResultList()) {
            CODES.languages.putIfAbsent(TextKeys.fold((String) row[1]), (String) row[0]);
        }
    }
}
