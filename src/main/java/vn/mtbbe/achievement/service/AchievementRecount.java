package vn.mtbbe.achievement.service;

import vn.mtbbe.achievement.domain.Scoring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies every result again and lists where the kept summary rows and class-sitting rows differ: the proof that the
 * aggregates written with each save (and regrouped when a pupil or a school changes) equal the raw results. It reads
 * every result, so it is for tests and for checking a database by hand, never for a page.
 */
public final class AchievementRecount {

    private AchievementRecount() {
    }

    public static List<String> differences(Connection connection) throws SQLException {
        Map<String, String> kept = new TreeMap<>();
        Map<String, String> counted = new TreeMap<>();
        for (Map.Entry<List<Object>, Scoring.Tally> e : AchievementStore.tally(connection, "", List.of()).entrySet()) {
            Scoring.Tally t = e.getValue();
            counted.put("summary " + e.getKey(), figures(t.pupils(), t.absent(), t.assessed(), t.scoreSum(), t.rated(),
                    AchievementStore.rateSum(t).toPlainString(), t.zeroScores(), t.banded(), t.approaching(), t.meeting()));
        }
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", AchievementStore.GROUP_COLUMNS)
                    + ", pupils, absent, assessed, score_sum, rated, rate_sum, zero_scores, banded, approaching, meeting "
                    + "FROM achievement_summary")) {
                int n = AchievementStore.GROUP_COLUMNS.size();
                while (r.next()) {
                    List<Object> group = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        group.add(AchievementStore.groupValue(r.getObject(i)));
                    }
                    kept.put("summary " + group, figures(r.getInt(n + 1), r.getInt(n + 2), r.getInt(n + 3), r.getLong(n + 4),
                            r.getInt(n + 5), r.getBigDecimal(n + 6).setScale(3).toPlainString(), r.getInt(n + 7),
                            r.getInt(n + 8), r.getInt(n + 9), r.getInt(n + 10)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT sitting_id, class_id, COUNT(DISTINCT pupil_id), COUNT(*) "
                    + "FROM assessment_result GROUP BY sitting_id, class_id")) {
                while (r.next()) {
                    counted.put("class " + r.getLong(1) + "/" + r.getLong(2), r.getLong(3) + " " + r.getLong(4));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT sitting_id, class_id, pupils, results FROM assessment_class")) {
                while (r.next()) {
                    kept.put("class " + r.getLong(1) + "/" + r.getLong(2), r.getLong(3) + " " + r.getLong(4));
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

    private static String figures(Object... values) {
        StringBuilder text = new StringBuilder();
        for (Object v : values) {
            text.append(text.isEmpty() ? "" : " ").append(v);
        }
        return text.toString();
    }
}
