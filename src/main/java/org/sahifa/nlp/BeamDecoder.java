package org.sahifa.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes a sentence with the trained perceptron's weights the way OpenNLP's {@code NameFinderME} does (beam search,
 * the same features, the same normalised scores, BIO transitions checked), but faster: the features of the words
 * themselves are looked up once per word, not once per word and beam entry, and only the few features of the
 * previous decisions are scored per beam entry. {@code BeamDecoderTest} checks it finds the same names as
 * {@code NameFinderME}.
 *
 * <p>Thread-safe: it holds only the model's read-only weights.
 */
final class BeamDecoder {
    /** The model entry of an OpenNLP name-finder model and its beam-size manifest property. */
    static final String MODEL_ENTRY = "nameFinder.model";
    static final String BEAM_SIZE_PROPERTY = "BeamSize";
    static final int DEFAULT_BEAM_SIZE = 3;
    /** What OpenNLP's context generator calls the decision before the sentence starts. */
    private static final String OTHER = "other";

    /** One hypothesis: a decision for the last word (-1 before the sentence), its predecessor, summed log probability. */
    private record Hypothesis(Hypothesis previous, int outcome, double score) {
    }

    private final FeatureWeights weights;
    private final String[] outcomes;
    /**
     * Whether an outcome may follow another, indexed by previous outcome + 1 (0: the sentence start) and outcome:
     * the model's own sequence validator (BIO or BILOU) asked once for every pair, as it looks only one step back.
     */
    private final boolean[][] allowed;
    private final int beamSize;
    private final SequenceCodec<String> codec;
    private final Gazetteer gazetteer;
    /** Indexed by previous outcome + 1 and the one before + 1 (0: before the sentence). */
    private final double[][][] sequenceScores;
    /** For each neighbour offset ({@link TokenScoreCache#role}), the scores of a neighbour outside the sentence. */
    private final double[][] outsideScores;
    private final TokenScoreCache tokenScores = new TokenScoreCache();

