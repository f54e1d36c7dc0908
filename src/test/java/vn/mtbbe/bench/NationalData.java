package vn.mtbbe.bench;

import vn.mtbbe.attendance.domain.MonthMarks;
import vn.mtbbe.attendance.service.AttendanceStore;
import vn.mtbbe.platform.db.BatchInsert;
import vn.mtbbe.platform.db.DatabaseStartup;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.security.PasswordHasher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A synthetic national data set for the attendance benchmark, written straight into an empty database (after the
 * application's own migrations): 63 provinces, schools of five 40-pupil classes (a third of them pilot schools), the
 * same pupils through two full school years and the running one up to yesterday, a mark for every pupil on every
 * weekday of those years, and the class-month and summary rows a save would keep. Sized by the number of marks.
 */
final class NationalData {

    static final String[] LANGUAGES = {"hmn", "jra", "km"};
    static final String[] MINORITIES = {"HMONG", "JRAI", "KHMER"};
    static final String[] STAGES = {"GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4", "GRADE_5"};
    static final int CLASS_SIZE = 40;
    static final int SCHOOL_CLASSES = STAGES.length;

    record Year(String code, LocalDate start, LocalDate end, LocalDate lastMarked) {
        List<LocalDate> schoolDays() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = start; !d.isAfter(lastMarked); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                    days.add(d);
                }
            }
            return days;
        }
    }

    private final Connection connection;
    private final List<Year> years;
    private final long targetMarks;
    private final SplittableRandom random = new SplittableRandom(20080901L);

    private NationalData(Connection connection, List<Year> years, long targetMarks) {
        this.connection = connection;
        this.years = years;
        this.targetMarks = targetMarks;
    }

    /** The three school years of the set: two full ones and the running one up to yesterday. */
    static List<Year> years(LocalDate today) {
        int current = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        List<Year> years = new ArrayList<>();
        for (int start = current - 2; start <= current; start++) {
            LocalDate first = LocalDate.of(start, 9, 5);
            LocalDate last = LocalDate.of(start + 1, 5, 31);
            LocalDate marked = start == current ? today.minusDays(1) : last;
            years.add(new Year(start + "-" + (start + 1), first, last, marked.isAfter(last) ? last : marked));
        }
        return years;
    }

    /** Writes the set into {@code dataSource} (migrated first); the number of marks written. */
    static long write(DataSource dataSource, long targetMarks, LocalDate today, char[] password) throws SQLException {
        DatabaseStartup.flyway(dataSource, NationalData.class.getClassLoader()).migrate();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            return new NationalData(connection, years(today), targetMarks).write(password);
        }
    }

    private long write(char[] password) throws SQLException {
        long daysPerPupil = years.stream().mapToLong(y -> y.schoolDays().size()).sum();
        int schools = (int) Math.max(63, targetMarks / daysPerPupil / (CLASS_SIZE * SCHOOL_CLASSES));
        log("%d schools, %d pupils, %d school days per pupil", schools, schools * CLASS_SIZE * SCHOOL_CLASSES, daysPerPupil);
        try (BatchInsert rows = BatchInsert.into(connection, "school_year", "code", "start_date", "end_date")) {
            for (Year y : years) {
                rows.add(y.code(), y.start(), y.end());
            }
        }
        List<String> provinces = new ArrayList<>();
        try (BatchInsert rows = BatchInsert.into(connection, "province", "code", "name", "demo")) {
            for (int p = 1; p <= 63; p++) {
                String code = String.format("%02d", p + 20);
                provinces.add(code);
                rows.add(code, "Tỉnh " + code, false);
            }
        }
        List<Long> districts;
        try (BatchInsert rows = BatchInsert.withKeys(connection, "district", "province_code", "code", "name")) {
            for (String p : provinces) {
                for (int d = 1; d <= 8; d++) {
                    rows.add(p, p + String.format("%02d", d), "Huyện " + p + "-" + d);
                }
            }
            districts = rows.keys();
        }
        accounts(provinces, password);
        connection.commit();

        long marks = 0;
        long pupilNumber = 0;
        for (int s = 0; s < schools; s++) {
            int province = s % provinces.size();
            String provinceCode = provinces.get(province);
            boolean pilot = s % 3 == 0;
            String language = LANGUAGES[province % LANGUAGES.length];
            long district = districts.get(province * 8 + (s / provinces.size()) % 8);
            long school = school(s, provinceCode, district, pilot, pilot ? language : null);
            long[] pupils = new long[SCHOOL_CLASSES * CLASS_SIZE];
            try (BatchInsert rows = BatchInsert.withKeys(connection, "pupil", "code", "native_name", "vietnamese_name", "sex",
                    "date_of_birth", "ethnicity_code", "mother_tongue", "school_id", "province_code", "search_key",
                    "sort_key_vi", "sort_key_root", "demo", "version")) {
                for (int i = 0; i < pupils.length; i++) {
                    String name = "Học Sinh " + (++pupilNumber);
                    boolean kinh = !pilot && random.nextInt(3) == 0;
                    rows.add("B" + provinceCode + String.format("%08d", pupilNumber), name, name, i % 2 == 0 ? "F" : "M",
                            LocalDate.of(2015 + i / CLASS_SIZE % 5, 1 + i % 12, 1 + i % 28),
                            kinh ? "KINH" : MINORITIES[province % MINORITIES.length], kinh ? "vi" : language, school,
                            provinceCode, TextKeys.searchKey(name, name), TextKeys.sortKeyVietnamese(name),
                            TextKeys.sortKeyRoot(name), false, 1L);
                }
                List<Long> keys = rows.keys();
                for (int i = 0; i < pupils.length; i++) {
                    pupils[i] = keys.get(i);
                }
            }
            for (Year year : years) {
                marks += classes(year, school, provinceCode, pilot ? language : null, pilot, pupils);
            }
            connection.commit();
            if (s % 100 == 99) {
                log("%d of %d schools, %,d marks", s + 1, schools, marks);
            }
        }
        long t0 = System.nanoTime();
        AttendanceStore.rebuildSummaries(connection);
        vn.mtbbe.cohort.service.FlowStore.rebuild(connection);
        connection.commit();
        log("summary rebuilt in %d s", (System.nanoTime() - t0) / 1_000_000_000);
        return marks;
    }

    private long school(int s, String province, long district, boolean pilot, String language) throws SQLException {
        String code = "B" + String.format("%06d", s + 1);
        String name = "Trường Tiểu học " + code;
        try (BatchInsert rows = BatchInsert.withKeys(connection, "school", "code", "name", "district_id", "province_code",
                "level", "designation", "programme_language", "name_key", "demo", "version")) {
            rows.add(code, name, district, province, "PRIMARY", pilot ? "PILOT" : "COMPARISON", language,
                    TextKeys.fold(name), false, 1L);
            return rows.keys().get(0);
        }
    }

    /** The school's five classes of a year, their pupils' enrolments and marks; the number of marks. */
    private long classes(Year year, long school, String province, String language, boolean pilot, long[] pupils)
            throws SQLException {
        List<Long> classIds;
        try (BatchInsert rows = BatchInsert.withKeys(connection, "school_class", "school_id", "school_year", "stage", "name",
                "programme_language", "version")) {
            for (int c = 0; c < SCHOOL_CLASSES; c++) {
                rows.add(school, year.code(), STAGES[c], (c + 1) + "A", language, 1L);
            }
            classIds = rows.keys();
        }
        try (BatchInsert rows = BatchInsert.into(connection, "enrolment", "pupil_id", "class_id", "start_date", "end_date",
                "outcome", "outcome_date", "version")) {
            for (int i = 0; i < pupils.length; i++) {
                rows.add(pupils[i], classIds.get(i / CLASS_SIZE), year.start(), null, null, null, 1L);
            }
        }
        double present = pilot ? 0.95 : 0.9;
        long marks = 0;
        List<LocalDate> days = year.schoolDays();
        try (BatchInsert months = BatchInsert.into(connection, "attendance_month", "class_id", "month_start", "pupil_id",
                "marks", "days", "present", "late", "excused", "unexcused");
             BatchInsert classMonths = BatchInsert.into(connection, "attendance_class_month", "class_id", "month_start",
                     "school_id", "province_code", "school_year", "marked", "marked_days", "pupil_days", "present", "late",
                     "excused", "unexcused", "version")) {
            for (int c = 0; c < SCHOOL_CLASSES; c++) {
                YearMonth month = null;
                List<LocalDate> monthDays = new ArrayList<>();
                for (int d = 0; d <= days.size(); d++) {
                    LocalDate day = d < days.size() ? days.get(d) : null;
                    if (day != null && YearMonth.from(day).equals(month)) {
                        monthDays.add(day);
                        continue;
                    }
                    if (month != null) {
                        MonthMarks.Counts total = MonthMarks.Counts.ZERO;
                        for (int i = c * CLASS_SIZE; i < (c + 1) * CLASS_SIZE; i++) {
                            char[] text = MonthMarks.empty(month).text().toCharArray();
                            for (LocalDate md : monthDays) {
                                double r = random.nextDouble();
                                text[md.getDayOfMonth() - 1] = r < present ? 'P' : r < present + 0.02 ? 'L'
                                        : r < present + 0.035 ? 'I' : 'U';
                            }
                            MonthMarks m = MonthMarks.parse(month, new String(text));
                            MonthMarks.Counts counts = m.counts();
                            months.add(classIds.get(c), month.atDay(1), pupils[i], m.text(), counts.days(), counts.present(),
                                    counts.late(), counts.excused(), counts.unexcused());
                            total = total.plus(counts);
                        }
                        classMonths.add(classIds.get(c), month.atDay(1), school, province, year.code(),
                                AttendanceStore.markedText(new TreeSet<>(monthDays)), monthDays.size(), total.days(),
                                total.present(), total.late(), total.excused(), total.unexcused(), 1L);
                        marks += total.days();
                    }
                    if (day != null) {
                        month = YearMonth.from(day);
                        monthDays = new ArrayList<>(List.of(day));
                    }
                }
            }
        }
        return marks;
    }

    private void accounts(List<String> provinces, char[] password) throws SQLException {
        String hash = PasswordHasher.hash(password.clone());
        List<Long> ids;
        try (BatchInsert rows = BatchInsert.withKeys(connection, "app_user", "username", "display_name", "password_hash",
                "role", "enabled", "demo", "version")) {
            rows.add("bench.ministry", "Bench Ministry", hash, "MINISTRY", true, false, 1L);
            rows.add("bench.officer", "Bench Officer", hash, "OFFICER", true, false, 1L);
            ids = rows.keys();
        }
        try (BatchInsert rows = BatchInsert.into(connection, "user_province", "user_id", "province_code")) {
            for (String p : provinces) {
                rows.add(ids.get(1), p);
            }
        }
    }

    /** The number of marks already in the database (0 for an empty one). */
    /** The code of the first of the 63 provinces. */
    static String firstProvince() {
        return String.format("%02d", 21);
    }

    static long marks(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COALESCE(SUM(days), 0) FROM attendance_month");
             ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException noTables) {
            return 0;
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
