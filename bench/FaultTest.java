import vn.mtbbe.attendance.service.AttendanceRecount;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Class-day saves through the load balancer while an instance may be killed (bench/fault-test.sh runs it inside
 * bench/cluster.sh). Each client owns its class-days (the demo data's marked days of the running and the previous
 * month, split between the clients) and saves them one after another as an officer (HTTP Basic), with random
 * marks; a save whose request fails (no answer, 5xx) is sent again, the same PUT, until it is answered. Afterwards
 * every class-day a client was told was saved is read back through the API and counted in the database, and all
 * the attendance aggregates are recounted from the marks (AttendanceRecount).
 *   java -cp target/classes:MYSQL_CONNECTOR bench/FaultTest.java URL LABEL [clients=20] [seconds=60]
 *        [kill=N killAt=20 restartAt=35] [db=NAME] [work=DIR]
 * Exits 1 when a saved class-day is lost or counted wrong.
 */
public class FaultTest {

    static final Map<String, String> OFFICERS = Map.of("officer.laocai", "10", "officer.gialai", "64",
            "officer.travinh", "84");
    static final String PASSWORD = System.getenv().getOrDefault("MTBBE_DEMO_PASSWORD", "demo");

    record Target(String officer, long classId, LocalDate date, List<String> pupils) {
        String key() {
            return classId + "/" + date;
        }
    }

    /** What a client sent for one class-day: the last save that was answered 2xx, and the sends after it that were not. */
    static final class Sent {
        Map<String, String> acknowledged;
        final List<Map<String, String>> unanswered = new ArrayList<>();
    }

    static String base;
    /** When the load started (the kill and restart times count from it). */
    static volatile long T0 = System.nanoTime();
    static final List<Long> requestMillis = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> saveMillis = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    static final AtomicLong saves = new AtomicLong(), retriedSaves = new AtomicLong(), gaveUp = new AtomicLong(),
            rejected = new AtomicLong();
    static final AtomicLongArray savesPerSecond = new AtomicLongArray(600), failuresPerSecond = new AtomicLongArray(600);

    public static void main(String[] args) throws Exception {
        base = args[0].replaceAll("/$", "");
        String label = args[1];
        Map<String, String> opt = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opt.put(kv[0], kv[1]);
        }
        int clients = Integer.parseInt(opt.getOrDefault("clients", "20"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
        String work = opt.getOrDefault("work", System.getenv("MTBBE_CLUSTER_WORK"));
        String db = opt.getOrDefault("db", System.getenv("MTBBE_TEST_DB"));

        List<Target> targets = discover();
        List<List<Target>> owned = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            owned.add(new ArrayList<>());
        }
        for (int i = 0; i < targets.size(); i++) {
            owned.get(i % clients).add(targets.get(i));
        }
        log("%s: %d clients, %d s, %d class-days of %d classes", label, clients, seconds, targets.size(),
                targets.stream().map(Target::classId).distinct().count());

        Map<String, Sent> sent = new ConcurrentHashMap<>();
        T0 = System.nanoTime();
        long end = T0 + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Target> mine = owned.get(c);
            long seed = c;
            Thread t = new Thread(() -> client(mine, seed, end, sent));
            t.start();
            threads.add(t);
        }
        Thread faults = null;
        if (opt.containsKey("kill")) {
            String node = opt.get("kill");
            double killAt = Double.parseDouble(opt.getOrDefault("killAt", "20"));
            double restartAt = Double.parseDouble(opt.getOrDefault("restartAt", "35"));
            faults = new Thread(() -> faults(work, node, killAt, restartAt));
            faults.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = seconds(System.nanoTime() - T0);
        if (faults != null) {
            faults.join();
        }
        timeline(seconds);
        log("RESULT %s: %d saves in %d s = %.1f saves/s; request p50 %d ms, p95 %d ms, max %d ms; save incl. retries p95 %d ms, max %d ms",
                label, saves.get(), seconds, saves.get() / (double) seconds, pct(requestMillis, 50),
                pct(requestMillis, 95), pct(requestMillis, 100), pct(saveMillis, 95), pct(saveMillis, 100));
        log("RESULT %s: failed requests %s, saves that needed a retry %d, given up %d, refused (4xx) %d",
                label, failures.isEmpty() ? "0" : new TreeMap<>(failures).toString(), retriedSaves.get(), gaveUp.get(),
                rejected.get());
        if (opt.containsKey("kill")) {
            waitReady(work, opt.get("kill"));
        }
        boolean ok = verify(sent, db, label);
        System.exit(ok ? 0 : 1);
    }

