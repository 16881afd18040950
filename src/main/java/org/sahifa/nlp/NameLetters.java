package org.sahifa.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How much a word, by its letters alone, looks like a word of a person's name rather than an everyday word: «كاماراسا»,
 * «نغيسو», «بوفاريه» score high, «الحكومة», «وأضاف», «سترتفع» low. A logistic regression over the letter n-grams (1 to
 * 4 letters, word edges marked) of the normalised word, trained by {@code org.sahifa.nlp.training.BuildNameLetters}
 * on Wikidata name words against the words the annotated corpora tag outside names, and read from {@value
 * #RESOURCE}. It is character-level evidence only: the rules use it where the context already says a name stands
 * («المدرب الإسباني …», «وقال … إن»). Immutable, so one instance is shared between threads.
 */
public final class NameLetters {
    public static final String RESOURCE = "/nlp/name-letters.tsv.gz";
    /** The weight of the constant feature. */
    public static final String BIAS = "<bias>";
    /** Longest n-gram, in letters. */
    static final int MAX_N = 4;

    private static volatile NameLetters shared;

    private final Map<String, Float> weights;

    /** A scorer over the given weights (training writes them; tests may make their own). */
    public NameLetters(Map<String, Double> weights) {
        this.weights = new HashMap<>();
        weights.forEach((k, v) -> this.weights.put(k, v.floatValue()));
    }

    /** The bundled scorer, read once. */
    public static NameLetters shared() {
        NameLetters s = shared;
        if (s == null) {
            synchronized (NameLetters.class) {
                s = shared;
                if (s == null) {
                    s = readResource();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** Reads the bundled weights anew (for load-time measurement); {@link #shared} keeps one copy. */
    static NameLetters readResource() {
        try (InputStream in = NameLetters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, Double> weights = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
            return new NameLetters(weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The letter n-grams of a normalised word, edges marked with ^ and $: «^ك», «كام», «سا$» … */
    public static List<String> features(String word) {
        String padded = "^" + word + "$";
        List<String> out = new ArrayList<>(padded.length() * MAX_N);
        for (int n = 1; n <= MAX_N; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                String gram = padded.substring(i, i + n);
                if (!gram.equals("^") && !gram.equals("$")) {
                    out.add(gram);
                }
            }
        }
        return out;
    }

    /** The probability, between 0 and 1, that the normalised word is a person-name word. */
    public double probability(String word) {
        double z = weights.getOrDefault(BIAS, 0f);
        for (String f : features(word)) {
            z += weights.getOrDefault(f, 0f);
        }
        return 1 / (1 + Math.exp(-z));
    }
}
