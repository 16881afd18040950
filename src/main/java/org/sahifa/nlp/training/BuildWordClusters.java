package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.sahifa.nlp.WordClusters;

/**
 * Learns word clusters from unlabelled Arabic news for the name finder's cluster features and writes them to
 * {@code resources/nlp/word-clusters.tsv.gz}. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.BuildWordClusters}</pre>
 *
 * Steps: the {@link #VOCABULARY} most frequent words of SaudiNewsNet ({@code ../shared/data/unlabelled}) are each
 * described by the {@link #CONTEXTS} most frequent words at offsets -2, -1, +1, +2 ({@link ContextCounts}, positive
 * PMI), reduced to {@link #DIMENSIONS} by randomised SVD ({@link RandomizedSvd}) and clustered by spherical k-means
 * ({@link KMeans}): 64 clusters, then each split in four, three times ({@link #GRANULARITIES}; flat k-means at 4,096
 * took over 20 minutes on the shared machine, the nested split seconds). Every random choice is seeded with {@link #SEED}, so the same
 * corpus gives the same file. The file carries the corpus's licence, CC BY-NC-SA 4.0 (see
 * {@code word-clusters.LICENSE.txt} beside it).
 *
 * <p>{@code -Dsahifa.clusters.vectors=target/neural/vectors-100.txt.gz} also writes the 100-d vectors (word2vec text
 * format) for the neural tagger's training script ({@code scripts/ner_tagger.py}, see {@code docs/entities-neural.md});
 * with {@code -Dsahifa.clusters.vectorsOnly=true} it stops there and leaves the clusters resource as it is.
 */
public final class BuildWordClusters {
    private static final Logger LOG = Logger.getLogger(BuildWordClusters.class.getName());
    static final int VOCABULARY = Integer.getInteger("sahifa.clusters.vocabulary", 60_000);
    static final int CONTEXTS = Integer.getInteger("sahifa.clusters.contexts", 600);
    static final int DIMENSIONS = 100;
    static final int[] GRANULARITIES = {64, 256, 1024, 4096};
    static final int ITERATIONS = Integer.getInteger("sahifa.clusters.iterations", 12);
    static final long SEED = 20150715;

    /** A file to also write the {@link #DIMENSIONS}-d vectors to (word2vec text format), e.g. for the neural tagger. */
    static final String VECTORS_PROPERTY = "sahifa.clusters.vectors";
    /** With {@link #VECTORS_PROPERTY}: stop after writing the vectors, leaving the clusters resource untouched. */
    static final String VECTORS_ONLY_PROPERTY = "sahifa.clusters.vectorsOnly";

    private BuildWordClusters() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/unlabelled/saudinewsnet.jsonl.gz");
        Path out = Path.of(args.length > 1 ? args[1] : "resources" + WordClusters.RESOURCE);
        long t0 = System.nanoTime();
        ContextCounts counts = ContextCounts.read(corpus, VOCABULARY, CONTEXTS);
        LOG.info(() -> String.format(
                "%d words x %d contexts, %d non-zero PPMI, %.0f s",
                counts.words.length, counts.columns, counts.ppmi.nonZeros(), seconds(t0)));
        float[] vectors = RandomizedSvd.wordVectors(counts.ppmi, counts.columns, DIMENSIONS, SEED);
        LOG.info(() -> String.format("vectors after %.0f s", seconds(t0)));
        String vectorsOut = System.getProperty(VECTORS_PROPERTY);
        if (vectorsOut != null) {
            writeVectors(Path.of(vectorsOut), counts.words, vectors, DIMENSIONS);
            LOG.info(() -> vectorsOut + " written");
            if (Boolean.getBoolean(VECTORS_ONLY_PROPERTY)) {
                return;
            }
        }
        int[][] clusters = new int[GRANULARITIES.length][];
        clusters[0] = KMeans.cluster(vectors, DIMENSIONS, GRANULARITIES[0], ITERATIONS, SEED);
        for (int g = 1; g < GRANULARITIES.length; g++) {
            int split = GRANULARITIES[g] / GRANULARITIES[g - 1];
            clusters[g] = KMeans.refine(
                    vectors, DIMENSIONS, clusters[g - 1], GRANULARITIES[g - 1], split, ITERATIONS, SEED + g);
            int k = GRANULARITIES[g];
            LOG.info(() -> String.format("k = %d after %.0f s", k, seconds(t0)));
        }
        write(out, counts.words, clusters);
        LOG.info(() -> String.format("%s written after %.0f s", out, seconds(t0)));
    }

    private static void write(Path out, String[] words, int[][] clusters) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write(WordClusters.HEADER
                    + Arrays.stream(GRANULARITIES).mapToObj(String::valueOf).collect(Collectors.joining("\t")) + "\n");
            for (int i = 0; i < words.length; i++) {
                if (words[i].indexOf('\t') >= 0 || words[i].indexOf('\n') >= 0) {
                    continue;
                }
                StringBuilder line = new StringBuilder(words[i]);
                for (int[] ids : clusters) {
                    line.append('\t').append(ids[i]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /**
     * Writes the vectors ({@code dimensions} numbers per word) in word2vec's text format: a header line "words
     * dimensions", then one word and its numbers per line, gzipped when the name ends in ".gz". Words holding white
     * space are left out, since the format splits on it.
     */
    static void writeVectors(Path out, String[] words, float[] vectors, int dimensions) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        java.io.OutputStream raw = Files.newOutputStream(out);
        if (out.toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw);
        }
        int kept = 0;
        for (String word : words) {
            kept += word.isBlank() || word.chars().anyMatch(Character::isWhitespace) ? 0 : 1;
        }
        try (Writer w = new OutputStreamWriter(raw, StandardCharsets.UTF_8)) {
            w.write(kept + " " + dimensions + "\n");
            for (int i = 0; i < words.length; i++) {
                if (words[i].isBlank() || words[i].chars().anyMatch(Character::isWhitespace)) {
                    continue;
                }
                StringBuilder line = new StringBuilder(words[i]);
                for (int d = 0; d < dimensions; d++) {
                    line.append(' ').append(vectors[i * dimensions + d]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
