package org.sahifa.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes a sentence with the trained perceptron's weights the way OpenNLP's {@code NameFinderME} does (beam search,
 * the same features, the same normalised scores, BIO transitions checked), but faster: the features of the words
 * themselves are looked up once per word, not once per word and beam entry; the features that depend on one token
 * (alone, or with the decision before it) are scored once per distinct token and remembered in
 * {@link TokenScoreCache}; the previous decisions alone, or with the word's place-list value, come from small tables
 * built with the decoder. {@code BeamDecoderTest} checks it finds the same names as {@code NameFinderME}.
 *
 * <p>Thread-safe: it holds the model's read-only weights and a lock-free cache of immutable (or atomically published)
 * token scores.
 */
final class BeamDecoder {
    /** The model entry of an OpenNLP name-finder model and its beam-size manifest property. */
    static final String MODEL_ENTRY = "nameFinder.model";

    static final String BEAM_SIZE_PROPERTY = "BeamSize";
    static final int DEFAULT_BEAM_SIZE = 3;
    /** First field of a compact weights file ({@link #write}); a new layout gets a new version. */
    static final String COMPACT_FORMAT = "sahifa-name-finder-weights 1";
    /** What OpenNLP's context generator calls the decision before the sentence starts. */
    private static final String OTHER = "other";

    /** One hypothesis: a decision for the last word (-1 before the sentence), its predecessor, summed log probability. */
    private record Hypothesis(Hypothesis previous, int outcome, double score) {}

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
    /** The previous decision paired with the word's place-list value: by place index, then previous outcome + 1. */
    private final double[][][] placeDecisionScores;
    /**
     * For each neighbour offset ({@link TokenScoreCache#role}), the score of the neighbour's place value: by index in
     * {@link SentenceWords#PLACE_VALUES}, and one more for a neighbour outside the sentence.
     */
    private final double[][][] neighbourPlaceScores;
    /** For each neighbour offset ({@link TokenScoreCache#role}), the scores of a neighbour outside the sentence. */
    private final double[][] outsideScores;

    private final TokenScoreCache tokenScores = new TokenScoreCache();

    /** A decoder over an OpenNLP model's perceptron. */
    BeamDecoder(TokenNameFinderModel model, Gazetteer gazetteer) {
        this(
                weightsOf(model),
                outcomesOf(model),
                model.getFactory().createSequenceCodec(),
                beamSizeOf(model),
                gazetteer);
    }