    @SuppressWarnings("unchecked")
    BeamDecoder(TokenNameFinderModel model, Gazetteer gazetteer) {
        AbstractModel perceptron = model.getArtifact(MODEL_ENTRY);
        Object[] parts = perceptron.getDataStructures();
        this.weights = new FeatureWeights((Map<String, Context>) parts[1]);
        this.outcomes = (String[]) parts[2];
        SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
        this.allowed = new boolean[outcomes.length + 1][outcomes.length];
        for (int prev = -1; prev < outcomes.length; prev++) {
            String[] history = prev < 0 ? new String[0] : new String[] {outcomes[prev]};
            for (int o = 0; o < outcomes.length; o++) {
                allowed[prev + 1][o] = validator.validSequence(history.length, new String[history.length + 1],
                        history, outcomes[o]);
            }
        }
        String beam = model.getManifestProperty(BEAM_SIZE_PROPERTY);
        this.beamSize = beam == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.codec = model.getFactory().createSequenceCodec();
        this.gazetteer = gazetteer;
        this.sequenceScores = sequenceScores();
        this.outsideScores = new double[TokenScoreCache.roles()][outcomes.length];
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d != 0) {
                ArabicFeatureGenerator.outsideNeighbourFeatures(
                        weights.scoring(outsideScores[TokenScoreCache.role(d)]), d);
            }
        }
    }

    /** Name spans of one sentence. */
    Span[] find(String[] tokens) {
        return find(tokens, SentenceWords.analyze(tokens, gazetteer));
    }

    /** Name spans of one sentence whose words are already analysed. */
    Span[] find(String[] tokens, SentenceWords words) {
        int n = tokens.length;
        int width = beamSize * outcomes.length;
        Hypothesis[] beam = {new Hypothesis(null, -1, 0)};
        int beamLength = 1;
        Hypothesis[] next = new Hypothesis[width];
        double[] wordScores = new double[outcomes.length];
        double[] scores = new double[outcomes.length];
        FeatureSink wordSink = weights.scoring(wordScores);
        FeatureSink decisionSink = weights.scoring(scores);
        for (int i = 0; i < n; i++) {
            Arrays.fill(wordScores, 0);
            addTokenScores(wordScores, tokens, words, i);
            ArabicFeatureGenerator.contextFeatures(wordSink, words, i);
            String tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            int nextLength = 0;
            for (int b = 0; b < Math.min(beamSize, beamLength); b++) {
                Hypothesis top = beam[b];
                System.arraycopy(wordScores, 0, scores, 0, scores.length);
                decisionFeatures(decisionSink, scores, words, tokens[i], tokenClass, i, top);
                normalise(scores);
                double min = kthLargest(scores, beamSize);
                boolean[] allowedAfter = allowed[top.outcome() + 1];
                for (int o = 0; o < outcomes.length; o++) {
                    if (scores[o] >= min && allowedAfter[o]) {
                        nextLength = insert(next, nextLength, new Hypothesis(top, o, top.score + Math.log(scores[o])));
                    }
                }
                if (nextLength == 0) {
                    for (int o = 0; o < outcomes.length; o++) {
                        if (allowedAfter[o]) {
                            nextLength = insert(next, nextLength,
                                    new Hypothesis(top, o, top.score + Math.log(scores[o])));
                        }
                    }
                }
            }
            Hypothesis[] swap = beam.length == width ? beam : new Hypothesis[width];
            beam = next;
            beamLength = nextLength;
            next = swap;
        }
        String[] best = new String[n];
        Hypothesis h = beam[0];
        for (int i = n - 1; i >= 0; i--, h = h.previous) {
            best[i] = outcomes[h.outcome];
        }
        return codec.decode(Arrays.asList(best));
    }

    /**
     * Adds the scores of the features of position {@code i} that depend on one token each: its own, and those its
     * neighbours give it (remembered per token in {@link #tokenScores}).
     */
    private void addTokenScores(double[] scores, String[] tokens, SentenceWords words, int i) {
        add(scores, vectorsOf(tokens, words, i)[0]);
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            if (j >= 0 && j < tokens.length) {
                add(scores, vectorsOf(tokens, words, j)[TokenScoreCache.role(d)]);
            } else {
                add(scores, outsideScores[TokenScoreCache.role(d)]);
            }
        }
    }

    private double[][] vectorsOf(String[] tokens, SentenceWords words, int j) {
        double[][] vectors = tokenScores.get(tokens[j]);
        if (vectors == null) {
            vectors = new double[TokenScoreCache.roles()][outcomes.length];
            ArabicFeatureGenerator.ownWordFeatures(weights.scoring(vectors[0]), words, j);
            for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
                if (d != 0) {
                    ArabicFeatureGenerator.neighbourWordFeatures(weights.scoring(vectors[TokenScoreCache.role(d)]),
                            words, j, d);
                }
            }
            tokenScores.put(tokens[j], vectors);
        }
        return vectors;
    }

    private static void add(double[] scores, double[] more) {
        for (int o = 0; o < scores.length; o++) {
            scores[o] += more[o];
        }
    }

    /**
     * Inserts {@code h} into the first {@code length} entries of {@code sorted}, best score first, after any entry
     * with an equal score (a stable sort, as {@code List.sort} was); returns the new length.
     */
    private static int insert(Hypothesis[] sorted, int length, Hypothesis h) {
        int at = length;
        while (at > 0 && sorted[at - 1].score < h.score) {
            sorted[at] = sorted[at - 1];
            at--;
        }
        sorted[at] = h;
        return length + 1;
    }

    /** The {@code k}-th largest value (counting repeats), or the smallest if there are fewer than {@code k}. */
    private static double kthLargest(double[] values, int k) {
        double bound = Double.POSITIVE_INFINITY;
        int taken = 0;
        double last = Double.NEGATIVE_INFINITY;
        while (taken < Math.min(k, values.length)) {
            double max = Double.NEGATIVE_INFINITY;
            int copies = 0;
            for (double v : values) {
                if (v < bound && v > max) {
                    max = v;
                    copies = 1;
                } else if (v == max) {
                    copies++;
                }
            }
            last = max;
            taken += copies;
            bound = max;
        }
        return last;
    }

    /**
     * The decision features of ArabicFeatureGenerator, then those OpenNLP's context generator adds itself. The ones
     * that do not depend on the word come summed from {@link #sequenceScores}.
     */
    private void decisionFeatures(FeatureSink features, double[] scores, SentenceWords words, String token,
                                  String tokenClass, int i, Hypothesis top) {
        int prev = top == null || top.outcome < 0 ? -1 : top.outcome;
        int prev2 = top == null || top.previous == null || top.previous.outcome < 0 ? -1 : top.previous.outcome;
        double[] constant = sequenceScores[prev + 1][prev2 + 1];
        for (int o = 0; o < scores.length; o++) {
            scores[o] += constant[o];
        }
        ArabicFeatureGenerator.decisionWordFeatures(features, words, i, name(prev, ArabicFeatureGenerator.NONE));
        String prevName = name(prev, OTHER);
        features.add("pow=", prevName, token);
        features.add("powf=", prevName, tokenClass);
    }

    /** The summed weights of the word-independent decision features for each (previous, one before) pair. */
    private double[][][] sequenceScores() {
        double[][][] table = new double[outcomes.length + 1][outcomes.length + 1][];
        for (int prev = -1; prev < outcomes.length; prev++) {
            for (int prev2 = -1; prev2 < outcomes.length; prev2++) {
                double[] scores = new double[outcomes.length];
                FeatureSink sink = weights.scoring(scores);
                ArabicFeatureGenerator.sequenceFeatures(sink, name(prev, ArabicFeatureGenerator.NONE),
                        name(prev2, ArabicFeatureGenerator.NONE));
                sink.add("po=", name(prev, OTHER));
                sink.add("ppo=", name(prev2, OTHER));
                table[prev + 1][prev2 + 1] = scores;
            }
        }
        return table;
    }

    private String name(int outcome, String before) {
        return outcome < 0 ? before : outcomes[outcome];
    }

    /** OpenNLP's perceptron normalisation: scale by the largest magnitude (at least 1), exponentiate, sum to 1. */
    private static void normalise(double[] scores) {
        double max = 1;
        for (double s : scores) {
            max = Math.max(max, Math.abs(s));
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o] / max);
            sum += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= sum;
        }
    }
}