    // ---- the load

    static void client(List<Target> mine, long seed, long end, Map<String, Sent> sent) {
        Random random = new Random(seed);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int next = 0;
        while (System.nanoTime() < end && !mine.isEmpty()) {
            Target t = mine.get(next++ % mine.size());
            Map<String, String> marks = randomMarks(t, random);
            String body = json(marks);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/classes/" + t.classId() + "/attendance/" + t.date()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", basic(t.officer()))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            Sent record = sent.computeIfAbsent(t.key(), k -> new Sent());
            long started = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                long r0 = System.nanoTime();
                int status;
                String failure;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    failure = status >= 500 ? "HTTP " + status : null;
                    if (status >= 400 && status < 500 && rejected.incrementAndGet() <= 5) {
                        log("refused %s: %d %s", t.key(), status, response.body());
                    }
                } catch (IOException e) {
                    status = -1;
                    failure = e.getClass().getSimpleName();
                    if (failures.getOrDefault(failure, new AtomicLong()).get() < 2) {
                        log("t=%.1f s: %s: %s (the same PUT is sent again)", seconds(System.nanoTime() - T0), t.key(), e);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                requestMillis.add((now - r0) / 1_000_000);
                int second = (int) seconds(now - T0);
                if (failure == null && status < 300) {
                    synchronized (record) {
                        record.acknowledged = marks;
                        record.unanswered.clear();
                    }
                    saves.incrementAndGet();
                    savesPerSecond.incrementAndGet(Math.min(second, 599));
                    saveMillis.add((now - started) / 1_000_000);
                    if (attempt > 1) {
                        retriedSaves.incrementAndGet();
                    }
                    break;
                }
                if (failure == null) {
                    break; // refused: nothing written, nothing to repeat
                }
                failures.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
                failuresPerSecond.incrementAndGet(Math.min(second, 599));
                if (attempt == 1) {
                    synchronized (record) {
                        record.unanswered.add(marks);
                    }
                }
                if (now - started > 120_000_000_000L) {
                    gaveUp.incrementAndGet();
                    break;
                }
                sleep(250);
            }
        }
    }

    static Map<String, String> randomMarks(Target t, Random random) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (String pupil : t.pupils()) {
            int r = random.nextInt(100);
            marks.put(pupil, r < 70 ? "PRESENT" : r < 80 ? "LATE" : r < 90 ? "ABSENT_UNEXCUSED"
                    : r < 95 ? "ABSENT_EXCUSED/ILLNESS" : "ABSENT_EXCUSED");
        }
        return marks;
    }

    static String json(Map<String, String> marks) {
        StringBuilder b = new StringBuilder("{\"marks\":[");
        marks.forEach((pupil, mark) -> {
            String[] sr = mark.split("/");
            b.append(b.charAt(b.length() - 1) == '[' ? "" : ",").append("{\"pupil\":\"").append(pupil)
                    .append("\",\"status\":\"").append(sr[0]).append('"')
                    .append(sr.length > 1 ? ",\"reason\":\"" + sr[1] + "\"" : "").append('}');
        });
        return b.append("]}").toString();
    }

    static void faults(String work, String node, double killAt, double restartAt) {
        try {
            sleepUntil(killAt);
            String pid = Files.readString(Path.of(work, "node" + node + ".pid")).strip();
            run("kill", "-9", pid);
            log("t=%.1f s: kill -9 instance %s (pid %s)", seconds(System.nanoTime() - T0), node, pid);
            sleepUntil(restartAt);
            run(Path.of(work, "node" + node + ".sh").toString());
            log("t=%.1f s: instance %s started again (pid %s)", seconds(System.nanoTime() - T0), node,
                    Files.readString(Path.of(work, "node" + node + ".pid")).strip());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitReady(String work, String node) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + (9320 + Integer.parseInt(node)) + "/api/health/ready");
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            if (seconds(System.nanoTime() - T0) > 600) {
                throw new IllegalStateException("instance " + node + " not ready again");
            }
            sleep(1000);
        }
        String members = "?";
        for (String line : Files.readAllLines(Path.of(work, "node" + node + ".log"))) {
            if (line.startsWith("Members {size:")) {
                members = line.replaceAll("\\D*(\\d+).*", "$1");
            }
        }
        log("t=%.1f s: instance %s ready again; its data grid has %s members", seconds(System.nanoTime() - T0), node,
                members);
    }

    // ---- the checks

    static boolean verify(Map<String, Sent> sent, String db, String label) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int checked = 0, asWritten = 0, unansweredApplied = 0, lost = 0, wrongCounts = 0;
        Map<String, Map<String, String>> stored = new TreeMap<>();
        try (Connection sql = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + db, "mtbbe", "mtbbe")) {
            for (Map.Entry<String, Sent> e : new TreeMap<>(sent).entrySet()) {
                Sent s = e.getValue();
                if (s.acknowledged == null) {
                    continue;
                }
                checked++;
                String[] key = e.getKey().split("/");
                String officer = officerOf(s.acknowledged.keySet().iterator().next());
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/classes/" + key[0]
                        + "/attendance/" + key[1])).header("Authorization", basic(officer)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Map<String, String> readBack = new TreeMap<>();
                if (answer.statusCode() == 200) {
                    for (Object m : (List<?>) ((Map<?, ?>) Json.parse(answer.body())).get("marks")) {
                        Map<?, ?> mark = (Map<?, ?>) m;
                        readBack.put((String) mark.get("pupil"), mark.get("status")
                                + (mark.get("reason") == null ? "" : "/" + mark.get("reason")));
                    }
                }
                Map<String, String> expected = null;
                if (readBack.equals(new TreeMap<>(s.acknowledged))) {
                    asWritten++;
                    expected = s.acknowledged;
                } else {
                    for (Map<String, String> u : s.unanswered) {
                        if (readBack.equals(new TreeMap<>(u))) {
                            unansweredApplied++;
                            expected = u;
                        }
                    }
                    if (expected == null) {
                        lost++;
                        if (lost <= 5) {
                            log("LOST %s: saved %s, reads back (%d) %s", e.getKey(), new TreeMap<>(s.acknowledged),
                                    answer.statusCode(), readBack);
                        }
                        expected = s.acknowledged;
                    }
                }
                // In the database: the day's marks counted by letter, one per pupil written, no more, no fewer.
                Map<String, Integer> want = new TreeMap<>();
                expected.values().forEach(m -> want.merge(letter(m), 1, Integer::sum));
                Map<String, Integer> have = new TreeMap<>();
                LocalDate date = LocalDate.parse(key[1]);
                try (PreparedStatement q = sql.prepareStatement("SELECT SUBSTRING(marks, ?, 1), COUNT(*) FROM "
                        + "attendance_month WHERE class_id = ? AND month_start = ? AND SUBSTRING(marks, ?, 1) <> '.' "
                        + "GROUP BY SUBSTRING(marks, ?, 1)")) {
                    q.setInt(1, date.getDayOfMonth());
                    q.setLong(2, Long.parseLong(key[0]));
                    q.setObject(3, date.withDayOfMonth(1));
                    q.setInt(4, date.getDayOfMonth());
                    q.setInt(5, date.getDayOfMonth());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            have.put(r.getString(1), r.getInt(2));
                        }
                    }
                }
                if (!have.equals(want)) {
                    wrongCounts++;
                    if (wrongCounts <= 5) {
                        log("WRONG COUNT %s: written %s, in the database %s", e.getKey(), want, have);
                    }
                }
                stored.put(e.getKey(), readBack);
            }
            List<String> differences = AttendanceRecount.differences(sql);
            differences.stream().limit(5).forEach(d -> log("AGGREGATE %s", d));
            log("CHECK %s: %d class-days saved; read back as last saved %d, as a later unanswered save %d, lost %d; "
                    + "database: class-days counted wrong (duplicate or half-written) %d, aggregates that differ from a "
                    + "recount of the marks %d", label, checked, asWritten, unansweredApplied, lost, wrongCounts,
                    differences.size());
            return lost == 0 && wrongCounts == 0 && differences.isEmpty() && checked > 0;
        }
    }

    static String letter(String mark) {
        return switch (mark) {
            case "PRESENT" -> "P";
            case "LATE" -> "L";
            case "ABSENT_UNEXCUSED" -> "U";
            case "ABSENT_EXCUSED/ILLNESS" -> "I";
            case "ABSENT_EXCUSED" -> "E";
            default -> throw new IllegalArgumentException(mark);
        };
    }

    // ---- the demo data's class-days

    static final Map<String, String> pupilOfficer = new ConcurrentHashMap<>();

    static String officerOf(String pupil) {
        return pupilOfficer.get(pupil);
    }

    static List<Target> discover() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        LocalDate today = LocalDate.now();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String year = startYear + "-" + (startYear + 1);
        List<YearMonth> months = new ArrayList<>(List.of(YearMonth.from(today)));
        if (today.getMonthValue() != 9) {
            months.add(0, YearMonth.from(today).minusMonths(1));
        }
        List<Target> targets = new ArrayList<>();
        for (String officer : new TreeMap<>(OFFICERS).keySet()) {
            Map<?, ?> page = (Map<?, ?>) Json.parse(get(http, officer, "/api/classes?year=" + year + "&size=500"));
            for (Object c : (List<?>) page.get("items")) {
                long id = Long.parseLong(String.valueOf(((Map<?, ?>) c).get("id")));
                for (YearMonth month : months) {
                    Map<?, ?> view = (Map<?, ?>) Json.parse(get(http, officer,
                            "/api/classes/" + id + "/attendance?month=" + month));
                    for (Object d : (List<?>) view.get("marked")) {
                        List<String> pupils = new ArrayList<>();
                        for (Object p : (List<?>) view.get("pupils")) {
                            Map<?, ?> pupil = (Map<?, ?>) p;
                            if (((Map<?, ?>) pupil.get("marks")).containsKey(d)) {
                                pupils.add((String) pupil.get("pupil"));
                                pupilOfficer.put((String) pupil.get("pupil"), officer);
                            }
                        }
                        if (!pupils.isEmpty()) {
                            targets.add(new Target(officer, id, LocalDate.parse((String) d), pupils));
                        }
                    }
                }
            }
        }
        Collections.shuffle(targets, new Random(17));
        return targets;
    }

    static String get(HttpClient http, String officer, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(officer)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    // ---- small helpers

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static void timeline(int seconds) {
        StringBuilder b = new StringBuilder("saves (failed requests) per 5 s:");
        for (int s = 0; s < seconds + 5; s += 5) {
            long ok = 0, failed = 0;
            for (int i = s; i < s + 5; i++) {
                ok += savesPerSecond.get(i);
                failed += failuresPerSecond.get(i);
            }
            if (ok + failed > 0) {
                b.append(' ').append(s).append("s:").append(ok).append(failed > 0 ? "(" + failed + ")" : "");
            }
        }
        log("%s", b);
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return -1;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void sleepUntil(double second) {
        long wait = (long) ((second - seconds(System.nanoTime() - T0)) * 1000);
        if (wait > 0) {
            sleep(wait);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": exit " + rc);
        }
    }

    static synchronized void log(String format, Object... args) {
        System.out.printf("%s%n", String.format(format, args));
        System.out.flush();
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    i++; // :
                    m.put(k, value());
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> word;
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
