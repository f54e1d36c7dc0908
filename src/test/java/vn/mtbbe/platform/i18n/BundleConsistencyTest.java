package vn.mtbbe.platform.i18n;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle in i18n/ has every key of the base (Vietnamese) bundle and no other, each pattern is valid
 * ICU MessageFormat, and each translation takes the same arguments as the base pattern.
 */
class BundleConsistencyTest {

    static final Path I18N = Path.of("i18n");

    @Test
    void everyBundleHasEveryKeyWithTheSameArguments() throws IOException {
        Properties base = load(I18N.resolve("messages.properties"));
        List<String> problems = new ArrayList<>();
        List<Path> bundles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(I18N, "messages_*.properties")) {
            files.forEach(bundles::add);
        }
        for (com.ibm.icu.util.ULocale language : Messages.SUPPORTED) {
            if (!language.equals(Messages.DEFAULT)) {
                assertTrue(bundles.contains(I18N.resolve("messages_" + language.getLanguage() + ".properties")),
                        "a bundle for every interface language: " + language + " in " + bundles);
            }
        }
        for (String key : base.stringPropertyNames()) {
            check("messages.properties", key, base.getProperty(key), problems);
        }
        for (Path bundle : bundles) {
            Properties translation = load(bundle);
            String file = bundle.getFileName().toString();
            for (String key : new TreeSet<>(base.stringPropertyNames())) {
                String pattern = translation.getProperty(key);
                if (pattern == null) {
                    problems.add(file + ": missing " + key);
                    continue;
                }
                if (check(file, key, pattern, problems)) {
                    Set<String> expected = arguments(base.getProperty(key));
                    Set<String> actual = arguments(pattern);
                    if (!expected.equals(actual)) {
                        problems.add(file + ": " + key + " takes " + actual + " but the base takes " + expected);
                    }
                }
            }
            for (String key : translation.stringPropertyNames()) {
                if (!base.containsKey(key)) {
                    problems.add(file + ": " + key + " is not in the base bundle");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean check(String file, String key, String pattern, List<String> problems) {
        try {
            new MessagePattern(pattern);
            if (pattern.isBlank()) {
                problems.add(file + ": " + key + " is empty");
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + key + " is not valid ICU MessageFormat: " + e.getMessage());
            return false;
        }
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

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
