package vn.mtbbe.platform.i18n;

import com.ibm.icu.text.MessagePattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The translators' round trip (README, "Translating"): {@code mvn -Ptranslations -Dtranslations=export} writes one CSV
 * per language (key, state, the Vietnamese base, the English for reference, the translation) with missing keys and
 * keys whose base text changed since they were translated marked; {@code mvn -Ptranslations -Dtranslations=import
 * -Dtranslations.dir=…} reads the CSVs back, checks every translation (valid ICU MessageFormat, the same arguments as
 * the base) and writes the bundles only if all are right, in the base's order with its comments. What each
 * translation was made from is kept in {@code i18n/translated-from.properties} (a fingerprint of the base text).
 */
public final class Translations {

    static final String BASE = "messages.properties";
    static final String FINGERPRINTS = "translated-from.properties";
    static final List<String> HEADER = List.of("key", "state", "vi", "en", "translation");

    /** A translation that cannot be taken, where it stands in which file. */
    public record Problem(String file, long line, String key, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + " " + key + ": " + reason;
        }
    }

    private Translations() {
    }

    public static void main(String[] args) throws IOException {
        String action = System.getProperty("translations", "export");
        Path bundles = Path.of(System.getProperty("translations.bundles", "i18n"));
        Path dir = Path.of(System.getProperty("translations.dir", "target/translations"));
        if (action.equals("export")) {
            for (Path written : export(bundles, dir)) {
                System.out.println("written: " + written);
            }
        } else if (action.equals("import")) {
            List<Problem> problems = importFrom(dir, bundles);
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println(p));
                System.err.println(problems.size() + " problems: nothing was written.");
                System.exit(1);
            }
            System.out.println("imported into " + bundles);
        } else {
            throw new IllegalArgumentException("-Dtranslations=export or import, not " + action);
        }
    }

    /** One CSV per translated language in {@code dir}; the files written. */
    public static List<Path> export(Path bundles, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> base = ordered(bundles.resolve(BASE));
        Map<String, String> english = ordered(bundles.resolve("messages_en.properties"));
        Properties fingerprints = load(bundles.resolve(FINGERPRINTS));
        List<Path> written = new ArrayList<>();
        for (Path bundle : translated(bundles)) {
            String language = language(bundle);
            Map<String, String> translation = ordered(bundle);
            Path csv = dir.resolve("messages_" + language + ".csv");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                out.write('\ufeff');
                printer.printRecord(HEADER);
                for (Map.Entry<String, String> e : base.entrySet()) {
                    String key = e.getKey();
                    String value = translation.get(key);
                    String state = value == null ? "missing"
                            : fingerprints.containsKey(language + "." + key)
                                && !fingerprints.getProperty(language + "." + key).equals(fingerprint(e.getValue()))
                            ? "outdated" : "ok";
                    printer.printRecord(key, state, e.getValue(), english.getOrDefault(key, ""), value == null ? "" : value);
                }
            }
            written.add(csv);
        }
        return written;
    }

    /**
     * Reads every {@code messages_xx.csv} of {@code dir}, checks it whole, and writes the bundles and fingerprints
     * only when no row has a problem; the problems otherwise.
     */
    public static List<Problem> importFrom(Path dir, Path bundles) throws IOException {
        Map<String, String> base = ordered(bundles.resolve(BASE));
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> imported = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "messages_*.csv")) {
            found.forEach(files::add);
        }
        for (Path file : files) {
            String language = file.getFileName().toString().replaceAll("^messages_|\\.csv$", "");
            if (!Messages.isSupported(language) || language.equals(Messages.DEFAULT.getLanguage())) {
                problems.add(new Problem(file.getFileName().toString(), 1, "", "not a translated interface language"));
                continue;
            }
            Map<String, String> rows = new LinkedHashMap<>();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try (Reader in = new StringReader(text.startsWith("\ufeff") ? text.substring(1) : text)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    String key = r.get("key");
                    String value = r.isMapped("translation") && r.isSet("translation") ? r.get("translation") : "";
                    String where = file.getFileName().toString();
                    if (!base.containsKey(key)) {
                        problems.add(new Problem(where, r.getRecordNumber() + 1, key, "not a key of the base bundle"));
                    } else if (!value.isBlank()) {
                        String reason = reason(base.get(key), value);
                        if (reason != null) {
                            problems.add(new Problem(where, r.getRecordNumber() + 1, key, reason));
                        } else {
                            rows.put(key, value);
                        }
                    }
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new Problem(file.getFileName().toString(), 1, "", "not a CSV of the export: " + e.getMessage()));
            }
            imported.put(language, rows);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Properties fingerprints = load(bundles.resolve(FINGERPRINTS));
        for (Map.Entry<String, Map<String, String>> e : imported.entrySet()) {
            Path bundle = bundles.resolve("messages_" + e.getKey() + ".properties");
            Map<String, String> values = Files.exists(bundle) ? ordered(bundle) : new LinkedHashMap<>();
            values.putAll(e.getValue());
            write(bundles.resolve(BASE), bundle, values);
            e.getValue().keySet().forEach(k -> fingerprints.setProperty(e.getKey() + "." + k, fingerprint(base.get(k))));
        }
        writeFingerprints(bundles.resolve(FINGERPRINTS), fingerprints);
        return problems;
    }

    /** Why a translation of {@code base} cannot be taken, or null. */
    static String reason(String base, String translation) {
        try {
            new MessagePattern(translation);
        } catch (IllegalArgumentException e) {
            return "not valid ICU MessageFormat: " + e.getMessage();
        }
        Set<String> expected = arguments(base);
        Set<String> actual = arguments(translation);
        return expected.equals(actual) ? null : "takes the arguments " + actual + " where the base takes " + expected;
    }

    /** The names or numbers of the top-level and nested arguments of an ICU pattern. */
    static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /** A bundle written in the base's order, with its comments and blank lines, UTF-8, one key per line. */
    static void write(Path baseFile, Path bundle, Map<String, String> values) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(baseFile, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                out.append(line).append('\n');
                continue;
            }
            String key = key(line);
            if (values.containsKey(key)) {
                out.append(key).append('=').append(escape(values.get(key))).append('\n');
            }
        }
        Files.writeString(bundle, out.toString(), StandardCharsets.UTF_8);
    }

    private static void writeFingerprints(Path file, Properties fingerprints) throws IOException {
        StringBuilder out = new StringBuilder("# What each translation was made from: <language>.<key>=the first 16 hex digits of\n"
                + "# the SHA-256 of the base (Vietnamese) text it translated. Written by the translations import; a base text\n"
                + "# changed since shows as outdated in the next export.\n");
        new TreeMap<>(fingerprints).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as a .properties line keeps it: backslashes and line breaks escaped, a leading space kept. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case ' ' -> s.append(i == 0 ? "\\ " : " ");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static String key(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != '=' && line.charAt(end) != ':' && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end).strip();
    }

    /** A bundle's keys in file order with their values. */
    static Map<String, String> ordered(Path bundle) throws IOException {
        Properties loaded = load(bundle);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                String key = key(line);
                if (loaded.containsKey(key)) {
                    ordered.put(key, loaded.getProperty(key));
                }
            }
        }
        return ordered;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static List<Path> translated(Path bundles) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(bundles, "messages_*.properties")) {
            found.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    private static String language(Path bundle) {
        return bundle.getFileName().toString().replaceAll("^messages_|\\.properties$", "");
    }
}
