package org.sahifa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained statistical name finder ({@value #RESOURCE}, an OpenNLP averaged-perceptron model with
 * {@link ArabicFeatureGenerator} features), decoded by {@link BeamDecoder}. Thread-safe.
 *
 * <p>The app loads the decoder from the compact weights file {@value #WEIGHTS_RESOURCE} that {@code TrainModel}
 * writes beside the model (the same weights, read without OpenNLP's model reader); the OpenNLP model itself is read
 * only when something asks for it (training tools, the tests that compare with {@link NameFinderME}).
 */
public final class NameModel {
    public static final String RESOURCE = "/nlp/ner-ar.bin";
    public static final String WEIGHTS_RESOURCE = "/nlp/ner-ar.weights.gz";
    /**
     * The compact weights of the first-stage model, trained on NewsFANE Gold ({@code TrainFirstStage}), whose tags
     * are features of the main model. When the resource is absent, the bundled model has no first stage.
     */
    public static final String FIRST_STAGE_RESOURCE = "/nlp/ner-ar-newsfane.weights.gz";

    private static volatile Optional<NameModel> bundledFirstStage;

    private volatile TokenNameFinderModel model;
    private final BeamDecoder decoder;
    /** The model whose tags this one reads as features ({@link SentenceWords#stacked}), or null. */
    private final NameModel firstStage;

    private NameModel(TokenNameFinderModel model, BeamDecoder decoder, NameModel firstStage) {
        this.model = model;
        this.decoder = decoder;
        this.firstStage = firstStage;
    }

    /** Wraps a model already in memory (training, experiments) that has no first stage. */
    public static NameModel of(TokenNameFinderModel model) {
        return of(model, null);
    }

    /** Wraps a model already in memory that was trained with {@code firstStage}'s tags as features (or null). */
    public static NameModel of(TokenNameFinderModel model, NameModel firstStage) {
        return new NameModel(model, new BeamDecoder(model, Gazetteer.shared()), firstStage);
    }

    /** Reads the bundled model's compact weights, and those of its first stage if one is bundled. */
    public static NameModel load() {
        return new NameModel(null, readDecoder(WEIGHTS_RESOURCE), readFirstStage());
    }

    /** The bundled first-stage model (read once), or null if none is bundled. */
    public static NameModel bundledFirstStage() {
        Optional<NameModel> m = bundledFirstStage;
        if (m == null) {
            synchronized (NameModel.class) {
                m = bundledFirstStage;
                if (m == null) {
                    m = Optional.ofNullable(readFirstStage());
                    bundledFirstStage = m;
                }
            }
        }
        return m.orElse(null);
    }

    private static NameModel readFirstStage() {
        if (NameModel.class.getResource(FIRST_STAGE_RESOURCE) == null) {
            return null;
        }
        return new NameModel(null, readDecoder(FIRST_STAGE_RESOURCE), null);
    }

    /** Reads compact weights written by {@link #writeWeights} (gzip-compressed) as a model without a first stage. */
    public static NameModel readWeights(InputStream in) throws IOException {
        return new NameModel(null, BeamDecoder.read(new GZIPInputStream(in), Gazetteer.shared()), null);
    }

    private static BeamDecoder readDecoder(String resource) {
        try (InputStream in = NameModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (train it with TrainModel)");
            }
            return BeamDecoder.read(new GZIPInputStream(in), Gazetteer.shared());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a model written by the trainer that has no first stage. */
    public static NameModel read(InputStream in) throws IOException {
        return of(readOpenNlpModel(in));
    }

    /** Reads a model written by the trainer, trained with {@code firstStage}'s tags as features (or null). */
    public static NameModel read(InputStream in, NameModel firstStage) throws IOException {
        return of(readOpenNlpModel(in), firstStage);
    }

    /** The model whose tags this one reads as features, or null. */
    public NameModel firstStage() {
        return firstStage;
    }

    /** This model's BIO tags of a sentence, as a first stage gives them to the next model. */
    public String[] tags(String[] tokens) {
        return firstStageTags(tokens, SentenceWords.analyze(tokens, Gazetteer.shared()));
    }

    /**
     * This model's BIO tags of a sentence, as a first stage gives them to the next model: decoded without any first
     * stage's tags of its own.
     */
    String[] firstStageTags(String[] tokens, SentenceWords words) {
        words.stacked = null;
        return EntityRecognizer.toBio(decoder.find(tokens, words), tokens.length)
                .toArray(String[]::new);
    }

    private static TokenNameFinderModel readOpenNlpModel(InputStream in) throws IOException {
        ArabicNameFinderFactory.allowInstantiation();
        return new TokenNameFinderModel(in);
    }

    /** Writes the compact weights file that {@link #load} reads (gzip-compressed). */
    public void writeWeights(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        decoder.write(gzip);
        gzip.finish();
    }

    /** Name spans (token indices, type PERS/LOC/ORG/MISC) of one sentence. */
    public Span[] find(String[] tokens) {
        return find(tokens, SentenceWords.analyze(tokens, Gazetteer.shared()));
    }

    /** Name spans of one sentence whose words are already analysed (the first stage's tags are set on them here). */
    Span[] find(String[] tokens, SentenceWords words) {
        if (firstStage != null) {
            words.stacked = firstStage.firstStageTags(tokens, words);
        }
        return decoder.find(tokens, words);
    }

    /**
     * The same, decoded by OpenNLP's own {@link NameFinderME} (slower; to check {@link BeamDecoder} against). A model
     * loaded from its compact weights reads the bundled OpenNLP model for this.
     */
    Span[] findWithNameFinderMe(String[] tokens) {
        return new NameFinderME(openNlpModel()).find(tokens);
    }

    private TokenNameFinderModel openNlpModel() {
        TokenNameFinderModel m = model;
        if (m == null) {
            try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                m = readOpenNlpModel(in);
                model = m;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return m;
    }
}
