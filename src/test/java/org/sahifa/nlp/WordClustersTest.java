package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordClustersTest {
    private static WordClusters read(String text) throws IOException {
        return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWordIsFoundByItsFormThenByItsStem() throws IOException {
        WordClusters c = read(WordClusters.HEADER + "2\t8\nالعراق\t1\t7\nوالعراق\t0\t3\n");
        assertArrayEquals(new String[] {"0", "3"}, c.of("والعراق", "العراق"), "the form itself first");
        assertArrayEquals(new String[] {"1", "7"}, c.of("بالعراق", "العراق"), "then its stem");
        assertArrayEquals(new String[] {WordClusters.UNKNOWN, WordClusters.UNKNOWN}, c.of("زيمبلا", "زيمبلا"));
        assertArrayEquals(new int[] {2, 8}, c.granularities());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThrows(IOException.class, () -> read("word\t1\n"));
        assertThrows(
                IOException.class, () -> read(WordClusters.HEADER + "2\t8\nالعراق\t1\n"), "a line short of a field");
    }

    @Test
    void theBundledClustersPutNamesOfOneKindTogether() {
        WordClusters c = WordClusters.shared();
        assertTrue(c.size() > 10_000, "clusters for the frequent words: " + c.size());
        int finest = c.granularities().length - 1;
        // Months share a cluster at the coarsest level; a month and a preposition do not.
        assertEquals(c.of("يناير", "يناير")[0], c.of("فبراير", "فبراير")[0]);
        assertNotEquals(c.of("يناير", "يناير")[finest], c.of("في", "في")[finest]);
    }
}
