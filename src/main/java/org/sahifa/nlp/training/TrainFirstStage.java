package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * Trains the bundled first-stage model on NewsFANE Gold and writes its compact weights to {@code
 * resources/nlp/ner-ar-newsfane.weights.gz}; the main model reads its tags as features and learns how NewsFANE's
 * conventions map to ANERcorp's ({@link StackedTags}). Run from the project folder, before {@link TrainModel}:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.TrainFirstStage}</pre>
 *
 * NewsFANE's proclitics are re-attached and every NewsFANE sentence that shares an 8-gram with the development split
 * is dropped, so the bundled pair is still blind on that split. Trained like the fold models of {@link StackedTags}
 * ({@link StackedTags#ITERATIONS} iterations, same features, no first stage of its own).
 */
public final class TrainFirstStage {
    private static final Logger LOG = Logger.getLogger(TrainFirstStage.class.getName());
    /** Where the weights are written, and read by the training tools. */
    static final Path WEIGHTS_FILE = Path.of("resources" + NameModel.FIRST_STAGE_RESOURCE);
    /** Set to false to train and cross-validate the main model without the first stage. */
    static final String STACKED_PROPERTY = "sahifa.train.stacked";

    private TrainFirstStage() {}

    /**
     * The first stage the training tools use: read from {@link #WEIGHTS_FILE} (not the classpath, so a fresh one is
     * used without a rebuild), or null when it is absent.
     */
    static NameModel readBundled() throws IOException {
        if (!Files.isRegularFile(WEIGHTS_FILE)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(WEIGHTS_FILE)) {
            return NameModel.readWeights(in);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = args.length > 1 ? Path.of(args[1]) : WEIGHTS_FILE;
        List<Sentence> dev = EvaluateDev.devSentences(data);
        TokenNameFinderModel model = StackedTags.trainWithout(StackedTags.newsfane(data), dev);
        // Written and read back: the model in memory lists every feature seen, with or without weights (TrainModel).
        Path bin = Path.of("target/ner-ar-newsfane.bin");
        Files.createDirectories(bin.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(bin)) {
            model.serialize(os);
        }
        NameModel trained;
        try (InputStream in = Files.newInputStream(bin)) {
            trained = NameModel.read(in);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            trained.writeWeights(os);
        }
        LOG.info(() -> "first-stage weights written to " + out);
    }
}
