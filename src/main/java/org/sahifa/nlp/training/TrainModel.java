package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.logging.Logger;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.sahifa.nlp.ArabicNameFinderFactory;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;
import org.sahifa.nlp.training.ConllCorpus.Split;

/**
 * Trains the name-finder model from {@code ../shared/data/ner} and writes it to {@code resources/nlp/ner-ar.bin};
 * also writes the held-out development split to {@code target/ner-dev.conll} for scoring. Run from the project
 * folder (after {@link BuildGazetteer}, whose output the features read):
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.TrainModel}</pre>
 *
 * Training data: anercorp-train without its last 10% of sentences (the development split). With
 * {@code -Dsahifa.train.newsfane=true}, NewsFANE Gold is added too, its proclitics re-attached and without any
 * sentence that shares an 8-gram with the development split.
 * Samples are shuffled with a fixed seed and the averaged perceptron is otherwise deterministic, so the same data
 * gives the same model.
 *
 * <p>{@code -Dsahifa.train.news=all} (or a comma-separated list of splits) adds the hand-annotated news articles,
 * projected onto tokens by {@link NewsGoldTokens}; {@code -Dsahifa.train.newsRepeat=N} gives each of their sentences
 * N times.
 */
public final class TrainModel {
    private static final Logger LOG = Logger.getLogger(TrainModel.class.getName());
    static final int ITERATIONS = Integer.getInteger("sahifa.train.iterations", 100);
    /**
     * Set to true to add NewsFANE Gold to the training data. Off by default: measured on the development split (model
     * alone) it lowers LOC F1 from 82.6 to 72.9 (precision 79 to 61: the model then tags clubs named for their city,
     * such as «برشلونة» or «بنفيكا», and «سول» for the Korean government as places where the development split has
     * organisations) and PERS F1 from 72.6 to 66.9. On the 954 sentences the two corpora share word for word, PERS and
     * LOC tags mostly agree.
     */
    static final String NEWSFANE_PROPERTY = "sahifa.train.newsfane";
    /** Features seen fewer times than this are dropped. */
    static final int CUTOFF = Integer.getInteger("sahifa.train.cutoff", 1);

    static final int BEAM_SIZE = 3;
    /**
     * Set to "bilou" to train with BILOU outcomes (start, continue, last, unit, other) instead of BIO. Off by default:
     * on the development split (tag-conll, rules included) it gave PERS 68.13 and LOC 83.66 against 74.85 and 85.19
     * with BIO (ORG rose from 64.61 to 70.29).
     */
    static final String CODEC_PROPERTY = "sahifa.train.codec";
    /**
     * Share of anercorp-train's training part to train on, from its start (1 = all of it): for a learning curve,
     * {@code -Dsahifa.train.share=0.5}.
     */
    static final double SHARE = Double.parseDouble(System.getProperty("sahifa.train.share", "1"));
    /** Seed of the shuffle that mixes the two corpora before the (order-sensitive) perceptron sees them. */
    static final long SEED = 20071;

    private TrainModel() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("ner");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/" + NameModel.RESOURCE.substring(1));
        Path devOut = Path.of(args.length > 2 ? args[2] : "target/ner-dev.conll");

        Split aner = ConllCorpus.split(ConllCorpus.read(data.resolve("anercorp-train.conll")));
        List<Sentence> newsfane = new ArrayList<>();
        for (Sentence s : ConllCorpus.read(data.resolve("newsfane-gold.conll"))) {
            newsfane.add(ConllCorpus.attachProclitics(s));
        }
        List<Sentence> newsfaneKept = Boolean.parseBoolean(System.getProperty(NEWSFANE_PROPERTY, "false"))
                ? ConllCorpus.withoutOverlap(newsfane, aner.dev())
                : List.of();
        LOG.info(() -> "anercorp train " + aner.train().size() + ", dev "
                + aner.dev().size() + "; newsfane " + newsfane.size() + ", kept " + newsfaneKept.size());
        ConllCorpus.writeConll(aner.dev(), devOut);

        List<Sentence> anerTrain =
                aner.train().subList(0, (int) Math.round(aner.train().size() * SHARE));
        List<Sentence> sentences = new ArrayList<>(anerTrain);
        sentences.addAll(newsfaneKept);
        sentences.addAll(NewsGoldTokens.fromProperties());
        TokenNameFinderModel model = train(sentences);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        LOG.info(() -> "model written to " + out);
        // Read back: the model in memory still lists every feature seen in training, with or without weights (a
        // compact file written from it was 5 MB instead of 1 MB); the model file keeps only those with weights.
        NameModel trained;
        try (InputStream in = Files.newInputStream(out)) {
            trained = NameModel.read(in);
        }
        WriteWeights.writeBeside(trained, out);
        EvaluateDev.scoreModelAlone(trained, aner.dev())
                .forEach((type, counts) -> LOG.info(() -> "dev (model only) " + type + " " + counts));
    }

    /**
     * Trains a model on {@code sentences} as the bundled one is trained: shuffled with {@link #SEED}, then the
     * averaged perceptron with {@link #parameters()}.
     */
    static TokenNameFinderModel train(List<Sentence> sentences) throws IOException {
        return train(sentences, null);
    }

    /**
     * The same for a second-pass model: {@code evidence} gives each training sentence's document evidence from a
     * first pass that never saw it ({@link StageTwoEvidence}); null trains a one-pass model.
     */
    static TokenNameFinderModel train(List<Sentence> sentences, Function<String[], String[][]> evidence)
            throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Sentence s : sentences) {
            samples.add(ConllCorpus.toSample(s));
        }
        Collections.shuffle(samples, new Random(SEED));
        return NameFinderME.train(
                "ar",
                null,
                ObjectStreamUtils.createObjectStream(samples),
                parameters(),
                ArabicNameFinderFactory.forTraining(codec(), evidence));
    }

    static SequenceCodec<String> codec() {
        return "bilou".equals(System.getProperty(CODEC_PROPERTY, "bio")) ? new BilouCodec() : new BioCodec();
    }

    static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("BeamSize", BEAM_SIZE);
        return p;
    }
}
