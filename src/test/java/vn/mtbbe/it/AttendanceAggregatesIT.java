package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A property of the attendance tables: whatever order class-day and class-month saves come in (new pupils, days
 * replaced, days cleared, earlier months written after later ones), the kept counts, class-month rows and report
 * summary equal a recount from the marks, and the marks equal what was sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceAggregatesIT {

    static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED"};
    static final String[] REASONS = {null, "ILLNESS", "FAMILY", "SEASONAL_WORK", "WEATHER", "OTHER"};

    @ArquillianResource
    URL url;

    /** What the test sent: by class, the marks of each marked day by pupil ("STATUS" or "STATUS:REASON"). */
    final Map<String, Map<LocalDate, Map<String, String>>> sent = new HashMap<>();

    @Test
    void theKeptFiguresEqualARecountAfterHundredsOfRandomSaves() {
        Api api = Api.at(url);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<AttendanceFixture> classes = List.of(AttendanceFixture.create(api, Fixtures.LAO_CAI, 5),
                AttendanceFixture.create(api, Fixtures.GIA_LAI, 4));
        // Who was in each class on which days: the fixture's pupils all year, and in the first class one pupil who
        // joined late.
        List<LocalDate> days = classes.get(0).schoolDays();
        List<LocalDate> recent = days.subList(Math.max(0, days.size() - 60), days.size());
        LocalDate joined = recent.get(recent.size() / 2);
        String late = Fixtures.in(api, Fixtures.LAO_CAI).pupil(classes.get(0).classId(), Fixtures.unique("Muộn "), 8);
        AttendanceFixture.enrolledSince(late, joined);

        int marks = 0;
        for (int op = 0; op < 240; op++) {
            AttendanceFixture c = classes.get(random.nextInt(classes.size()));
            List<LocalDate> schoolDays = c.schoolDays().subList(Math.max(0, c.schoolDays().size() - 60), c.schoolDays().size());
            LocalDate day = schoolDays.get(random.nextInt(schoolDays.size()));
            Map<LocalDate, Map<String, String>> classSent = sent.computeIfAbsent(c.classId(), k -> new TreeMap<>());
            if (random.nextInt(10) < 7) {
                Map<String, String> dayMarks = randomDay(random, pupilsOn(c, day, late, joined));
                Api.Reply reply = api.as(c.officer()).put(c.path(day), body(dayMarks));
                assertEquals(200, reply.status(), () -> "seed " + seed + ": " + reply);
                classSent.put(day, dayMarks);
                marks += dayMarks.size();
            } else {
                YearMonth month = YearMonth.from(day);
                Map<LocalDate, Map<String, String>> monthMarks = new TreeMap<>();
                for (LocalDate d : schoolDays) {
                    if (YearMonth.from(d).equals(month) && random.nextInt(3) > 0) {
                        monthMarks.put(d, randomDay(random, pupilsOn(c, d, late, joined)));
                    }
                }
                Api.Reply reply = api.as(c.officer()).put("api/classes/" + c.classId() + "/attendance?month=" + month,
                        monthBody(monthMarks));
                assertEquals(200, reply.status(), () -> "seed " + seed + ": " + reply);
                classSent.keySet().removeIf(d -> YearMonth.from(d).equals(month));
                classSent.putAll(monthMarks);
                marks += monthMarks.values().stream().mapToInt(Map::size).sum();
            }
        }
        assertEquals(List.of(), AttendanceApiIT.recount(), "seed " + seed);

        // The marks read back are the marks sent last for each day.
        for (AttendanceFixture c : classes) {
            Map<LocalDate, Map<String, String>> expected = sent.getOrDefault(c.classId(), Map.of());
            for (YearMonth month : c.schoolDays().stream().map(YearMonth::from).distinct().toList()) {
                JsonObject read = api.as(c.officer()).get("api/classes/" + c.classId() + "/attendance?month=" + month).json();
                Map<LocalDate, Map<String, String>> got = new TreeMap<>();
                for (JsonValue value : read.getJsonArray("pupils")) {
                    JsonObject p = value.asJsonObject();
                    p.getJsonObject("marks").forEach((date, status) -> got.computeIfAbsent(LocalDate.parse(date), d -> new TreeMap<>())
                            .put(p.getString("pupil"), ((jakarta.json.JsonString) status).getString()
                                    + (p.getJsonObject("reasons").containsKey(date) ? ":" + p.getJsonObject("reasons").getString(date) : "")));
                }
                Map<LocalDate, Map<String, String>> want = expected.entrySet().stream()
                        .filter(e -> YearMonth.from(e.getKey()).equals(month))
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new TreeMap<>(e.getValue()), (a, b) -> a, TreeMap::new));
                assertEquals(want, got, "seed " + seed + ", class " + c.classId() + ", " + month);
            }
        }
        System.out.println("AttendanceAggregatesIT: seed " + seed + ", " + marks + " marks sent");
    }

    private static List<String> pupilsOn(AttendanceFixture c, LocalDate day, String late, LocalDate joined) {
        List<String> pupils = new ArrayList<>(c.pupils());
        if (c.province() == Fixtures.LAO_CAI && !day.isBefore(joined)) {
            pupils.add(late);
        }
        return pupils;
    }

    private static Map<String, String> randomDay(Random random, List<String> pupils) {
        Map<String, String> marks = new TreeMap<>();
        for (String pupil : pupils) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String reason = status.equals("ABSENT_EXCUSED") ? REASONS[random.nextInt(REASONS.length)] : null;
            marks.put(pupil, reason == null ? status : status + ":" + reason);
        }
        return marks;
    }

    private static String body(Map<String, String> marks) {
        return marks.entrySet().stream().map(e -> {
            String[] m = e.getValue().split(":");
            return m.length == 1 ? "{\"pupil\":\"%s\",\"status\":\"%s\"}".formatted(e.getKey(), m[0])
                    : "{\"pupil\":\"%s\",\"status\":\"%s\",\"reason\":\"%s\"}".formatted(e.getKey(), m[0], m[1]);
        }).collect(Collectors.joining(",", "{\"marks\":[", "]}"));
    }

    private static String monthBody(Map<LocalDate, Map<String, String>> days) {
        Map<String, Map<String, String>> byPupil = new TreeMap<>();
        Map<String, Map<String, String>> reasons = new TreeMap<>();
        days.forEach((day, marks) -> marks.forEach((pupil, mark) -> {
            String[] m = mark.split(":");
            byPupil.computeIfAbsent(pupil, p -> new TreeMap<>()).put(day.toString(), m[0]);
            if (m.length > 1) {
                reasons.computeIfAbsent(pupil, p -> new TreeMap<>()).put(day.toString(), m[1]);
            }
        }));
        return byPupil.entrySet().stream().map(e -> "{\"pupil\":\"" + e.getKey() + "\",\"marks\":" + json(e.getValue())
                        + ",\"reasons\":" + json(reasons.getOrDefault(e.getKey(), Map.of())) + "}")
                .collect(Collectors.joining(",", "{\"pupils\":[", "]}"));
    }

    private static String json(Map<String, String> map) {
        return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
