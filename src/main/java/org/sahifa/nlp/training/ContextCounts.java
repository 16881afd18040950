package org.sahifa.nlp.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.TextTokens;

/**
 * The words of an unlabelled corpus and the words around them: each of the most frequent words (normalised as the
 * tagger's word feature, {@link ArabicWords#normalize}) is described by how often each of the most frequent words
 * stands 2 and 1 before it and 1 and 2 after it, weighted by positive pointwise mutual information.
 */
final class ContextCounts {
    /** The offsets counted, each its own block of columns (left and right contexts are told apart). */
    static final int[] OFFSETS = {-2, -1, 1, 2};
    /** Exponent smoothing the context distribution (Levy, Goldberg and Dagan 2015: rare contexts weigh less). */
    static final double CONTEXT_SMOOTHING = 0.75;

    /** The described words, most frequent first. */
    final String[] words;
    /** Their counts in the corpus. */
    final int[] frequencies;
    /** Positive PMI of word i with column j, rows of {@link #columns} values. */
    final SparseRows ppmi;

    final int columns;

    private ContextCounts(String[] words, int[] frequencies, SparseRows ppmi, int columns) {
        this.words = words;
        this.frequencies = frequencies;
        this.ppmi = ppmi;
        this.columns = columns;
    }

    /**
     * Reads the {@code title} and {@code content} of every JSON line of the gzipped {@code corpus}, keeps the
     * {@code vocabulary} most frequent words and describes them by the {@code contexts} most frequent words at each
     * offset.
     */
    static ContextCounts read(Path corpus, int vocabulary, int contexts) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> types = new ArrayList<>();
        IntList stream = new IntList();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode article = json.readTree(line);
                for (String field : new String[] {"title", "content"}) {
                    for (List<TextTokens.Token> sentence :
                            TextTokens.sentences(article.path(field).asText(""))) {
                        for (TextTokens.Token token : sentence) {
                            String word = ArabicWords.normalize(token.text());
                            Integer id = ids.get(word);
                            if (id == null) {
                                id = types.size();
                                ids.put(word, id);
                                types.add(word);
                            }
                            stream.add(id);
                        }
                        stream.add(-1);
                    }
                }
            }
        }
        int[] count = new int[types.size()];
        for (int i = 0; i < stream.size; i++) {
            if (stream.values[i] >= 0) {
                count[stream.values[i]]++;
            }
        }
        // Rank by frequency, ties by the word, so the ranking does not depend on the order types were met.
        Integer[] byFrequency = new Integer[types.size()];
        Arrays.setAll(byFrequency, i -> i);
        Arrays.sort(
                byFrequency, Comparator.<Integer>comparingInt(i -> -count[i]).thenComparing(types::get));
        int rows = Math.min(vocabulary, types.size());
        int width = Math.min(contexts, types.size());
        int[] row = new int[types.size()];
        Arrays.fill(row, -1);
        String[] words = new String[rows];
        int[] frequencies = new int[rows];
        for (int r = 0; r < rows; r++) {
            row[byFrequency[r]] = r;
            words[r] = types.get(byFrequency[r]);
            frequencies[r] = count[byFrequency[r]];
        }
        int columns = OFFSETS.length * width;
        float[] cooccurrences = new float[rows * columns];
        for (int i = 0; i < stream.size; i++) {
            int w = stream.values[i];
            if (w < 0 || row[w] < 0) {
                continue;
            }
            for (int o = 0; o < OFFSETS.length; o++) {
                int c = contextAt(stream, i, OFFSETS[o]);
                if (c >= 0 && row[c] >= 0 && row[c] < width) {
                    cooccurrences[row[w] * columns + o * width + row[c]]++;
                }
            }
        }
        return new ContextCounts(words, frequencies, positivePmi(cooccurrences, rows, columns), columns);
    }

    /** The word {@code offset} places from {@code i} in the same sentence, or -1. */
    private static int contextAt(IntList stream, int i, int offset) {
        int step = offset > 0 ? 1 : -1;
        int j = i;
        for (int k = 0; k != offset; k += step) {
            j += step;
            if (j < 0 || j >= stream.size || stream.values[j] < 0) {
                return -1;
            }
        }
        return stream.values[j];
    }

    private static SparseRows positivePmi(float[] counts, int rows, int columns) {
        double[] rowTotal = new double[rows];
        double[] columnTotal = new double[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                float n = counts[r * columns + c];
                rowTotal[r] += n;
                columnTotal[c] += n;
            }
        }
        double total = Arrays.stream(rowTotal).sum();
        double smoothedTotal = 0;
        for (int c = 0; c < columns; c++) {
            columnTotal[c] = Math.pow(columnTotal[c], CONTEXT_SMOOTHING);
            smoothedTotal += columnTotal[c];
        }
        SparseRows.Builder out = new SparseRows.Builder(rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                float n = counts[r * columns + c];
                if (n > 0) {
                    double pmi = Math.log(n / total)
                            - Math.log(rowTotal[r] / total)
                            - Math.log(columnTotal[c] / smoothedTotal);
                    if (pmi > 0) {
                        out.add(c, (float) pmi);
                    }
                }
            }
            out.endRow();
        }
        return out.build();
    }

    /** A growing list of ints. */
    static final class IntList {
        int[] values = new int[1 << 20];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
