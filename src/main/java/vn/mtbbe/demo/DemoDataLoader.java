package vn.mtbbe.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.DistrictSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.ProvinceSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.demo.DemoProgrammes.ProgrammeSeed;
import vn.mtbbe.calendar.domain.CalendarDay;
import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.attendance.service.AttendanceStore;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.service.AchievementStore;
import vn.mtbbe.platform.db.BatchInsert;
import vn.mtbbe.platform.db.DatabaseStartup;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.PupilCodes;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.PasswordHasher;
import vn.mtbbe.security.Role;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a {@link DemoData} set, its programmes and cohorts, and the demo accounts in one transaction, so a
 * failed load leaves nothing behind and the next start tries again. Rows go to the database in JDBC
 * batches ({@link BatchInsert}): the set is about 12,000 rows, and persisting it entity by entity took
 * most of a first start. Ids are generated in the order rows are written, so a new demo installation
 * always has the same ids (class ids appear in addresses).
 */
@ApplicationScoped
public class DemoDataLoader {

    /** What was written. */
    public record Counts(int provinces, int schools, int classes, int pupils, long enrolments, long marks,
                         long assessmentResults, int accounts) {
    }

    /** A demo account; {@code lifetime} is null for accounts that do not expire. */
    record DemoAccount(String username, String displayName, Role role, List<String> provinces, Duration lifetime) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Lê Minh Tuấn", Role.ADMIN, List.of(), null),
            new DemoAccount("ministry", "Nguyễn Thị Thu Hà", Role.MINISTRY, List.of(), null),
            new DemoAccount("officer.laocai", "Vàng Seo Phủ", Role.OFFICER, List.of("10"), null),
            new DemoAccount("officer.gialai", "Ksor H'Nhi", Role.OFFICER, List.of("64"), null),
            new DemoAccount("officer.travinh", "Thạch Thị Ma Ly", Role.OFFICER, List.of("84"), null),
            new DemoAccount("delegation", "Nurul Aisyah binti Hassan", Role.DELEGATION, List.of(), Duration.ofDays(90)));

    /**
     * Who the demo's schedule versions and practice records were written by; the assessment instruments and sittings
     * come with the system.
     */
    private static final String MINISTRY = "ministry";
    private static final String OFFICER = "officer";
    private static final String SYSTEM = "system";
    /** The optimistic-lock version of a new row, as the persistence provider gives it. */
    private static final long FIRST_VERSION = 1;

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    DataSource dataSource;

    /** PBKDF2 takes a quarter of a second per account: the hashes are computed while the rows are written. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountService accounts;

    public boolean hasProvinces() {
        try (Connection connection = dataSource.getConnection()) {
            return hasProvinces(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the provinces", e);
        }
    }

    /**
     * Takes the demo load's lock (V25) for the connection's transaction, then says whether the load is still to do: a
     * node starting beside another waits here until the other's load has committed or rolled back, then finds the
     * provinces written (or not, and loads them itself). The province check is the first plain read of the
     * transaction, so it reads what was committed before the lock was granted.
     */
    static boolean claim(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT name FROM startup_lock WHERE name = 'demo' FOR UPDATE");
             ResultSet rows = lock.executeQuery()) {
            rows.next();
        }
        return !hasProvinces(connection);
    }

    private static boolean hasProvinces(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT code FROM province");
             ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /**
     * Writes {@code data}, with attendance and assessment results up to {@code lastDay}, unless the database already
     * holds a province (checked again inside the transaction, under the demo load's lock: {@link #claim}). All of it
     * or nothing: at start-up the connection is not part of a container transaction (it comes in autocommit mode), so
     * this method runs the connection's own transaction, committed at the end and rolled back on any failure.
     */
    @Transactional
    public Optional<Counts> load(DemoData data, LocalDate lastDay, char[] password) {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            boolean done = false;
            try {
                Optional<Counts> counts = claim(connection) ? Optional.of(write(connection, data, lastDay, password))
                        : Optional.empty();
                done = true;
                return counts;
            } finally {
                if (own) {
                    if (done) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo data could not be written", e);
        }
    }

    private Counts write(Connection connection, DemoData data, LocalDate lastDay, char[] password) throws SQLException {
        Map<String, CompletableFuture<String>> hashes = new LinkedHashMap<>();
        try {
            for (DemoAccount account : ACCOUNTS) {
                char[] copy = password.clone();
                hashes.put(account.username(), CompletableFuture.supplyAsync(() -> {
                    try {
                        return PasswordHasher.hash(copy);
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                }, executor));
            }
            // A million marks are drawn while the registry's rows are written, as the password hashes are.
            CompletableFuture<List<DemoAttendance.ClassMonth>> attendance = CompletableFuture.supplyAsync(
                    () -> DemoAttendance.generate(data, lastDay, DemoDataGenerator.SEED), executor);
            CompletableFuture<DemoAchievement.Achievement> achievement = CompletableFuture.supplyAsync(
                    () -> DemoAchievement.generate(data, lastDay, DemoDataGenerator.SEED), executor);
            Writer writer = new Writer(connection, accounts.now());
            writer.write(data);
            vn.mtbbe.cohort.service.FlowStore.rebuild(connection);
            long marks = writer.attendance(attendance.join());
            long results = writer.achievement(achievement.join());
            int created = writeAccounts(connection, hashes);
            return new Counts(data.provinces().size(), data.schools().size(), data.classes().size(),
                    data.pupils().size(), data.enrolmentCount(), marks, results, created);
        } finally {
            hashes.values().forEach(hash -> hash.cancel(false));
        }
    }

    private int writeAccounts(Connection connection, Map<String, CompletableFuture<String>> hashes) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT username FROM app_user");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        }
        List<DemoAccount> missing = ACCOUNTS.stream().filter(a -> !existing.contains(a.username())).toList();
        Instant now = accounts.now();
        List<Long> ids;
        try (BatchInsert users = BatchInsert.withKeys(connection, "app_user", "username", "display_name", "password_hash",
                "role", "enabled", "expires_at", "demo", "version")) {
            for (DemoAccount a : missing) {
                users.add(a.username(), a.displayName(), hashes.get(a.username()).join(), a.role(), true,
                        a.lifetime() == null ? null : now.plus(a.lifetime()), true, FIRST_VERSION);
            }
            ids = users.keys();
        }
        try (BatchInsert provinces = BatchInsert.into(connection, "user_province", "user_id", "province_code")) {
            for (int i = 0; i < missing.size(); i++) {
                for (String province : missing.get(i).provinces()) {
                    provinces.add(ids.get(i), province);
                }
            }
        }
        return missing.size();
    }

    /** One load: the ids the database gave each written row, by the seed's natural key. */
    private static final class Writer {

        private final Connection connection;
        private final Instant now;
        private final Map<String, Long> districtIds = new HashMap<>();
        private final Map<String, Long> schoolIds = new HashMap<>();
        private final Map<String, SchoolSeed> schools = new HashMap<>();
        private final Map<String, Long> programmeIds = new HashMap<>();
        private final Map<ClassSeed, Long> classIds = new HashMap<>();
        private final Map<ClassSeed, Long> classCohorts = new HashMap<>();
        private final Map<Long, Integer> cohortStartYears = new HashMap<>();
        private List<Long> pupilIds = List.of();

        Writer(Connection connection, Instant now) {
            this.connection = connection;
            this.now = now;
        }

        void write(DemoData data) throws SQLException {
            provinces(data.provinces());
            years(data.years());
            calendars(data);
            programmes();
            schools(data.schools());
            classes(data.classes());
            pupils(data);
            practice(data.classes());
        }

        private void provinces(List<ProvinceSeed> provinces) throws SQLException {
            try (BatchInsert rows = BatchInsert.into(connection, "province", "code", "name", "demo")) {
                for (ProvinceSeed p : provinces) {
                    rows.add(p.code(), p.name(), true);
                }
            }
            try (BatchInsert names = BatchInsert.into(connection, "ref_name", "kind", "code", "locale", "name")) {
                for (ProvinceSeed p : provinces) {
                    for (Map.Entry<String, String> name : p.localNames().entrySet()) {
                        names.add(RefName.Kind.PROVINCE, p.code(), name.getKey(), name.getValue());
                    }
                }
            }
            List<DistrictSeed> districts = provinces.stream().flatMap(p -> p.districts().stream()).toList();
            try (BatchInsert rows = BatchInsert.withKeys(connection, "district", "province_code", "code", "name")) {
                for (DistrictSeed d : districts) {
                    rows.add(d.provinceCode(), d.code(), d.name());
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < districts.size(); i++) {
                    districtIds.put(districts.get(i).code(), ids.get(i));
                }
            }
        }

        private void years(List<YearSeed> years) throws SQLException {
            Set<String> existing = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT code FROM school_year");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
            try (BatchInsert rows = BatchInsert.into(connection, "school_year", "code", "start_date", "end_date")) {
                for (YearSeed y : years) {
                    if (!existing.contains(y.code())) {
                        rows.add(y.code(), y.start(), y.end());
                    }
                }
            }
        }

        /**
         * Every demo year's national holidays and each demo province's own days ({@link DemoCalendars}); a year
         * that already has a calendar entry (another load's) is left as it is.
         */
        private void calendars(DemoData data) throws SQLException {
            Set<String> existing = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT school_year FROM calendar_day");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
            try (BatchInsert rows = BatchInsert.into(connection, "calendar_day", "school_year", "scope", "calendar_date", "kind",
                    "name", "demo")) {
                for (YearSeed y : data.years()) {
                    if (existing.contains(y.code())) {
                        continue;
                    }
                    int start = y.start().getYear();
                    for (Map.Entry<LocalDate, String> d : DemoCalendars.nationalHolidays(start).entrySet()) {
                        if (!d.getKey().isBefore(y.start()) && !d.getKey().isAfter(y.end())) {
                            rows.add(y.code(), CalendarDay.NATIONAL, d.getKey(), "HOLIDAY", d.getValue(), true);
                        }
                    }
                    for (ProvinceSeed p : data.provinces()) {
                        for (Map.Entry<LocalDate, String> d : DemoCalendars.provincialHolidays(p.code(), start).entrySet()) {
                            rows.add(y.code(), p.code(), d.getKey(), "HOLIDAY", d.getValue(), true);
                        }
                        for (Map.Entry<LocalDate, String> d : DemoCalendars.makeUpDays(p.code(), start).entrySet()) {
                            rows.add(y.code(), p.code(), d.getKey(), "MAKE_UP", d.getValue(), true);
                        }
                    }
                }
            }
        }

        /** One programme per pilot language with the published schedule; the Jrai one gains the gradual version. */
        private void programmes() throws SQLException {
            List<ProgrammeSeed> seeds = DemoProgrammes.PROGRAMMES;
            try (BatchInsert rows = BatchInsert.withKeys(connection, "programme", "name", "mother_tongue", "description",
                    "demo", "version")) {
                for (ProgrammeSeed p : seeds) {
                    rows.add(p.name(), p.language(), DemoProgrammes.DESCRIPTION, true, FIRST_VERSION);
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < seeds.size(); i++) {
                    programmeIds.put(seeds.get(i).language(), ids.get(i));
                }
            }
            try (BatchInsert names = BatchInsert.into(connection, "ref_name", "kind", "code", "locale", "name")) {
                for (ProgrammeSeed p : seeds) {
                    for (Map.Entry<String, String> name : new java.util.TreeMap<>(p.names()).entrySet()) {
                        names.add(RefName.Kind.PROGRAMME, String.valueOf(programmeIds.get(p.language())), name.getKey(),
                                name.getValue());
                    }
                }
            }
            List<List<ScheduleEntry>> schedules = new ArrayList<>();
            try (BatchInsert rows = BatchInsert.withKeys(connection, "schedule_version", "programme_id", "number",
                    "valid_from_year", "created_at", "created_by", "note")) {
                for (ProgrammeSeed p : seeds) {
                    rows.add(programmeIds.get(p.language()), 1, DemoProgrammes.FIRST_YEAR, now, MINISTRY, null);
                    schedules.add(DemoProgrammes.published());
                }
                rows.add(programmeIds.get(DemoProgrammes.GRADUAL_LANGUAGE), 2, DemoProgrammes.GRADUAL_FROM, now, MINISTRY,
                        DemoProgrammes.GRADUAL_NOTE);
                schedules.add(DemoProgrammes.gradual());
                List<Long> versions = rows.keys();
                try (BatchInsert entries = BatchInsert.into(connection, "schedule_entry", "version_id", "stage", "semester",
                        "subject", "mode")) {
                    for (int i = 0; i < versions.size(); i++) {
                        for (ScheduleEntry e : schedules.get(i)) {
                            entries.add(versions.get(i), e.getStage(), e.getSemester(), e.getSubject(), e.getMode());
                        }
                    }
                }
            }
        }

        /** Schools; a pilot school follows the programme of its language. */
        private void schools(List<SchoolSeed> seeds) throws SQLException {
            try (BatchInsert rows = BatchInsert.withKeys(connection, "school", "code", "name", "native_name", "district_id",
                    "province_code", "level", "designation", "programme_language", "programme_id", "name_key", "demo",
                    "version")) {
                for (SchoolSeed s : seeds) {
                    rows.add(s.code(), s.name(), s.nativeName(), districtIds.get(s.districtCode()), s.provinceCode(),
                            s.level(), s.designation(), s.programmeLanguage(), programmeOf(s),
                            TextKeys.searchKey(s.name(), s.nativeName()), true, FIRST_VERSION);
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < seeds.size(); i++) {
                    schoolIds.put(seeds.get(i).code(), ids.get(i));
                    schools.put(seeds.get(i).code(), seeds.get(i));
                }
            }
        }

        private Long programmeOf(SchoolSeed school) {
            return school.designation() == Designation.PILOT && school.programmeLanguage() != null
                    ? programmeIds.get(school.programmeLanguage()) : null;
        }

        /**
         * Classes, each in the cohort that started at its school as many years before as its stage lies above the
         * school's entry stage ({@link Cohort#startYearOf}); cohorts are written first, in the order of the classes.
         */
        private void classes(List<ClassSeed> seeds) throws SQLException {
            record CohortKey(String school, int startYear) {
            }
            Map<CohortKey, Integer> cohortIndex = new LinkedHashMap<>();
            Map<ClassSeed, CohortKey> keys = new HashMap<>();
            for (ClassSeed c : inCohortOrder(seeds)) {
                SchoolSeed school = schools.get(c.schoolCode());
                CohortKey key = new CohortKey(c.schoolCode(),
                        Cohort.startYearOf(school.level(), Integer.parseInt(c.year().substring(0, 4)), c.stage()));
                cohortIndex.putIfAbsent(key, cohortIndex.size());
                keys.put(c, key);
            }
            List<Long> cohortIds;
            try (BatchInsert rows = BatchInsert.withKeys(connection, "cohort", "school_id", "start_year", "entry_stage",
                    "programme_id")) {
                for (CohortKey key : cohortIndex.keySet()) {
                    SchoolSeed school = schools.get(key.school());
                    rows.add(schoolIds.get(key.school()), key.startYear(), Cohort.entryStage(school.level()), programmeOf(school));
                }
                cohortIds = rows.keys();
            }
            cohortIndex.forEach((key, index) -> cohortStartYears.put(cohortIds.get(index), key.startYear()));
            try (BatchInsert rows = BatchInsert.withKeys(connection, "school_class", "school_id", "school_year", "stage",
                    "name", "programme_language", "teacher_names", "cohort_id", "version")) {
                for (ClassSeed c : seeds) {
                    Long cohort = cohortIds.get(cohortIndex.get(keys.get(c)));
                    classCohorts.put(c, cohort);
                    rows.add(schoolIds.get(c.schoolCode()), c.year(), c.stage(), c.name(), c.programmeLanguage(),
                            c.teacherNames(), cohort, FIRST_VERSION);
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < seeds.size(); i++) {
                    classIds.put(seeds.get(i), ids.get(i));
                }
            }
        }

        /** The order the pages list classes in: by school, year, stage and name. */
        private static List<ClassSeed> inCohortOrder(List<ClassSeed> seeds) {
            return seeds.stream().sorted(Comparator.comparing(ClassSeed::schoolCode).thenComparing(ClassSeed::year)
                    .thenComparing(c -> c.stage().name()).thenComparing(ClassSeed::name)).toList();
        }

        /**
         * Pupils with their enrolments. A pupil belongs to the school of the last class attended and to the cohort
         * of the first; codes are reserved from each province's counter, which moves past them.
         */
        private void pupils(DemoData data) throws SQLException {
            Map<String, Long> firstNumber = new HashMap<>();
            for (ProvinceSeed p : data.provinces()) {
                firstNumber.put(p.code(), reserveCodes(p.code(), data.pupilCount(p.code())));
            }
            List<PupilSeed> seeds = data.pupils();
            List<Long> ids;
            try (BatchInsert rows = BatchInsert.withKeys(connection, "pupil", "code", "native_name", "vietnamese_name", "sex",
                    "date_of_birth", "ethnicity_code", "mother_tongue", "school_id", "province_code", "search_key",
                    "sort_key_vi", "sort_key_root", "cohort_id", "demo", "version")) {
                for (PupilSeed p : seeds) {
                    String nativeName = TextKeys.nfc(p.nativeName());
                    String vietnameseName = TextKeys.nfc(p.vietnameseName());
                    List<EnrolmentSeed> enrolments = p.enrolments();
                    SchoolSeed school = schools.get(enrolments.get(enrolments.size() - 1).schoolClass().schoolCode());
                    ClassSeed first = enrolments.stream().min(Comparator.comparing(EnrolmentSeed::start)).orElseThrow().schoolClass();
                    rows.add(p.code(firstNumber.get(p.provinceCode())), nativeName, vietnameseName, p.sex(), p.dateOfBirth(),
                            p.ethnicity(), p.motherTongue(), schoolIds.get(school.code()), school.provinceCode(),
                            TextKeys.searchKey(vietnameseName, nativeName), TextKeys.sortKeyVietnamese(vietnameseName),
                            TextKeys.sortKeyRoot(vietnameseName), classCohorts.get(first), true, FIRST_VERSION);
                }
                ids = rows.keys();
            }
            pupilIds = ids;
            try (BatchInsert rows = BatchInsert.into(connection, "enrolment", "pupil_id", "class_id", "start_date",
                    "end_date", "outcome", "outcome_date")) {
                for (int i = 0; i < seeds.size(); i++) {
                    for (EnrolmentSeed e : seeds.get(i).enrolments()) {
                        rows.add(ids.get(i), classIds.get(e.schoolClass()), e.start(), e.outcomeDate(), e.outcome(),
                                e.outcomeDate());
                    }
                }
            }
        }

        /** Takes {@code count} numbers from the province's pupil-code counter (as {@link PupilCodes} does); the first. */
        private long reserveCodes(String province, long count) throws SQLException {
            String prefix = PupilCodes.prefix(province);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT next_value FROM code_counter WHERE prefix = ? FOR UPDATE")) {
                query.setString(1, prefix);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        long first = row.getLong(1);
                        try (PreparedStatement update = connection.prepareStatement(
                                "UPDATE code_counter SET next_value = ? WHERE prefix = ?")) {
                            update.setLong(1, first + count);
                            update.setString(2, prefix);
                            update.executeUpdate();
                        }
                        return first;
                    }
                }
            }
            try (BatchInsert row = BatchInsert.into(connection, "code_counter", "prefix", "next_value")) {
                row.add(prefix, 1 + count);
            }
            return 1;
        }

        /**
         * In the current school year every other pilot class has its practice recorded: as planned, except that a
         * grade 3 class of each language still teaches mathematics bilingually (a departure from the plan).
         */
        private void practice(List<ClassSeed> seeds) throws SQLException {
            String current = seeds.stream().map(ClassSeed::year).max(String::compareTo).orElse(null);
            Set<String> departed = new HashSet<>();
            int n = 0;
            try (BatchInsert rows = BatchInsert.into(connection, "class_instruction", "class_id", "semester", "subject",
                    "mode", "recorded_by", "recorded_at")) {
                for (ClassSeed c : inCohortOrder(seeds)) {
                    if (!c.year().equals(current) || c.programmeLanguage() == null || n++ % 2 != 0
                            || !programmeIds.containsKey(c.programmeLanguage())) {
                        continue;
                    }
                    Schedule schedule = DemoProgrammes.scheduleFor(c.programmeLanguage(),
                            cohortStartYears.get(classCohorts.get(c)));
                    boolean departs = c.stage() == Stage.GRADE_3 && departed.add(c.programmeLanguage());
                    for (String subject : DemoProgrammes.RECORDED_SUBJECTS) {
                        for (int semester = 1; semester <= 2; semester++) {
                            Optional<InstructionMode> planned = schedule.mode(c.stage(), semester, subject);
                            if (planned.isPresent()) {
                                rows.add(classIds.get(c), semester, subject,
                                        DemoProgrammes.practice(planned.get(), subject, departs), OFFICER, now);
                            }
                        }
                    }
                }
            }
        }

        /**
         * The attendance marks, their class-month rows, and the report summary rebuilt from them as a save would
         * keep it; the number of marks written.
         */
        long attendance(List<DemoAttendance.ClassMonth> months) throws SQLException {
            long marks = 0;
            try (BatchInsert rows = BatchInsert.into(connection, "attendance_month", "class_id", "month_start", "pupil_id",
                    "marks", "days", "present", "late", "excused", "unexcused");
                 BatchInsert classMonths = BatchInsert.into(connection, "attendance_class_month", "class_id", "month_start",
                         "school_id", "province_code", "school_year", "marked", "marked_days", "pupil_days", "present",
                         "late", "excused", "unexcused", "version")) {
                for (DemoAttendance.ClassMonth m : months) {
                    long classId = classIds.get(m.schoolClass());
                    LocalDate start = m.month().atDay(1);
                    MonthMarks.Counts total = MonthMarks.Counts.ZERO;
                    for (Map.Entry<Integer, MonthMarks> e : m.marks().entrySet()) {
                        MonthMarks.Counts c = e.getValue().counts();
                        rows.add(classId, start, pupilIds.get(e.getKey()), e.getValue().text(), c.days(), c.present(),
                                c.late(), c.excused(), c.unexcused());
                        total = total.plus(c);
                    }
                    marks += total.days();
                    SchoolSeed school = schools.get(m.schoolClass().schoolCode());
                    classMonths.add(classId, start, schoolIds.get(school.code()), school.provinceCode(), m.schoolClass().year(),
                            AttendanceStore.markedText(m.marked()), m.marked().size(), total.days(), total.present(),
                            total.late(), total.excused(), total.unexcused(), FIRST_VERSION);
                }
            }
            AttendanceStore.rebuildSummaries(connection);
            return marks;
        }

        /**
         * The instruments with their subtasks and benchmarks, the sittings with their instruments and schools, the
         * results with their class-sitting rows, and the report summary rebuilt from them as a save would keep it; the
         * number of results written.
         */
        long achievement(DemoAchievement.Achievement achievement) throws SQLException {
            Map<String, Long> instrumentIds = new HashMap<>();
            List<DemoInstruments.InstrumentSeed> instruments = achievement.instruments();
            try (BatchInsert rows = BatchInsert.withKeys(connection, "instrument", "series", "version", "name", "area",
                    "language_code", "stages", "demo", "created_at", "created_by")) {
                for (DemoInstruments.InstrumentSeed i : instruments) {
                    rows.add(i.series(), 1, i.name(), i.area(), i.language(),
                            String.join(",", i.stages().stream().sorted().map(Stage::name).toList()), true, now, SYSTEM);
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < instruments.size(); i++) {
                    instrumentIds.put(instruments.get(i).series(), ids.get(i));
                }
            }
            List<DemoInstruments.SubtaskSeed> subtasks = instruments.stream().flatMap(i -> i.subtasks().stream()).toList();
            Map<DemoInstruments.SubtaskSeed, Long> subtaskIds = new HashMap<>();
            try (BatchInsert rows = BatchInsert.withKeys(connection, "subtask", "instrument_id", "position", "skill", "kind",
                    "items", "seconds", "sample")) {
                for (DemoInstruments.SubtaskSeed s : subtasks) {
                    rows.add(instrumentIds.get(s.series()), s.position(), s.skill(), s.kind(), s.items(), s.seconds(),
                            TextKeys.nfc(s.sample()));
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < subtasks.size(); i++) {
                    subtaskIds.put(subtasks.get(i), ids.get(i));
                }
            }
            try (BatchInsert rows = BatchInsert.into(connection, "benchmark", "subtask_id", "stage", "approaching_from",
                    "meeting_from")) {
                for (DemoInstruments.SubtaskSeed s : subtasks) {
                    for (Map.Entry<Stage, Scoring.Thresholds> b : new TreeMap<>(s.benchmarks()).entrySet()) {
                        rows.add(subtaskIds.get(s), b.getKey(), BigDecimal.valueOf(b.getValue().approachingFrom()),
                                BigDecimal.valueOf(b.getValue().meetingFrom()));
                    }
                }
            }
            List<DemoAchievement.SittingSeed> sittings = achievement.sittings();
            Map<DemoAchievement.SittingSeed, Long> sittingIds = new HashMap<>();
            try (BatchInsert rows = BatchInsert.withKeys(connection, "sitting", "name", "round", "school_year", "starts_on",
                    "ends_on", "demo", "created_at", "created_by")) {
                for (DemoAchievement.SittingSeed s : sittings) {
                    rows.add(s.name(), s.round(), s.year(), s.startsOn(), s.endsOn(), true, now, SYSTEM);
                }
                List<Long> ids = rows.keys();
                for (int i = 0; i < sittings.size(); i++) {
                    sittingIds.put(sittings.get(i), ids.get(i));
                }
            }
            try (BatchInsert instrumentRows = BatchInsert.into(connection, "sitting_instrument", "sitting_id", "instrument_id");
                 BatchInsert schoolRows = BatchInsert.into(connection, "sitting_school", "sitting_id", "school_id")) {
                for (DemoAchievement.SittingSeed s : sittings) {
                    for (String series : s.instruments()) {
                        instrumentRows.add(sittingIds.get(s), instrumentIds.get(series));
                    }
                    for (String school : s.schools()) {
                        schoolRows.add(sittingIds.get(s), schoolIds.get(school));
                    }
                }
            }
            long results = 0;
            try (BatchInsert rows = BatchInsert.into(connection, "assessment_result", "sitting_id", "class_id", "pupil_id",
                    "subtask_id", "absent", "score", "seconds");
                 BatchInsert classRows = BatchInsert.into(connection, "assessment_class", "sitting_id", "class_id",
                         "school_id", "province_code", "pupils", "results", "version")) {
                for (DemoAchievement.ClassResults c : achievement.classes()) {
                    long sittingId = sittingIds.get(c.sitting());
                    long classId = classIds.get(c.schoolClass());
                    for (DemoAchievement.Result r : c.results()) {
                        Scoring.Entry e = r.entry();
                        rows.add(sittingId, classId, pupilIds.get(r.pupil()), subtaskIds.get(r.subtask()), e.absent(),
                                e.score(), e.seconds());
                    }
                    results += c.results().size();
                    SchoolSeed school = schools.get(c.schoolClass().schoolCode());
                    classRows.add(sittingId, classId, schoolIds.get(school.code()), school.provinceCode(), c.pupils(),
                            c.results().size(), FIRST_VERSION);
                }
            }
            AchievementStore.refreshSummaries(connection, null, null);
            return results;
        }
    }
}