package vn.mtbbe.attendance.service;

import vn.mtbbe.attendance.domain.MonthMarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts everything the attendance tables keep beside the marks again, from the marks alone, and lists where the kept
 * figures differ: the proof that the aggregates written with each save equal the raw records. It reads every mark, so
 * it is for tests and for checking a database by hand, never for a page.
 */
public final class AttendanceRecount {

    private AttendanceRecount() {
    }

    /** Every difference between the kept aggregates and a recount from the marks; empty when they agree. */
    public static List<String> differences(Connection connection) throws SQLException {
        Map<String, String> kept = new TreeMap<>();
        Map<String, String> counted = new TreeMap<>();
        Map<Long, String> pupils = new HashMap<>();
        Map<Long, String> classes = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, sex, ethnicity_code, COALESCE(cohort_id, 0) FROM pupil")) {
                while (r.next()) {
                    pupils.put(r.getLong(1), r.getString(2).strip() + "|" + r.getString(3) + "|" + r.getLong(4));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT c.id, c.school_year, s.province_code, s.district_id, s.id, "
                    + "s.designation, COALESCE(c.programme_language, ''), c.stage FROM school_class c JOIN school s ON s.id = c.school_id")) {
                while (r.next()) {
                    classes.put(r.getLong(1), String.join("|", r.getString(2), r.getString(3), String.valueOf(r.getLong(4)),
                            String.valueOf(r.getLong(5)), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
            // Pupil-month rows: their counts, their class-month's totals and summary groups.
            Map<String, long[]> classMonths = new TreeMap<>();
            Map<String, long[]> summary = new TreeMap<>();
            Map<String, YearMonth> firstMonth = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT class_id, month_start, pupil_id, marks, days, present, late, excused, "
                    + "unexcused FROM attendance_month ORDER BY class_id, month_start")) {
                // Ordered by month within a class: a pupil's first row in a class is their first month there.
                while (r.next()) {
                    long classId = r.getLong(1);
                    YearMonth month = YearMonth.from(r.getDate(2).toLocalDate());
                    long pupil = r.getLong(3);
                    MonthMarks.Counts c = MonthMarks.parse(month, r.getString(4)).counts();
                    String row = "pupil-month " + classId + "/" + month + "/" + pupil;
                    kept.put(row, r.getInt(5) + " " + r.getInt(6) + " " + r.getInt(7) + " " + r.getInt(8) + " " + r.getInt(9));
                    counted.put(row, c.days() + " " + c.present() + " " + c.late() + " " + c.excused() + " " + c.unexcused());
                    add(classMonths.computeIfAbsent(classId + "/" + month, k -> new long[5]), c);
                    String group = classId + "/" + month + "/" + pupils.get(pupil) + "|" + classes.get(classId);
                    long[] sum = summary.computeIfAbsent(group, k -> new long[7]);
                    sum[5]++;
                    if (firstMonth.computeIfAbsent(classId + "/" + pupil, k -> month).equals(month)) {
                        sum[6]++;
                    }
                    sum[0] += c.days();
                    sum[1] += c.attended();
                    sum[2] += c.late();
                    sum[3] += c.excused();
                    sum[4] += c.unexcused();
                }
            }
            classMonths.forEach((k, v) -> counted.put("class-month " + k, v[0] + " " + v[1] + " " + v[2] + " " + v[3] + " " + v[4]));
            summary.forEach((k, v) -> counted.put("summary " + k, v[5] + " " + v[6] + " " + v[0] + " " + v[1] + " "
                    + v[2] + " " + v[3] + " " + v[4]));
            try (ResultSet r = s.executeQuery("SELECT class_id, month_start, pupil_days, present, late, excused, unexcused, "
                    + "marked, marked_days FROM attendance_class_month")) {
                while (r.next()) {
                    String key = r.getLong(1) + "/" + YearMonth.from(r.getDate(2).toLocalDate());
                    kept.put("class-month " + key, r.getInt(3) + " " + r.getInt(4) + " " + r.getInt(5) + " " + r.getInt(6) + " " + r.getInt(7));
                    counted.putIfAbsent("class-month " + key, "0 0 0 0 0");
                    long markedDays = r.getString(8).chars().filter(ch -> ch == AttendanceStore.MARKED).count();
                    if (markedDays != r.getInt(9)) {
                        kept.put("marked days " + key, String.valueOf(r.getInt(9)));
                        counted.put("marked days " + key, String.valueOf(markedDays));
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT class_id, month_start, sex, ethnicity_code, cohort_id, school_year, "
                    + "province_code, district_id, school_id, designation, programme_language, stage, pupils, new_pupils, "
                    + "pupil_days, present, late, excused, unexcused FROM attendance_summary")) {
                while (r.next()) {
                    String key = r.getLong(1) + "/" + YearMonth.from(r.getDate(2).toLocalDate()) + "/"
                            + String.join("|", r.getString(3).strip(), r.getString(4), String.valueOf(r.getLong(5)),
                            r.getString(6), r.getString(7), String.valueOf(r.getLong(8)), String.valueOf(r.getLong(9)),
                            r.getString(10), r.getString(11), r.getString(12));
                    kept.put("summary " + key, r.getInt(13) + " " + r.getInt(14) + " " + r.getInt(15) + " " + r.getInt(16)
                            + " " + r.getInt(17) + " " + r.getInt(18) + " " + r.getInt(19));
                }
            }
        }
        List<String> differences = new ArrayList<>();
        Set<String> keys = new HashSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        keys.stream().sorted().forEach(k -> {
            if (!Objects.equals(kept.get(k), counted.get(k))) {
                differences.add(k + ": kept " + kept.get(k) + ", counted " + counted.get(k));
            }
        });
        return differences;
    }

    private static void add(long[] total, MonthMarks.Counts c) {
        total[0] += c.days();
        total[1] += c.present();
        total[2] += c.late();
        total[3] += c.excused();
        total[4] += c.unexcused();
    }
}
