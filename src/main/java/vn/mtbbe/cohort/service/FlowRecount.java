package vn.mtbbe.cohort.service;

import vn.mtbbe.cohort.domain.CohortFlow;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Stage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts every enrolment again, in Java and by the cohort flow's own rule ({@link CohortFlow}), and lists where the
 * kept flow summary differs: the proof that the rows kept with each enrolment, departure and rollover equal the raw
 * records. It reads every enrolment, so it is for tests and for checking a database by hand, never for a page.
 */
public final class FlowRecount {

    private FlowRecount() {
    }

    private record Enrolment(long id, long pupilId, long classId, java.time.LocalDate start, Outcome outcome) {
    }

    public static List<String> differences(Connection connection) throws SQLException {
        Map<String, String> kept = new TreeMap<>();
        Map<String, String> counted = new TreeMap<>();
        Map<Long, String[]> classes = new HashMap<>();
        Map<Long, String[]> pupils = new HashMap<>();
        Map<String, List<Enrolment>> byPupilYear = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT c.id, c.school_year, s.province_code, s.district_id, s.id, "
                    + "COALESCE(sd.designation, s.designation), COALESCE(c.programme_language, ''), c.stage "
                    + "FROM school_class c JOIN school s ON s.id = c.school_id "
                    + "LEFT JOIN school_designation sd ON sd.school_id = s.id AND sd.school_year = c.school_year")) {
                while (r.next()) {
                    classes.put(r.getLong(1), new String[]{r.getString(2), r.getString(3), String.valueOf(r.getLong(4)),
                            String.valueOf(r.getLong(5)), r.getString(6), r.getString(7), r.getString(8)});
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, sex, ethnicity_code, COALESCE(cohort_id, 0) FROM pupil")) {
                while (r.next()) {
                    pupils.put(r.getLong(1), new String[]{r.getString(2), r.getString(3), String.valueOf(r.getLong(4))});
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, pupil_id, class_id, start_date, outcome FROM enrolment")) {
                while (r.next()) {
                    Enrolment e = new Enrolment(r.getLong(1), r.getLong(2), r.getLong(3), r.getDate(4).toLocalDate(),
                            r.getString(5) == null ? null : Outcome.valueOf(r.getString(5)));
                    byPupilYear.computeIfAbsent(e.pupilId() + "/" + classes.get(e.classId())[0], k -> new ArrayList<>()).add(e);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", FlowStore.GROUP_COLUMNS) + ", "
                    + String.join(", ", FlowStore.FIGURES) + " FROM flow_summary")) {
                int n = FlowStore.GROUP_COLUMNS.size();
                while (r.next()) {
                    List<String> group = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        group.add(Objects.toString(r.getObject(i)).strip());
                    }
                    kept.put(group.toString(), r.getInt(n + 1) + " " + r.getInt(n + 2) + " " + r.getInt(n + 3) + " "
                            + r.getInt(n + 4) + " " + r.getInt(n + 5) + " " + r.getInt(n + 6));
                }
            }
        }
        // Each pupil-year's facts in the order they happened, counted by CohortFlow's rule; the year is counted in
        // the class of its last enrolment that was not a move.
        Map<String, List<CohortFlow.Fact>> facts = new TreeMap<>();
        for (List<Enrolment> year : byPupilYear.values()) {
            year.sort(Comparator.comparing(Enrolment::start).thenComparing(Enrolment::id));
            Enrolment last = year.stream().filter(e -> e.outcome() != Outcome.MOVED).reduce((a, b) -> b).orElse(null);
            if (last == null) {
                continue;
            }
            String[] c = classes.get(last.classId());
            String[] p = pupils.get(last.pupilId());
            String group = List.of(String.valueOf(last.classId()), p[0].strip(), p[1], p[2], c[0], c[1], c[2], c[3], c[4],
                    c[5], c[6]).toString();
            for (Enrolment e : year) {
                facts.computeIfAbsent(group, k -> new ArrayList<>()).add(new CohortFlow.Fact(e.pupilId(), c[0],
                        Stage.valueOf(c[6]), e.outcome(), p[0], p[1]));
            }
        }
        facts.forEach((group, list) -> {
            CohortFlow.Year y = CohortFlow.byYear(list).get(0);
            counted.put(group, y.enrolled() + " " + y.promoted() + " " + y.repeated() + " " + y.transferred() + " "
                    + y.droppedOut() + " " + y.completed());
        });
        List<String> differences = new ArrayList<>();
        Set<String> keys = new HashSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        for (String key : new java.util.TreeSet<>(keys)) {
            if (!Objects.equals(kept.get(key), counted.get(key))) {
                differences.add(key + ": kept " + kept.get(key) + ", counted " + counted.get(key));
            }
        }
        return differences;
    }
}
