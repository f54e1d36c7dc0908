package vn.mtbbe.platform.i18n;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translators' round trip on a copy of the bundles: exported unchanged and imported again the bundles say the
 * same; a changed base text is marked outdated and a missing key missing; a translation with a wrong placeholder or
 * broken ICU syntax is refused with its file, line and key, and then nothing is written; put right, it is taken.
 */
class TranslationsTest {

    @TempDir
    Path work;

    @Test
    void aTranslatorsRoundTripMarksWhatIsMissingOrOutdatedAndRefusesBrokenPlaceholders() throws IOException {
        Path bundles = work.resolve("i18n");
        Files.createDirectories(bundles);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("i18n"), "messages*.properties")) {
            for (Path f : files) {
                Files.copy(f, bundles.resolve(f.getFileName()));
            }
        }
        Map<String, String> kmBefore = Translations.ordered(bundles.resolve("messages_km.properties"));
        Path csv = work.resolve("csv");
        List<Path> written = Translations.export(bundles, csv);
        assertEquals(List.of("messages_en.csv", "messages_km.csv", "messages_ms.csv", "messages_zh.csv"),
                written.stream().map(p -> p.getFileName().toString()).sorted().toList());
        List<CSVRecord> km = rows(csv.resolve("messages_km.csv"));
        Map<String, String> base = Translations.ordered(bundles.resolve("messages.properties"));
        assertEquals(base.size(), km.size(), "one row per key of the base");
        assertTrue(km.stream().allMatch(r -> r.get("state").equals("ok")));
        CSVRecord count = km.stream().filter(r -> r.get("key").equals("school.list.count")).findFirst().orElseThrow();
        assertEquals("{0, plural, other {# trường}}", count.get("vi"));
        assertEquals("{0, plural, one {# school} other {# schools}}", count.get("en"));
        assertEquals("{0, plural, other {# សាលា}}", count.get("translation"));

        // Unchanged, back in: the same translations, and now each with what it was made from.
        assertEquals(List.of(), Translations.importFrom(csv, bundles));
        assertEquals(kmBefore, Translations.ordered(bundles.resolve("messages_km.properties")));
        assertTrue(Files.readString(bundles.resolve(Translations.FINGERPRINTS)).contains("km.school.list.count="));

        // The base text of one key changes, and one Khmer key goes missing.
        replace(bundles.resolve("messages.properties"), "school.list.count={0, plural, other {# trường}}",
                "school.list.count={0, plural, other {# trường học}}");
        replace(bundles.resolve("messages_km.properties"), "pupil.list.count=" + kmBefore.get("pupil.list.count") + "\n", "");
        Translations.export(bundles, csv);
        Map<String, String> states = new LinkedHashMap<>();
        rows(csv.resolve("messages_km.csv")).forEach(r -> states.put(r.get("key"), r.get("state")));
        assertEquals("outdated", states.get("school.list.count"));
        assertEquals("missing", states.get("pupil.list.count"));
        assertEquals(base.size() - 2, states.values().stream().filter("ok"::equals).count());
        assertEquals("outdated", rows(csv.resolve("messages_zh.csv")).stream()
                .filter(r -> r.get("key").equals("school.list.count")).findFirst().orElseThrow().get("state"));

        // The translator fills the missing key with a wrong placeholder and breaks another: refused, nothing written.
        byte[] kmFile = Files.readAllBytes(bundles.resolve("messages_km.properties"));
        String text = Files.readString(csv.resolve("messages_km.csv"), StandardCharsets.UTF_8);
        text = replaceTranslation(text, "pupil.list.count", "{count, plural, other {# សិស្ស}}");
        text = replaceTranslation(text, "school.list.count", "{0, plural, other {# សាលារៀន}");
        Files.writeString(csv.resolve("messages_km.csv"), text, StandardCharsets.UTF_8);
        List<Translations.Problem> problems = Translations.importFrom(csv, bundles);
        assertEquals(List.of("school.list.count", "pupil.list.count"), problems.stream().map(Translations.Problem::key).toList(),
                "in the file's order");
        assertTrue(problems.get(0).reason().startsWith("not valid ICU MessageFormat"), problems::toString);
        assertTrue(problems.get(1).reason().contains("[count]") && problems.get(1).reason().contains("[0]"), problems::toString);
        assertTrue(problems.get(0).line() > 1 && problems.get(0).file().equals("messages_km.csv"));
        assertArrayEquals(kmFile, Files.readAllBytes(bundles.resolve("messages_km.properties")), "nothing written");

        // Put right: taken, and the changed key is up to date again.
        text = replaceTranslation(text, "pupil.list.count", "{0, plural, other {# សិស្ស}}");
        text = replaceTranslation(text, "school.list.count", "{0, plural, other {# សាលារៀន}}");
        Files.writeString(csv.resolve("messages_km.csv"), text, StandardCharsets.UTF_8);
        assertEquals(List.of(), Translations.importFrom(csv, bundles));
        Map<String, String> after = Translations.ordered(bundles.resolve("messages_km.properties"));
        assertEquals("{0, plural, other {# សិស្ស}}", after.get("pupil.list.count"));
        assertEquals("{0, plural, other {# សាលារៀន}}", after.get("school.list.count"));
        assertEquals(base.keySet(), after.keySet(), "every key, in the base's order");
        Translations.export(bundles, csv);
        assertFalse(Files.readString(csv.resolve("messages_km.csv")).contains(",outdated,"));
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a BOM, for spreadsheets");
        return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords());
    }

    /** The CSV with the translation of {@code key} replaced (the last column of its row). */
    private static String replaceTranslation(String csv, String key, String translation) throws IOException {
        StringBuilder out = new StringBuilder();
        String body = csv.substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
        org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        for (CSVRecord r : records) {
            List<String> values = new ArrayList<>(r.toList());
            if (values.get(0).equals(key)) {
                values.set(values.size() - 1, translation);
            }
            printer.printRecord(values);
        }
        printer.flush();
        return "\ufeff" + out;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
