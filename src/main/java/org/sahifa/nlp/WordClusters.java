package org.sahifa.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learnt from unlabelled news ({@code org.sahifa.nlp.training.BuildWordClusters}): for each of the most
 * frequent normalised words, its cluster at each granularity (64, 256, 1,024 and 4,096 clusters), so words used
 * alike («ميركل», «هولاند») share a feature value even if only one of them was in the annotated corpus.
 *
 * <p>Read once from {@value #RESOURCE} (a gzipped text file: a header line giving the granularities, then one line
 * per word: the word and its cluster numbers, tab-separated); immutable and thread-safe.
 */
public final class WordClusters {
    public static final String RESOURCE = "/nlp/word-clusters.tsv.gz";
    /** The start of the file's first line; the granularities follow, tab-separated. */
    public static final String HEADER = "#word-clusters\t";
    /** The cluster value of a word the file does not hold. */
    static final String UNKNOWN = "?";

    private static volatile WordClusters shared;

    private final int[] granularities;
    private final Map<String, String[]> clusters;
    /** {@link #UNKNOWN} at every granularity (callers only read the arrays {@link #of} returns). */
    private final String[] unknown;

    private WordClusters(int[] granularities, Map<String, String[]> clusters) {
        this.granularities = granularities;
        this.clusters = clusters;
        this.unknown = new String[granularities.length];
        java.util.Arrays.fill(unknown, UNKNOWN);
    }

    /** The bundled clusters, read on first use. */
    public static WordClusters shared() {
        WordClusters c = shared;
        if (c == null) {
            synchronized (WordClusters.class) {
                c = shared;
                if (c == null) {
                    c = readResource();
                    shared = c;
                }
            }
        }
        return c;
    }

    /** Reads the bundled resource anew. */
    static WordClusters readResource() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (build it with BuildWordClusters)");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads clusters in the resource's format from an uncompressed stream. */
    static WordClusters read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !header.startsWith(HEADER)) {
            throw new IOException("not a word-cluster file: its first line should start with " + HEADER.trim());
        }
        String[] sizes = header.substring(HEADER.length()).split("\t");
        int[] granularities = new int[sizes.length];
        // One string per cluster number, shared by every word in that cluster.
        String[] ids = new String[0];
        for (int g = 0; g < sizes.length; g++) {
            granularities[g] = Integer.parseInt(sizes[g]);
            if (granularities[g] > ids.length) {
                ids = new String[granularities[g]];
            }
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Integer.toString(i);
        }
        Map<String, String[]> clusters = new HashMap<>(1 << 17);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split("\t");
            if (fields.length != granularities.length + 1) {
                throw new IOException("word-cluster line with " + fields.length + " fields: " + line);
            }
            String[] of = new String[granularities.length];
            for (int g = 0; g < of.length; g++) {
                of[g] = ids[Integer.parseInt(fields[g + 1])];
            }
            clusters.put(fields[0], of);
        }
        return new WordClusters(granularities, clusters);
    }

    /** The granularities, coarsest first as in the file. */
    int[] granularities() {
        return granularities.clone();
    }

    int size() {
        return clusters.size();
    }

    /**
     * The clusters of a word: of its normalised form if listed, else of its clitic-stripped stem, else
     * {@link #UNKNOWN} at every granularity. The array is shared: read it, do not change it.
     */
    public String[] of(String norm, String stem) {
        String[] c = clusters.get(norm);
        if (c == null) {
            c = clusters.get(stem);
        }
        return c != null ? c : unknown;
    }
}
