package org.sahifa.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained judge of marked spans: quotation or quoted name (docs/quotations.md, "Round 10"). OpenNLP's
 * maximum-entropy trainer (GIS) over {@link SpanFeatures}, like the speaker model. Deterministic: the same spans in
 * the same order give the same model file. Immutable and thread-safe.
 */
public final class SpanClassifier {
    /** The bundled model, trained by {@code eval/news/train-span-model.sh} on the annotated news articles. */
    public static final String RESOURCE = "/quote/span-model.bin";

    static final String QUOTATION = "quotation";
    static final String NAME = "name";
    /**
     * The probability of a quotation below which the bundled model, as a filter, sets a rules' quotation aside: chosen
     * by leaving each annotated split out (0.05 or 0.1 inside each training set; 0.1 drops the seed article's one-word
     * scare quote «الخطيرة», so 0.05 is kept; docs/quotations.md, "Round 11: the span classifier with spk1").
     */
    public static final double BUNDLED_THRESHOLD = 0.05;
    /** GIS iterations, as for the speaker model. */
    public static final int ITERATIONS = 100;

    /** How the classifier's answer is used. */
    public enum Mode {
        /** The classifier alone decides (the bundled model was trained without the rules' answer among its features). */
        DECIDE,
        /** Only the rules' quotations can be quotations; the classifier may set some aside as names. */
        FILTER
    }

    private final MaxentModel model;
    private final int quotation;
    private final Mode mode;
    private final double threshold;

    private SpanClassifier(MaxentModel model, Mode mode, double threshold) {
        this.model = model;
        this.quotation = model.getIndex(QUOTATION);
        this.mode = mode;
        this.threshold = threshold;
    }

    /** Trains on the spans' features and labels (true: a quotation); features seen fewer than {@code cutoff} times are dropped. */
    public static SpanClassifier train(List<List<String>> features, List<Boolean> labels, int cutoff) {
        List<Event> events = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            events.add(
                    new Event(labels.get(i) ? QUOTATION : NAME, features.get(i).toArray(new String[0])));
        }
        return new SpanClassifier(MaxentFiles.train(events, ITERATIONS, cutoff), Mode.DECIDE, 0.5);
    }

    /** The same model used in another mode, with another threshold on the probability of a quotation. */
    public SpanClassifier with(Mode newMode, double newThreshold) {
        return new SpanClassifier(model, newMode, newThreshold);
    }

    /** True for a feature that carries the rules' decision ({@code rules=quote}, {@code rules=name&len=3}). */
    public static boolean isRulesFeature(String feature) {
        return feature.startsWith(SpanFeatures.RULES_PREFIX);
    }

    /** The probability that a span with these features is a quotation. */
    public double probability(List<String> features) {
        return model.eval(features.toArray(new String[0]))[quotation];
    }

    /** The decision for a span with these features, given what the rules decided. */
    public boolean isQuotation(List<String> features, boolean rulesQuotation) {
        if (mode == Mode.FILTER && !rulesQuotation) {
            return false;
        }
        return probability(features) >= threshold;
    }

    public void write(Path file) throws IOException {
        MaxentFiles.write(model, file);
    }

    public static SpanClassifier read(InputStream in, Mode mode, double threshold) throws IOException {
        return new SpanClassifier(MaxentFiles.read(in), mode, threshold);
    }

    /** The bundled model as a filter on the rules' quotations, at {@link #BUNDLED_THRESHOLD}: what the app uses. */
    public static SpanClassifier bundledFilter() {
        return bundled(Mode.FILTER, BUNDLED_THRESHOLD);
    }

    /** The bundled model in {@code mode}; throws when it is missing from the class path. */
    public static SpanClassifier bundled(Mode mode, double threshold) {
        try (InputStream in = SpanClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("span model missing: " + RESOURCE);
            }
            return read(in, mode, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
