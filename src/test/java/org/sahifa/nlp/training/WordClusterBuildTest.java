package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps of the word-cluster build on a corpus made up for the test. */
class WordClusterBuildTest {
    @Test
    void orthonormalisedColumnsAreUnitAndOrthogonal() {
        double[] m = {1, 2, 3, 4, 5, 6, 7, 8, 10, 1, 0, 2}; // 4 rows x 3 columns
        RandomizedSvd.orthonormalize(m, 4, 3);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int r = 0; r < 4; r++) {
                    dot += m[r * 3 + a] * m[r * 3 + b];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-9, "columns " + a + ", " + b);
            }
        }
    }

    @Test
    void kMeansSeparatesTwoGroupsAndRepeats() {
        float[] v = {1, 0, 0.99f, 0.14f, 0.98f, -0.2f, 0, 1, 0.1f, 0.99f, -0.14f, 0.99f}; // 6 vectors of 2
        int[] clusters = KMeans.cluster(v, 2, 2, 5, 7);
        assertEquals(clusters[0], clusters[1]);
        assertEquals(clusters[0], clusters[2]);
        assertEquals(clusters[3], clusters[4]);
        assertEquals(clusters[3], clusters[5]);
        assertNotEquals(clusters[0], clusters[3]);
        assertArrayEquals(clusters, KMeans.cluster(v, 2, 2, 5, 7), "the same seed gives the same clusters");
    }

    @Test
    void refinedClustersSplitEachParentAndStayInside() {
        float[] v = {1, 0, 0.9f, 0.44f, 0.9f, -0.44f, 0, 1, 0.44f, 0.9f, -0.44f, 0.9f}; // 6 vectors of 2
        int[] parent = {0, 0, 0, 1, 1, 1};
        int[] child = KMeans.refine(v, 2, parent, 2, 2, 5, 11);
        for (int i = 0; i < parent.length; i++) {
            assertEquals(parent[i], child[i] / 2, "vector " + i + " stays in its parent");
        }
        assertNotEquals(child[1], child[2], "the two sides of a parent are split");
        assertNotEquals(child[4], child[5]);
    }

    @Test
    void wordsInTheSameContextsGetTheSameVectorAndCluster(@TempDir Path dir) throws IOException {
        // Two made-up towns always stand after «مدينة» and before «الجميلة»; two verbs before «الرجل».
        Path corpus = dir.resolve("corpus.jsonl.gz");
        List<String> sentences =
                List.of("زرت مدينة كلارا الجميلة", "زرت مدينة بورنو الجميلة", "كتب الرجل رسالة", "قرأ الرجل رسالة");
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(corpus)), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 20; i++) {
                for (String s : sentences) {
                    w.write("{\"title\": \"\", \"content\": \"" + s + ".\"}\n");
                }
            }
        }
        ContextCounts counts = ContextCounts.read(corpus, 100, 100);
        List<String> words = Arrays.asList(counts.words);
        float[] vectors = RandomizedSvd.wordVectors(counts.ppmi, counts.columns, 4, 1);
        int town1 = words.indexOf("كلارا");
        int town2 = words.indexOf("بورنو");
        int verb = words.indexOf("كتب");
        assertEquals(1, dot(vectors, town1, town2, 4), 1e-4, "same contexts, same direction");
        assertEquals(20, counts.frequencies[town1]);
        int[] clusters = KMeans.cluster(vectors, 4, 3, 10, 3);
        assertEquals(clusters[town1], clusters[town2]);
        assertNotEquals(clusters[town1], clusters[verb]);
    }

    private static double dot(float[] v, int a, int b, int dimensions) {
        double s = 0;
        for (int d = 0; d < dimensions; d++) {
            s += v[a * dimensions + d] * v[b * dimensions + d];
        }
        return s;
    }

    @Test
    void vectorsAreWrittenInWord2vecTextFormatWithoutWordsHoldingSpaces(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("vectors.txt.gz");
        BuildWordClusters.writeVectors(out, new String[] {"في", "a b", "من"}, new float[] {1, 0, 0.5f, 0.5f, 0, -1}, 2);
        List<String> lines;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        assertEquals(List.of("2 2", "في 1.0 0.0", "من 0.0 -1.0"), lines);
    }
}
