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
 * The word vectors that the word clusters are made from ({@code org.sahifa.nlp.training.BuildWordClusters}), each
 * dimension cut into a few bins at its quantiles over the vocabulary: the name finder reads the bin of each dimension
 * as a feature ({@code v17=2}), so words used alike share many feature values even when they fall in different
 * clusters.
 *
 * <p>Read once from {@value #RESOURCE} (gzipped text: a header line giving the number of dimensions and bins, then one
 * line per word: the word, a tab, and one digit per dimension, its bin). Immutable and thread-safe. When the resource
 * is absent, no word has bins.
 */
public final class WordVectorBins {
    public static final String RESOURCE = "/nlp/word-vector-bins.tsv.gz";
    /** The start of the file's first line; the number of dimensions and of bins follow, tab-separated. */
    public static final String HEADER = "#word-vector-bins\t";

    private static volatile WordVectorBins shared;

    private final int dimensions;
    private final Map<String, String> bins;

    private WordVectorBins(int dimensions, Map<String, String> bins) {
        this.dimensions = dimensions;
        this.bins = bins;
    }

    /** The bundled bins, read on first use (none if the resource is absent). */
    public static WordVectorBins shared() {
        WordVectorBins v = shared;
        if (v == null) {
            synchronized (WordVectorBins.class) {
                v = shared;
                if (v == null) {
                    v = readResource();
                    shared = v;
                }
            }
        }
        return v;
    }

    private static WordVectorBins readResource() {
        try (InputStream in = WordVectorBins.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new WordVectorBins(0, Map.of());
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads bins in the resource's format from an uncompressed stream. */
    static WordVectorBins read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !header.startsWith(HEADER)) {
            throw new IOException("not a word-vector-bins file: its first line should start with " + HEADER.trim());
        }
        int dimensions = Integer.parseInt(header.substring(HEADER.length()).split("\t")[0]);
        Map<String, String> bins = new HashMap<>(1 << 17);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0 || line.length() - tab - 1 != dimensions) {
                throw new IOException("word-vector-bins line without " + dimensions + " bins: " + line);
            }
            bins.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new WordVectorBins(dimensions, bins);
    }

    int dimensions() {
        return dimensions;
    }

    /** The bins of a word (one digit per dimension): of its form if listed, else of its stem, else null. */
    String of(String norm, String stem) {
        String b = bins.get(norm);
        return b != null ? b : bins.get(stem);
    }
}
