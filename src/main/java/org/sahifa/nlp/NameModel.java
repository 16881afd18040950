package org.sahifa.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.sahifa.model.Interruption;

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
     * The compact weights of the second-pass model ({@code TrainTwoStage}), which reads the bundled model's tags over
     * the document as features ({@link DocumentEvidence}). When absent, the bundled model decodes alone.
     */
    public static final String SECOND_STAGE_RESOURCE = "/nlp/ner-ar-stage2.weights.gz";

    private volatile TokenNameFinderModel model;
    private final BeamDecoder decoder;
    /** The first pass whose tags this model reads as document evidence, or null for a one-pass model. */
    private final NameModel firstStage;

    private NameModel(TokenNameFinderModel model, BeamDecoder decoder, NameModel firstStage) {
        this.model = model;
        this.decoder = decoder;
        this.firstStage = firstStage;
    }

    /** Wraps a model already in memory (training, experiments). */
    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model, new BeamDecoder(model, Gazetteer.shared()), null);
    }

    /**
     * A two-pass model: {@code secondStage}, trained on {@link DocumentEvidence} from first-pass tags, decodes after
     * {@code firstStage} has tagged the document.
     */
    public static NameModel twoStage(NameModel firstStage, TokenNameFinderModel secondStage) {
        if (firstStage.firstStage != null) {
            throw new IllegalArgumentException("a first stage must decode alone");
        }
        return new NameModel(secondStage, new BeamDecoder(secondStage, Gazetteer.shared()), firstStage);
    }

    /** Reads the bundled model's compact weights, and the second pass's if one is bundled. */
    public static NameModel load() {
        NameModel first = new NameModel(null, readDecoder(WEIGHTS_RESOURCE), null);
        if (NameModel.class.getResource(SECOND_STAGE_RESOURCE) == null) {
            return first;
        }
        return new NameModel(null, readDecoder(SECOND_STAGE_RESOURCE), first);
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

    /** Reads compact weights written by {@link #writeWeights} (gzip-compressed) as a one-pass model. */
    public static NameModel readWeights(InputStream in) throws IOException {
        return new NameModel(null, BeamDecoder.read(new GZIPInputStream(in), Gazetteer.shared()), null);
    }

    /** Reads a second pass's compact weights; it decodes after {@code firstStage}. */
    public static NameModel readWeights(InputStream in, NameModel firstStage) throws IOException {
        return new NameModel(null, BeamDecoder.read(new GZIPInputStream(in), Gazetteer.shared()), firstStage);
    }

    /** Whether this model is a second pass over a first one's tags. */
    public boolean isTwoStage() {
        return firstStage != null;
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

    /** Name spans (token indices, type PERS/LOC/ORG/MISC) of one sentence, a document of its own. */
    public Span[] find(String[] tokens) {
        return findDocument(List.<String[]>of(tokens)).get(0);
    }

    /**
     * Name spans of each sentence of a document (an article, or a stream of sentences: a two-pass model reads
     * {@link DocumentEvidence#DEFAULT_WINDOW} sentences either side).
     */
    public List<Span[]> findDocument(List<String[]> sentences) {
        return findDocument(sentences, analyze(sentences));
    }

    private static List<SentenceWords> analyze(List<String[]> sentences) {
        List<SentenceWords> words = new ArrayList<>(sentences.size());
        for (String[] tokens : sentences) {
            words.add(SentenceWords.analyze(tokens, Gazetteer.shared()));
        }
        return words;
    }

    /** The same for sentences whose words are already analysed (their {@link SentenceWords#evidence} is set here). */
    List<Span[]> findDocument(List<String[]> sentences, List<SentenceWords> words) {
        if (firstStage != null) {
            List<String[]> tags = firstStage.tagDocument(sentences, words);
            String[][][] evidence = DocumentEvidence.of(words, tags, DocumentEvidence.DEFAULT_WINDOW);
            for (int s = 0; s < words.size(); s++) {
                words.get(s).evidence = evidence[s];
            }
        }
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Interruption.check(); // the decoding is most of the tagging pass: a cancel stops it within one sentence
            out.add(decoder.find(sentences.get(s), words.get(s)));
        }
        return out;
    }

    /** This model's BIO tags of each sentence of a document. */
    public List<String[]> tagDocument(List<String[]> sentences) {
        return tagDocument(sentences, analyze(sentences));
    }

    private List<String[]> tagDocument(List<String[]> sentences, List<SentenceWords> words) {
        List<String[]> tags = new ArrayList<>(sentences.size());
        for (Span[] spans : findDocument(sentences, words)) {
            tags.add(EntityRecognizer.toBio(spans, sentences.get(tags.size()).length)
                    .toArray(String[]::new));
        }
        return tags;
    }

    /**
     * The {@link DocumentEvidence} of each token of a document whose sentences a first pass tagged {@code tags}: what a
     * second-pass model is trained on.
     */
    public static String[][][] documentEvidence(List<String[]> sentences, List<String[]> tags) {
        return DocumentEvidence.of(analyze(sentences), tags, DocumentEvidence.DEFAULT_WINDOW);
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
