package org.sahifa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained statistical name finder ({@value #RESOURCE}, an OpenNLP averaged-perceptron model with
 * {@link ArabicFeatureGenerator} features), decoded by {@link BeamDecoder}. Thread-safe.
 */
public final class NameModel {
    public static final String RESOURCE = "/nlp/ner-ar.bin";

    private final TokenNameFinderModel model;
    private final BeamDecoder decoder;

    private NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.decoder = new BeamDecoder(model, Gazetteer.shared());
    }

    /** Wraps a model already in memory (training, experiments). */
    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model);
    }

    /** Reads the bundled model. */
    public static NameModel load() {
        try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (train it with TrainModel)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model written by the trainer. */
    public static NameModel read(InputStream in) throws IOException {
        ArabicNameFinderFactory.allowInstantiation();
        return new NameModel(new TokenNameFinderModel(in));
    }

    /** Name spans (token indices, type PERS/LOC/ORG/MISC) of one sentence. */
    public Span[] find(String[] tokens) {
        return decoder.find(tokens);
    }

    /** Name spans of one sentence whose words are already analysed. */
    Span[] find(String[] tokens, SentenceWords words) {
        return decoder.find(tokens, words);
    }

    /** The same, decoded by OpenNLP's own {@link NameFinderME} (slower; to check {@link BeamDecoder} against). */
    Span[] findWithNameFinderMe(String[] tokens) {
        return new NameFinderME(model).find(tokens);
    }
}
