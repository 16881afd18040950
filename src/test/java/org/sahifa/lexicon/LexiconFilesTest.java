package org.sahifa.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every list under {@code resources/lexicon/}: it loads, says what it is for, and holds each word once. */
class LexiconFilesTest {
    private static final Path LEXICON_DIR = Path.of("resources", "lexicon");

    static Stream<String> listNames() throws IOException {
        try (Stream<Path> files = Files.list(LEXICON_DIR)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - ".tsv".length()))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @Test
    void theLexiconHasItsLists() throws IOException {
        assertTrue(listNames().count() >= 20, "the lexicon directory lost its lists");
    }

    @ParameterizedTest
    @MethodSource("listNames")
    void listSaysWhatItIsForAndNamesItsColumns(String name) {
        WordList list = WordList.load(name);
        assertFalse(list.rows().isEmpty(), name + " is empty");
        assertFalse(
                list.header().isEmpty() || list.header().get(0).startsWith("columns:"),
                name + " has no line saying what it is for");
        assertFalse(list.columns().isEmpty(), name + " has no '# columns:' line");
        for (List<String> row : list.rows()) {
            assertFalse(row.get(0).isBlank(), name + ": an entry with an empty first column");
            assertTrue(row.size() <= list.columns().size(), name + ": " + row + " has more columns than named");
        }
    }

    @ParameterizedTest
    @MethodSource("listNames")
    void noWordTwiceNorTwoWordsThatFoldAlike(String name) {
        WordList list = WordList.load(name);
        Set<String> written = new HashSet<>();
        Map<String, String> byFolded = new HashMap<>();
        for (List<String> row : list.rows()) {
            String word = row.get(0);
            assertTrue(written.add(word), name + " lists «" + word + "» twice");
            String earlier = byFolded.putIfAbsent(Lexicon.fold(word), word);
            assertEquals(null, earlier, name + ": «" + earlier + "» and «" + word + "» fold to the same form");
        }
    }
}