    private BeamDecoder(
            FeatureWeights weights, String[] outcomes, SequenceCodec<String> codec, int beamSize, Gazetteer gazetteer) {
        this.weights = weights;
        this.outcomes = outcomes;
        SequenceValidator<String> validator = codec.createSequenceValidator();
        this.allowed = new boolean[outcomes.length + 1][outcomes.length];
        for (int prev = -1; prev < outcomes.length; prev++) {
            String[] history = prev < 0 ? new String[0] : new String[] {outcomes[prev]};
            for (int o = 0; o < outcomes.length; o++) {
                allowed[prev + 1][o] =
                        validator.validSequence(history.length, new String[history.length + 1], history, outcomes[o]);
            }
        }
        this.beamSize = beamSize;
        this.codec = codec;
        this.gazetteer = gazetteer;
        this.sequenceScores = sequenceScores();
        this.placeDecisionScores = placeDecisionScores();
        this.neighbourPlaceScores = neighbourPlaceScores();
        this.outsideScores = new double[TokenScoreCache.roles()][outcomes.length];
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d != 0) {
                ArabicFeatureGenerator.outsideNeighbourFeatures(
                        weights.scoring(outsideScores[TokenScoreCache.role(d)]), d);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static FeatureWeights weightsOf(TokenNameFinderModel model) {
        AbstractModel perceptron = model.getArtifact(MODEL_ENTRY);
        return new FeatureWeights((Map<String, Context>) perceptron.getDataStructures()[1]);
    }

    private static String[] outcomesOf(TokenNameFinderModel model) {
        AbstractModel perceptron = model.getArtifact(MODEL_ENTRY);
        return (String[]) perceptron.getDataStructures()[2];
    }

    private static int beamSizeOf(TokenNameFinderModel model) {
        String beam = model.getManifestProperty(BEAM_SIZE_PROPERTY);
        return beam == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    }

    /**
     * Writes what this decoder needs (outcome encoding, beam size, outcomes, weight table) so {@link #read} can build
     * it again without OpenNLP's model reader: the compact weights file {@code TrainModel} writes beside the model.
     */
    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeUTF(COMPACT_FORMAT);
        out.writeUTF(codec instanceof BilouCodec ? "bilou" : "bio");
        out.writeInt(beamSize);
        out.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            out.writeUTF(outcome);
        }
        weights.write(out);
        out.flush();
    }

    /** Reads a decoder written by {@link #write}. */
    static BeamDecoder read(InputStream stream, Gazetteer gazetteer) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        String format = in.readUTF();
        if (!format.equals(COMPACT_FORMAT)) {
            throw new IOException("not a compact name-finder model: " + format);
        }
        SequenceCodec<String> codec = in.readUTF().equals("bilou") ? new BilouCodec() : new BioCodec();
        int beamSize = in.readInt();
        String[] outcomes = new String[in.readInt()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = in.readUTF();
        }
        return new BeamDecoder(FeatureWeights.read(in), outcomes, codec, beamSize, gazetteer);
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
        TokenScoreCache.Entry[] entries = new TokenScoreCache.Entry[n];
        for (int j = 0; j < n; j++) {
            entries[j] = entryOf(tokens, words, j);
        }
        for (int i = 0; i < n; i++) {
            Arrays.fill(wordScores, 0);
            addTokenScores(wordScores, entries, i);
            int place = words.placeIndex(i);
            addPlaceScores(wordScores, entries[i], words, i, place);
            ArabicFeatureGenerator.positionFeatures(wordSink, words, i);
            double[][] placeDecisions = placeDecisionScores[place];
            int nextLength = 0;
            for (int b = 0; b < Math.min(beamSize, beamLength); b++) {
                Hypothesis top = beam[b];
                System.arraycopy(wordScores, 0, scores, 0, scores.length);
                addDecisionScores(scores, entries[i], words, i, placeDecisions, top);
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
                            nextLength =
                                    insert(next, nextLength, new Hypothesis(top, o, top.score + Math.log(scores[o])));
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
    private void addTokenScores(double[] scores, TokenScoreCache.Entry[] entries, int i) {
        add(scores, entries[i].vectors[0]);
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            if (j >= 0 && j < entries.length) {
                add(scores, entries[j].vectors[TokenScoreCache.role(d)]);
            } else {
                add(scores, outsideScores[TokenScoreCache.role(d)]);
            }
        }
    }

    /**
     * Adds the place features of position {@code i} ({@link ArabicFeatureGenerator#placeFeatures}, remembered in the
     * token's entry for each place value it meets, and {@link ArabicFeatureGenerator#neighbourPlaceFeature} from
     * {@link #neighbourPlaceScores}).
     */
    private void addPlaceScores(double[] scores, TokenScoreCache.Entry entry, SentenceWords words, int i, int place) {
        double[] own = entry.places.get(place);
        if (own == null) {
            own = new double[outcomes.length];
            ArabicFeatureGenerator.placeFeatures(
                    weights.scoring(own), SentenceWords.PLACE_VALUES[place], words.name[i], words.clitic[i]);
            entry.places.set(place, own);
        }
        add(scores, own);
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d != 0) {
                int j = i + d;
                int value = j >= 0 && j < words.length() ? words.placeIndex(j) : SentenceWords.PLACE_VALUES.length;
                add(scores, neighbourPlaceScores[TokenScoreCache.role(d)][value]);
            }
        }
    }

    /** The remembered scores of the token at {@code j}, scored and remembered now if they are not yet. */
    private TokenScoreCache.Entry entryOf(String[] tokens, SentenceWords words, int j) {
        TokenScoreCache.Entry entry = tokenScores.get(tokens[j]);
        if (entry == null) {
            double[][] vectors = new double[TokenScoreCache.roles()][outcomes.length];
            ArabicFeatureGenerator.ownWordFeatures(weights.scoring(vectors[0]), words, j);
            for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
                if (d != 0) {
                    ArabicFeatureGenerator.neighbourWordFeatures(
                            weights.scoring(vectors[TokenScoreCache.role(d)]), words, j, d);
                }
            }
            entry = new TokenScoreCache.Entry(tokens[j], vectors, outcomes.length + 1);
            tokenScores.put(entry);
        }
        return entry;
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
     * Adds the scores of the decision features of ArabicFeatureGenerator and of those OpenNLP's context generator adds
     * itself, for position {@code i} after the decisions of {@code top}: the ones that do not depend on the word come
     * from {@link #sequenceScores}, the previous decision with the place value from {@code placeDecisions}, the ones
     * that pair it with the token from the token's entry (scored the first time this token follows this decision).
     */
    private void addDecisionScores(
            double[] scores,
            TokenScoreCache.Entry entry,
            SentenceWords words,
            int i,
            double[][] placeDecisions,
            Hypothesis top) {
        int prev = top.outcome;
        int prev2 = top.previous == null ? -1 : top.previous.outcome;
        add(scores, sequenceScores[prev + 1][prev2 + 1]);
        add(scores, placeDecisions[prev + 1]);
        double[] withToken = entry.decisions.get(prev + 1);
        if (withToken == null) {
            withToken = new double[outcomes.length];
            FeatureSink features = weights.scoring(withToken);
            ArabicFeatureGenerator.decisionTokenFeatures(features, words, i, name(prev, ArabicFeatureGenerator.NONE));
            String prevName = name(prev, OTHER);
            features.add("pow=", prevName, entry.token);
            features.add("powf=", prevName, FeatureGeneratorUtil.tokenFeature(entry.token));
            entry.decisions.set(prev + 1, withToken);
        }
        add(scores, withToken);
    }

    /** The weights of the previous decision paired with each place value, by place index, then previous + 1. */
    private double[][][] placeDecisionScores() {
        double[][][] table = new double[SentenceWords.PLACE_VALUES.length][outcomes.length + 1][];
        for (int k = 0; k < SentenceWords.PLACE_VALUES.length; k++) {
            for (int prev = -1; prev < outcomes.length; prev++) {
                double[] scores = new double[outcomes.length];
                ArabicFeatureGenerator.decisionPlaceFeature(
                        weights.scoring(scores),
                        SentenceWords.PLACE_VALUES[k],
                        name(prev, ArabicFeatureGenerator.NONE));
                table[k][prev + 1] = scores;
            }
        }
        return table;
    }

    /** The weights of each neighbour offset's place value ({@link #neighbourPlaceScores}). */
    private double[][][] neighbourPlaceScores() {
        int values = SentenceWords.PLACE_VALUES.length;
        double[][][] table = new double[TokenScoreCache.roles()][values + 1][outcomes.length];
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            if (d != 0) {
                for (int k = 0; k <= values; k++) {
                    String place = k < values ? SentenceWords.PLACE_VALUES[k] : ArabicFeatureGenerator.NONE;
                    ArabicFeatureGenerator.neighbourPlaceFeature(
                            weights.scoring(table[TokenScoreCache.role(d)][k]), d, place);
                }
            }
        }
        return table;
    }

    /** The summed weights of the word-independent decision features for each (previous, one before) pair. */
    private double[][][] sequenceScores() {
        double[][][] table = new double[outcomes.length + 1][outcomes.length + 1][];
        for (int prev = -1; prev < outcomes.length; prev++) {
            for (int prev2 = -1; prev2 < outcomes.length; prev2++) {
                double[] scores = new double[outcomes.length];
                FeatureSink sink = weights.scoring(scores);
                ArabicFeatureGenerator.sequenceFeatures(
                        sink, name(prev, ArabicFeatureGenerator.NONE), name(prev2, ArabicFeatureGenerator.NONE));
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
