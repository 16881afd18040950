package org.sahifa.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The map stays current: every class the docs name in backticks with its package ({@code `quote.SpanClassifier`},
 * {@code `org.sahifa.ui.startup.LayoutGate`}, members after it allowed) exists in the main or test sources, and
 * docs/architecture.md names every package of the main sources.
 */
class DocumentedNamesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/sahifa");
    private static final Path TEST_SOURCES = Path.of("src/test/java/org/sahifa");
    /** A backticked name: optional {@code org.sahifa.}, lower-case package parts, then a class name. */
    private static final Pattern QUALIFIED =
            Pattern.compile("`(?:org\\.sahifa\\.)?((?:[a-z][a-z0-9]*\\.)+)([A-Z][A-Za-z0-9]*)[^`\\n]*`");

    @Test
    void everyPackagedClassTheDocsNameExists() throws IOException {
        Set<String> sahifaPackages = topLevelPackages();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = QUALIFIED.matcher(Files.readString(page));
            while (m.find()) {
                String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                if (!sahifaPackages.contains(pkg.split("\\.")[0])) {
                    continue; // java.util…, org.apache.lucene…: not ours
                }
                checked++;
                String file = pkg.replace('.', '/') + "/" + m.group(2) + ".java";
                if (!Files.exists(SOURCES.resolve(file)) && !Files.exists(TEST_SOURCES.resolve(file))) {
                    missing.add(page + ": " + pkg + "." + m.group(2));
                }
            }
        }
        assertTrue(checked > 50, "names found in the docs: " + checked);
        assertEquals(List.of(), missing, "classes the docs name that are not in the sources");
    }

    @Test
    void theArchitecturePageNamesEveryPackage() throws IOException {
        String page = Files.readString(Path.of("docs/architecture.md"));
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory)
                    .filter(d -> !d.equals(SOURCES))
                    .toList()) {
                String pkg = SOURCES.relativize(dir).toString().replace('/', '.');
                if (!page.contains("`" + pkg + "`") && !page.contains("`" + pkg + ".")) {
                    unnamed.add(pkg);
                }
            }
        }
        assertEquals(List.of(), unnamed, "packages docs/architecture.md does not name in backticks");
    }

    private static Set<String> topLevelPackages() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path root : List.of(SOURCES, TEST_SOURCES)) {
            try (Stream<Path> dirs = Files.list(root)) {
                dirs.filter(Files::isDirectory)
                        .forEach(d -> names.add(d.getFileName().toString()));
            }
        }
        return names;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
