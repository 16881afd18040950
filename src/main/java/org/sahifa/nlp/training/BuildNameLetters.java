package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.NameLetters;

/**
 * Trains the letter n-gram scorer of "looks like a person-name word" ({@link NameLetters}) and writes its weights to
 * {@code resources/nlp/name-letters.tsv.gz}. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.BuildNameLetters}</pre>
 *
 * <p>Names: the Arabic-script words of Wikidata person names ({@code gazetteers/wikidata-name-tokens.tsv}, CC0).
 * Everyday words: the words the annotated corpora ({@code ner/anercorp-train.conll}, {@code ner/newsfane-gold.conll})
 * tag outside any name, as written (clitics included, since the scorer sees words as written). A word on both sides
 * is dropped from the side where it is rarer. The model is a logistic regression over the letter n-grams of the
 * normalised word; a tenth of the words (by hash) is held out first and the held-out precision and recall are printed,
 * then the weights are trained again on all words. Fixed seed: the file repeats.
 *
 * <p>Optional arguments: the shared data folder (default {@code ../shared/data}) and the output file.
 */
public final class BuildNameLetters {
    static final int EPOCHS = 8;
    static final double LEARNING_RATE = 0.05;
    static final double L2 = 1e-6;
    /** An n-gram seen in fewer training words than this gets no weight (keeps the file small). */
    static final int MIN_FEATURE_WORDS = 3;
    /** Weights smaller than this are not written. */
    static final double MIN_WEIGHT = 0.02;
    /** A corpus word seen outside names at least this often is an everyday word even if Wikidata lists it. */
    static final int EVERYDAY_COUNT = 3;

    private record Example(String word, boolean name) {}

    private BuildNameLetters() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/nlp/name-letters.tsv.gz");
        Map<String, Integer> outside = new HashMap<>();
        Set<String> inside = new HashSet<>();
        for (String corpus : List.of("anercorp-train.conll", "newsfane-gold.conll")) {
            for (ConllCorpus.Sentence s : ConllCorpus.read(data.resolve("ner").resolve(corpus))) {
                for (int i = 0; i < s.tokens().size(); i++) {
                    String w = ArabicWords.normalize(s.tokens().get(i));
                    if (!ArabicWords.shape(w).equals("ar") || w.length() < 2) {
                        continue;
                    }
                    if (s.tags().get(i).equals("O")) {
                        outside.merge(w, 1, Integer::sum);
                    } else {
                        inside.add(w);
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(data.resolve("gazetteers/wikidata-name-tokens.tsv"))) {
            String[] cols = line.split("\t");
            String w = ArabicWords.normalize(cols[0]);
            if (cols.length >= 2 && ArabicWords.shape(w).equals("ar") && w.length() >= 2) {
                names.add(w);
            }
        }
        List<Example> examples = new ArrayList<>();
        for (String w : names) {
            if (outside.getOrDefault(w, 0) < EVERYDAY_COUNT || inside.contains(w)) {
                examples.add(new Example(w, true));
            }
        }
        for (Map.Entry<String, Integer> e : outside.entrySet()) {
            String w = e.getKey();
            if (!inside.contains(w) && (!names.contains(w) || e.getValue() >= EVERYDAY_COUNT)) {
                examples.add(new Example(w, false));
            }
        }
        examples.sort((a, b) -> a.word().compareTo(b.word()));
        List<Example> train = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        for (Example e : examples) {
            (Math.floorMod(e.word().hashCode(), 10) == 0 ? heldOut : train).add(e);
        }
        System.out.printf(
                Locale.ROOT,
                "%d name words, %d everyday words; %d held out%n",
                examples.stream().filter(Example::name).count(),
                examples.stream().filter(e -> !e.name()).count(),
                heldOut.size());
        Map<String, Double> weights = train(train);
        report(weights, heldOut);
        weights = train(examples);
        write(weights, out);
    }

    /** Logistic regression by stochastic gradient descent, classes weighted to count equally. */
    private static Map<String, Double> train(List<Example> examples) {
        Map<String, Integer> featureWords = new HashMap<>();
        for (Example e : examples) {
            for (String f : new HashSet<>(NameLetters.features(e.word()))) {
                featureWords.merge(f, 1, Integer::sum);
            }
        }
        long names = examples.stream().filter(Example::name).count();
        double nameWeight = (double) (examples.size() - names) / Math.max(1, names);
        Map<String, Double> w = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(20261204);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch);
            for (Example e : order) {
                List<String> features = NameLetters.features(e.word());
                features.removeIf(f -> featureWords.getOrDefault(f, 0) < MIN_FEATURE_WORDS);
                double z = w.getOrDefault(NameLetters.BIAS, 0.0);
                for (String f : features) {
                    z += w.getOrDefault(f, 0.0);
                }
                double p = 1 / (1 + Math.exp(-z));
                double gradient = ((e.name() ? 1 : 0) - p) * (e.name() ? nameWeight : 1);
                w.merge(NameLetters.BIAS, rate * gradient, Double::sum);
                for (String f : features) {
                    double old = w.getOrDefault(f, 0.0);
                    w.put(f, old + rate * (gradient - L2 * old));
                }
            }
        }
        return w;
    }

    private static void report(Map<String, Double> weights, List<Example> heldOut) {
        NameLetters scorer = new NameLetters(weights);
        for (double threshold : new double[] {0.5, 0.7, 0.8, 0.9}) {
            int tp = 0, fp = 0, fn = 0;
            for (Example e : heldOut) {
                boolean said = scorer.probability(e.word()) >= threshold;
                tp += said && e.name() ? 1 : 0;
                fp += said && !e.name() ? 1 : 0;
                fn += !said && e.name() ? 1 : 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "held out, p >= %.1f: precision %.3f, recall %.3f (%d names, %d everyday words)%n",
                    threshold,
                    tp / (double) Math.max(1, tp + fp),
                    tp / (double) Math.max(1, tp + fn),
                    tp + fn,
                    heldOut.size() - tp - fn);
        }
    }

    private static void write(Map<String, Double> weights, Path out) throws IOException {
        Map<String, Double> sorted = new TreeMap<>(weights);
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write(
                    "# Letter n-gram weights of NameLetters, written by org.sahifa.nlp.training.BuildNameLetters; do not"
                            + " edit.\n# Names: Wikidata person-name words (NETransliteration-COLING2018, CC0 1.0). Everyday"
                            + " words: ANERcorp (CC BY-SA 4.0), NewsFANE Gold (CC BY-SA 3.0).\n");
            for (Map.Entry<String, Double> e : sorted.entrySet()) {
                if (e.getKey().equals(NameLetters.BIAS) || Math.abs(e.getValue()) >= MIN_WEIGHT) {
                    w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.3f", e.getValue()) + "\n");
                }
            }
        }
    }
}
