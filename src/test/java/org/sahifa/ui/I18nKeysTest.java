package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahifa.load.LoadProblem;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DigitStyle;
import org.sahifa.ui.settings.Theme;

/** Both interface languages have the same keys, every key is used, and every key used exists. */
class I18nKeysTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z_]+)+)\"");

    private static Set<String> keysOf(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Keys built at run time from a prefix and a name. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (LoadProblem p : LoadProblem.values()) {
            keys.add("error." + p.name());
        }
        for (Theme t : Theme.values()) {
            keys.add("theme." + t.name().toLowerCase(Locale.ROOT));
        }
        for (DigitStyle d : DigitStyle.values()) {
            keys.add("digits." + d.name().toLowerCase(Locale.ROOT));
        }
        keys.addAll(List.of("language.system", "language.ar", "language.en", "direction.auto"));
        for (org.sahifa.export.ExportFormat f : org.sahifa.export.ExportFormat.values()) {
            keys.add("dialog.save.filter." + f.extension());
        }
        for (TextDirection d : TextDirection.values()) {
            keys.add("direction." + d.jsonName());
        }
        return keys;
    }

    private static Set<String> literalKeysInUi(Set<String> known) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sahifa/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String candidate = m.group(1);
                    String prefix = candidate.substring(0, candidate.indexOf('.'));
                    if (known.stream().anyMatch(k -> k.startsWith(prefix + "."))) {
                        used.add(candidate);
                    }
                }
            }
        }
        return used;
    }

    @Test
    void arabicAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keysOf("en"), keysOf("ar"));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> keys = keysOf("en");
        Set<String> used = literalKeysInUi(keys);
        used.addAll(dynamicKeys());
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(keys);
        List<String> unused = new ArrayList<>(keys);
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("error.") && used.stream().anyMatch(u -> u.equals(k)));
        assertTrue(missing.isEmpty(), "used in code, missing from the bundles: " + missing);
        assertTrue(unused.isEmpty(), "in the bundles, used nowhere: " + unused);
    }
}
