package vn.mtbbe.bench;

import com.mysql.cj.jdbc.MysqlDataSource;

import java.io.IOException;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The attendance benchmark against MariaDB/MySQL (bench/RESULTS.md, "Attendance at national scale"):
 * <pre>mvn -Pbench verify -Dbench.marks=10000000</pre>
 * generates the synthetic national data set once per size (database {@code mtbbe_bench_<marks>}, kept for the next
 * run), starts the packaged application on it, and measures: class-day saves of 40 pupils by 20 concurrent clients,
 * class-month saves of 40 pupils × a month's school days, and the attendance report by province × designation × month
 * over a full school year; then checks that a save shows in the report at once. Prints a table to paste.
 */
public final class AttendanceBench {

    static final String PASSWORD = "bench-Passw0rd!";
    static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    static final int SAVES_PER_CLIENT = Integer.getInteger("bench.saves", 40);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String ministry = auth("bench.ministry");
    private final String officer = auth("bench.officer");

    private final long serverPid;

    private AttendanceBench(String base, long serverPid) {
        this.base = base;
        this.serverPid = serverPid;
    }

    /** CPU time (ms) used so far by the application, the database server and this client (Linux /proc). */
    private long[] cpu() {
        long database = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("mariadbd")
                || p.info().command().orElse("").endsWith("mysqld")).mapToLong(p -> cpuOf(p.pid())).sum();
        return new long[]{cpuOf(serverPid), database, cpuOf(ProcessHandle.current().pid())};
    }

    private static long cpuOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // clock ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static void main(String[] args) throws Exception {
        long marks = Long.getLong("bench.marks", 10_000_000L);
        String host = System.getProperty("bench.db.host", "127.0.0.1:3306");
        String db = System.getProperty("bench.db", "mtbbe_bench_" + marks);
        String rootUser = System.getProperty("bench.db.rootUser", "root");
        String rootPassword = System.getProperty("bench.db.rootPassword", "");
        int port = Integer.getInteger("bench.port", 8398);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        try (Connection root = DriverManager.getConnection("jdbc:mysql://" + host + "/", rootUser, rootPassword);
             Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS 'mtbbe'@'127.0.0.1' IDENTIFIED BY 'mtbbe'");
            s.execute("CREATE USER IF NOT EXISTS 'mtbbe'@'localhost' IDENTIFIED BY 'mtbbe'");
            s.execute("GRANT ALL PRIVILEGES ON `" + db + "`.* TO 'mtbbe'@'127.0.0.1'");
            s.execute("GRANT ALL PRIVILEGES ON `" + db + "`.* TO 'mtbbe'@'localhost'");
        }
        String url = "jdbc:mysql://" + host + "/" + db + "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("mtbbe");
        dataSource.setPassword("mtbbe");
        long existing = NationalData.marks(dataSource);
        if (existing == 0) {
            long t0 = System.nanoTime();
            long written = NationalData.write(dataSource, marks, today, PASSWORD.toCharArray());
            NationalData.log("generated %,d marks in %d s", written, (System.nanoTime() - t0) / 1_000_000_000);
        } else {
            NationalData.log("database %s holds %,d marks already", db, existing);
        }
        long held = NationalData.marks(dataSource);
        String sizes = tableSizes(dataSource, db);

        Process server = start(url, port);
        try {
            AttendanceBench bench = new AttendanceBench("http://127.0.0.1:" + port, server.pid());
            bench.awaitReady(server);
            List<NationalData.Year> years = NationalData.years(today);
            List<String> report = new ArrayList<>();
            report.add(String.format(Locale.ROOT, "data: %,d marks in database %s (%s)", held, db, sizes));
            if (!Boolean.getBoolean("bench.reportsOnly")) {
                report.addAll(bench.run(dataSource, years));
            }
            report.addAll(bench.reports(years));
            System.out.println();
            report.forEach(System.out::println);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private List<String> run(MysqlDataSource dataSource, List<NationalData.Year> years) throws Exception {
        NationalData.Year current = years.get(years.size() - 1);
        NationalData.Year previous = years.get(years.size() - 2);
        List<Long> currentClasses = ids(dataSource, "SELECT id FROM school_class WHERE school_year = ? ORDER BY id", current.code());
        List<Long> previousClasses = ids(dataSource, "SELECT id FROM school_class WHERE school_year = ? ORDER BY id", previous.code());
        List<LocalDate> days = current.schoolDays();
        List<String> out = new ArrayList<>();

        // Class-day saves: each client its own classes, each save a day of the last four weeks with new marks.
        List<String> pupils0 = pupils(dataSource, currentClasses.get(0));
        day(currentClasses.get(0), days.get(days.size() - 1), pupils0, new SplittableRandom(1)); // first request
        // Rounds: warm-up with every client, one client alone (the cost of a save), every client saving as fast as it
        // can (measured), and every client saving once a second (officers at work, measured).
        for (int round = 0; round < 4; round++) {
            int clients = round == 1 ? 1 : CLIENTS;
            long pace = round == 3 ? 1_000_000_000L : 0;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long[] cpu0 = cpu();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(client * 31L + 7);
                    long next = System.nanoTime() + random.nextLong(Math.max(1, pace));
                    for (int i = 0; i < SAVES_PER_CLIENT; i++) {
                        if (pace > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                            next += pace;
                        }
                        long classId = currentClasses.get((client + i * clients) % currentClasses.size());
                        LocalDate day = days.get(days.size() - 1 - random.nextInt(Math.min(20, days.size())));
                        List<String> pupils = pupils(dataSource, classId);
                        long start = System.nanoTime();
                        day(classId, day, pupils, random);
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] cpu1 = cpu();
            pool.shutdown();
            int n = latencies.size();
            out.add(String.format(Locale.ROOT, "class-day save, 40 pupils, %d client%s, %s (%s): %s; %.0f saves/s; "
                            + "CPU per save: application %.1f ms, database %.1f ms, this client %.1f ms",
                    clients, clients == 1 ? "" : "s", round == 0 ? "warm-up" : pace > 0 ? "each once a second" : "measured", n + " saves",
                    stats(latencies), n / seconds, (cpu1[0] - cpu0[0]) / (double) n, (cpu1[1] - cpu0[1]) / (double) n,
                    (cpu1[2] - cpu0[2]) / (double) n));
        }

        // Class-month saves: 40 pupils × every school day of a full month of the previous year.
        YearMonth month = YearMonth.of(previous.start().getYear(), 10);
        List<LocalDate> monthDays = previous.schoolDays().stream().filter(d -> YearMonth.from(d).equals(month)).toList();
        List<Long> monthLatencies = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 25; i++) {
            long classId = previousClasses.get(i * 7 % previousClasses.size());
            List<String> pupils = pupils(dataSource, classId);
            long start = System.nanoTime();
            month(classId, month, monthDays, pupils, random);
            if (i >= 5) {
                monthLatencies.add(System.nanoTime() - start);
            }
        }
        out.add(String.format(Locale.ROOT, "class-month save, 40 pupils × %d days, one client (20 measured after 5): %s",
                monthDays.size(), stats(monthLatencies)));

        // Importing 100,000 marks from CSV: whole class-days (40 pupils) of the previous year's classes, all days
        // of November, each mark changed, as an officer's upload.
        YearMonth november = YearMonth.of(previous.start().getYear(), 11);
        List<LocalDate> novemberDays = previous.schoolDays().stream().filter(d -> YearMonth.from(d).equals(november)).toList();
        StringBuilder csv = new StringBuilder("classId,date,pupil,status\n");
        int rows = 0;
        for (int c = 0; rows < 100_000 && c < previousClasses.size(); c++) {
            long classId = previousClasses.get(previousClasses.size() - 1 - c);
            List<String> pupils = pupils(dataSource, classId);
            for (LocalDate day : novemberDays) {
                for (String pupil : pupils) {
                    int r = random.nextInt(100);
                    csv.append(classId).append(',').append(day).append(',').append(pupil).append(',')
                            .append(r < 90 ? "P" : r < 95 ? "L" : "U").append('\n');
                    rows++;
                }
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long importStart = System.nanoTime();
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base + "/api/attendance/imports"))
                .header("Authorization", officer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        long importTook = System.nanoTime() - importStart;
        check(imported, 200);
        out.add(String.format(Locale.ROOT, "import of %,d marks from CSV (%,d KB, whole class-days): %.1f s; %s", rows,
                file.length / 1024, importTook / 1e9, imported.body()));

        // The report over a full school year, and over the running one.
        for (NationalData.Year year : List.of(previous, current)) {
            String path = "/api/reports/attendance?year=" + year.code() + "&groupBy=province,designation,month";
            List<Long> latencies = new ArrayList<>();
            int groups = 0;
            for (int i = 0; i < 35; i++) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", ministry).GET());
                long took = System.nanoTime() - start;
                check(r, 200);
                groups = r.body().split("\"group\"").length - 1;
                if (i >= 5) {
                    latencies.add(took);
                }
            }
            out.add(String.format(Locale.ROOT, "report by province × designation × month, %s (%d rows, 30 after 5): %s",
                    year.code(), groups, stats(latencies)));
        }

        // A save is in the report at once: one class's day all absent, then the school's report for that day.
        long classId = currentClasses.get(3);
        LocalDate day = days.get(days.size() - 1);
        String school = string(dataSource, "SELECT s.code FROM school s JOIN school_class c ON c.school_id = s.id WHERE c.id = ?", classId);
        List<String> pupils = pupils(dataSource, classId);
        String allAbsent = pupils.stream().map(p -> "{\"pupil\":\"" + p + "\",\"status\":\"ABSENT_UNEXCUSED\"}")
                .reduce((a, b) -> a + "," + b).map(m -> "{\"marks\":[" + m + "]}").orElseThrow();
        check(send(HttpRequest.newBuilder(URI.create(base + "/api/classes/" + classId + "/attendance/" + day))
                .header("Authorization", officer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(allAbsent))), 200);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/reports/attendance?year=" + current.code()
                + "&from=" + day + "&to=" + day + "&groupBy=school")).header("Authorization", ministry).GET());
        check(r, 200);
        out.add("a saved class-day in the report at once: " + (r.body().contains("\"school\":\"" + school + "\"") ? "yes" : "NO"));
        return out;
    }

    /**
     * The dashboard and the delegation report (issue: outcome reports): each built from the summaries, 25 requests
     * after 5 warm-up ones, for the running year and the one before, everything and one province; server time as the
     * client sees it on the same machine (JSON of the same tables the pages render).
     */
    private List<String> reports(List<NationalData.Year> years) {
        List<String> out = new ArrayList<>();
        NationalData.Year current = years.get(years.size() - 1);
        NationalData.Year previous = years.get(years.size() - 2);
        for (NationalData.Year year : List.of(previous, current)) {
            for (String path : List.of("/api/reports/dashboard?year=" + year.code(),
                    "/api/reports/dashboard?year=" + year.code() + "&province=" + NationalData.firstProvince(),
                    "/api/reports/delegation?year=" + year.code())) {
                List<Long> latencies = new ArrayList<>();
                int size = 0;
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", ministry).GET());
                    long took = System.nanoTime() - start;
                    check(r, 200);
                    size = r.body().length();
                    if (i >= 5) {
                        latencies.add(took);
                    }
                }
                out.add(String.format(Locale.ROOT, "%s (%,d bytes, 25 after 5): %s", path, size, stats(latencies)));
            }
        }
        return out;
    }

    private void day(long classId, LocalDate day, List<String> pupils, SplittableRandom random) {
        StringBuilder body = new StringBuilder("{\"marks\":[");
        for (int i = 0; i < pupils.size(); i++) {
            int r = random.nextInt(100);
            String status = r < 90 ? "PRESENT" : r < 94 ? "LATE" : r < 97 ? "ABSENT_UNEXCUSED" : "ABSENT_EXCUSED";
            body.append(i == 0 ? "" : ",").append("{\"pupil\":\"").append(pupils.get(i)).append("\",\"status\":\"")
                    .append(status).append("\"}");
        }
        body.append("]}");
        check(send(HttpRequest.newBuilder(URI.create(base + "/api/classes/" + classId + "/attendance/" + day))
                .header("Authorization", officer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))), 200);
    }

    private void month(long classId, YearMonth month, List<LocalDate> days, List<String> pupils, SplittableRandom random) {
        StringBuilder body = new StringBuilder("{\"pupils\":[");
        for (int i = 0; i < pupils.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"pupil\":\"").append(pupils.get(i)).append("\",\"marks\":{");
            for (int d = 0; d < days.size(); d++) {
                int r = random.nextInt(100);
                body.append(d == 0 ? "" : ",").append('"').append(days.get(d)).append("\":\"")
                        .append(r < 92 ? "PRESENT" : r < 95 ? "LATE" : "ABSENT_UNEXCUSED").append('"');
            }
            body.append("}}");
        }
        body.append("]}");
        check(send(HttpRequest.newBuilder(URI.create(base + "/api/classes/" + classId + "/attendance?month=" + month))
                .header("Authorization", officer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))), 200);
    }

    static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
        }
    }

    private static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static final java.util.Map<Long, List<String>> PUPILS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> pupils(MysqlDataSource dataSource, long classId) {
        return PUPILS.computeIfAbsent(classId, id -> {
            List<String> codes = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT p.code FROM enrolment e JOIN pupil p ON p.id = e.pupil_id "
                         + "WHERE e.class_id = ?")) {
                q.setLong(1, id);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return codes;
        });
    }

    private static List<Long> ids(MysqlDataSource dataSource, String sql, String parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String string(MysqlDataSource dataSource, String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String tableSizes(MysqlDataSource dataSource, String db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT table_name, table_rows, ROUND((data_length + index_length) / 1048576) FROM information_schema.tables "
                        + "WHERE table_schema = ? AND table_name LIKE 'attendance%' ORDER BY table_name")) {
            q.setString(1, db);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.append(out.isEmpty() ? "" : "; ").append(rows.getString(1)).append(" ~")
                            .append(String.format(Locale.ROOT, "%,d", rows.getLong(2))).append(" rows ").append(rows.getLong(3)).append(" MB");
                }
            }
        }
        return out.toString();
    }

    /** The packaged application on the bench database, as README's MariaDB section starts it. */
    private static Process start(String url, int port) throws IOException {
        Path root = Files.createTempDirectory("mtbbe-bench");
        List<String> command = new ArrayList<>(List.of("java", "-Xss2m", "-XX:+UseSerialGC"));
        if (Boolean.getBoolean("bench.jfr")) {
            // -Dbench.jfr=true: a Flight Recorder profile of the application, written when it stops.
            command.add("-XX:StartFlightRecording=filename=" + root.resolve("application.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", "target/payara-micro.jar", "--deploy", "target/mtbbe.war", "--contextroot", "/", "--port", String.valueOf(port), "--nohazelcast",
                "--disablephonehome", "--rootdir", root.toString(), "--prebootcommandfile", "config/pre-boot-commands.asadmin",
                "--logproperties", "config/logging.properties"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MTBBE_DB_URL", url);
        builder.environment().put("MTBBE_DB_USER", "mtbbe");
        builder.environment().put("MTBBE_DB_PASSWORD", "mtbbe");
        builder.environment().put("MTBBE_DEMO", "false");
        builder.redirectErrorStream(true).redirectOutput(root.resolve("server.log").toFile());
        NationalData.log("starting the application (log: %s)", root.resolve("server.log"));
        return builder.start();
    }

    private void awaitReady(Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the application stopped; see its log");
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/api/health/ready")).GET()).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application was not ready within 4 minutes");
    }
}
