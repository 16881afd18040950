package org.sahifa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    private volatile TokenNameFinderModel model;
    private final BeamDecoder decoder;

    private NameModel(TokenNameFinderModel model, BeamDecoder decoder) {
        this.model = model;
        this.decoder = decoder;
    }

    /** Wraps a model already in memory (training, experiments). */
    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model, new BeamDecoder(model, Gazetteer.shared()));
    }

    /** Reads the bundled model's compact weights. */
    public static NameModel load() {
        try (InputStream in = NameModel.class.getResourceAsStream(WEIGHTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + WEIGHTS_RESOURCE + " (train it with TrainModel)");
            }
            return new NameModel(null, BeamDecoder.read(new GZIPInputStream(in), Gazetteer.shared()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEIGHTS_RESOURCE, e);
        }
    }

    /** Reads a model written by the trainer. */
    public static NameModel read(InputStream in) throws IOException {
        return of(readOpenNlpModel(in));
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
        return decoder.find(tokens);
    }

    /** Name spans of one sentence whose words are already analysed. */
    Span[] find(String[] tokens, SentenceWords words) {
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
