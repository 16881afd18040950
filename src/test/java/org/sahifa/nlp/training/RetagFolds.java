package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * {@link CrossValidate}'s folds again with the rules of the current build and each fold's model kept on disk: the
 * first run trains and writes {@code DIR/model-N.bin}, later runs read them, so a change to the rules is scored on
 * the blind folds in a minute instead of five trainings. Same folds, same training, same scores as
 * {@code CrossValidate} (which stays the figure of record). A development tool, not part of the build:
 *
 * <pre>{@code mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.sahifa.nlp.training.RetagFolds -Dexec.args="DIR"}</pre>
 *
 * ({@code -Dsahifa.cv.run=0,1} for some folds, {@code -Dsahifa.cv.threads=2} two at a time) writes {@code DIR/fold-N.txt} (token, gold, predicted) and logs the pooled scores.
 */
public final class RetagFolds {
    private static final Logger LOG = Logger.getLogger(RetagFolds.class.getName());

    private RetagFolds() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        Files.createDirectories(dir);
        List<Sentence> train = ConllCorpus.split(ConllCorpus.read(data.resolve("ner/anercorp-train.conll")))
                .train();
        ExecutorService pool = Executors.newFixedThreadPool(CrossValidate.THREADS);
        List<Future<Map<String, ChunkScore.Counts>>> folds = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (String f : System.getProperty("sahifa.cv.run", "0,1,2,3,4").split(",")) {
            run.add(Integer.parseInt(f.trim()));
        }
        for (int f : run) {
            folds.add(pool.submit(() -> retag(train, f, dir)));
        }
        pool.shutdown();
        Map<String, ChunkScore.Counts> pooled = new TreeMap<>();
        for (int f = 0; f < folds.size(); f++) {
            int fold = run.get(f);
            try {
                folds.get(f).get().forEach((type, c) -> {
                    LOG.info(() -> "fold " + fold + " " + type + " " + c);
                    pooled.merge(type, c, ChunkScore.Counts::plus);
                });
            } catch (InterruptedException | ExecutionException e) {
                throw new IOException("fold " + fold + " failed", e);
            }
        }
        pooled.forEach((type, c) -> LOG.info(() -> "pooled " + type + " " + c));
    }

    /** Reads or trains fold {@code f}'s model, writes the fold tagged and returns its scores. */
    private static Map<String, ChunkScore.Counts> retag(List<Sentence> train, int f, Path dir) throws IOException {
        int[] bounds = CrossValidate.foldBounds(train.size(), CrossValidate.FOLDS, f);
        List<Sentence> heldOut = train.subList(bounds[0], bounds[1]);
        Path file = dir.resolve("model-" + f + ".bin");
        NameModel model;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                model = NameModel.read(in);
            }
        } else {
            List<Sentence> rest = new ArrayList<>(train.subList(0, bounds[0]));
            rest.addAll(train.subList(bounds[1], train.size()));
            TokenNameFinderModel trained = TrainModel.train(rest);
            try (OutputStream out = Files.newOutputStream(file)) {
                trained.serialize(out);
            }
            model = NameModel.of(trained);
        }
        EntityRecognizer recognizer = EntityRecognizer.with(model);
        EvaluateDev.writeTagged(recognizer, heldOut, dir.resolve("fold-" + f + ".txt"));
        return EvaluateDev.score(recognizer, heldOut);
    }
}
