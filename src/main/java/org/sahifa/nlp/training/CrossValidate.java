package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * A blind estimate of the recogniser (model, rules and document step, as {@code tag-conll} runs them) by k-fold
 * cross-validation over the training part of anercorp-train: each fold, a contiguous stretch so an article stays in
 * one fold, is tagged by a model trained like the bundled one on the other folds. The rules were written from the
 * development split's errors, never from these folds. Each fold is also scored with the model alone (no rules, no
 * document step), so the rules' share shows on text they were not written from. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.CrossValidate}</pre>
 *
 * {@code -Dsahifa.cv.folds=5} sets k; {@code -Dsahifa.cv.run=0,1} runs only those folds (a quicker check);
 * {@code -Dsahifa.cv.out=DIR} writes each fold tagged (token, gold, predicted) to {@code DIR/fold-N.txt};
 * {@code -Dsahifa.cv.threads=2} trains two folds at a time (each training is single-threaded; the figures are the
 * same). 1.5 to 3 minutes per training on one core. {@code -Dsahifa.cv.stages=2} estimates the two-pass model
 * (first-pass tags over the document as features) beside the one-pass one, per fold and pooled, with nested folds
 * ({@link TwoStageCrossValidation}: 20 trainings for 5 folds). {@code -Dsahifa.train.news=all} adds the projected
 * news articles ({@link NewsGoldTokens}) to every fold's training (one-pass only).
 */
public final class CrossValidate {
    private static final Logger LOG = Logger.getLogger(CrossValidate.class.getName());
    static final int FOLDS = Integer.getInteger("sahifa.cv.folds", 5);
    /** Folds trained at once. */
    static final int THREADS = Integer.getInteger("sahifa.cv.threads", 1);
    /** 2: estimate the two-pass model beside the one-pass one ({@link TwoStageCrossValidation}). */
    static final int STAGES = Integer.getInteger("sahifa.cv.stages", 1);

    private CrossValidate() {}

    /** Fold {@code f} of {@code k} contiguous folds of {@code sentences}: [from, to). */
    static int[] foldBounds(int size, int k, int f) {
        return new int[] {(int) ((long) size * f / k), (int) ((long) size * (f + 1) / k)};
    }

    /** The scores of one fold: recogniser, and model alone. */
    record FoldScores(Map<String, ChunkScore.Counts> full, Map<String, ChunkScore.Counts> modelOnly) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<Sentence> train = ConllCorpus.split(ConllCorpus.read(data.resolve("ner/anercorp-train.conll")))
                .train();
        List<Sentence> news = NewsGoldTokens.fromProperties();
        if (STAGES == 2) {
            List<List<Sentence>> folds = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                int[] bounds = foldBounds(train.size(), FOLDS, f);
                folds.add(train.subList(bounds[0], bounds[1]));
            }
            TwoStageCrossValidation.run(folds, foldsToRun(), THREADS);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Map<Integer, Future<FoldScores>> running = new LinkedHashMap<>();
        for (int f : foldsToRun()) {
            running.put(f, pool.submit(() -> runFold(train, news, f)));
        }
        Map<String, ChunkScore.Counts> pooled = new TreeMap<>();
        Map<String, ChunkScore.Counts> pooledModelOnly = new TreeMap<>();
        try {
            for (Map.Entry<Integer, Future<FoldScores>> e : running.entrySet()) {
                int f = e.getKey();
                FoldScores scores = e.getValue().get();
                scores.modelOnly().forEach((type, c) -> {
                    LOG.info(() -> "fold " + f + " model only " + type + " " + c);
                    pooledModelOnly.merge(type, c, ChunkScore.Counts::plus);
                });
                scores.full().forEach((type, c) -> {
                    LOG.info(() -> "fold " + f + " " + type + " " + c);
                    pooled.merge(type, c, ChunkScore.Counts::plus);
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a fold failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        pooledModelOnly.forEach((type, c) -> LOG.info(() -> "pooled, model only " + type + " " + c));
        pooled.forEach((type, c) -> LOG.info(() -> "pooled " + type + " " + c));
    }

    /** Trains on every fold of {@code train} but {@code f}, plus {@code news}, and scores fold {@code f}. */
    private static FoldScores runFold(List<Sentence> train, List<Sentence> news, int f) {
        try {
            int[] bounds = foldBounds(train.size(), FOLDS, f);
            List<Sentence> heldOut = train.subList(bounds[0], bounds[1]);
            List<Sentence> rest = new ArrayList<>(train.subList(0, bounds[0]));
            rest.addAll(train.subList(bounds[1], train.size()));
            rest.addAll(news);
            NameModel model = NameModel.of(TrainModel.train(rest));
            Map<String, ChunkScore.Counts> modelOnly = EvaluateDev.scoreModelAlone(model, heldOut);
            EntityRecognizer recognizer = EntityRecognizer.with(model);
            String out = System.getProperty("sahifa.cv.out");
            if (out != null) {
                EvaluateDev.writeTagged(recognizer, heldOut, Path.of(out, "fold-" + f + ".txt"));
            }
            return new FoldScores(EvaluateDev.score(recognizer, heldOut), modelOnly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> foldsToRun() {
        String run = System.getProperty("sahifa.cv.run", "");
        List<Integer> folds = new ArrayList<>();
        if (run.isBlank()) {
            for (int f = 0; f < FOLDS; f++) {
                folds.add(f);
            }
        } else {
            for (String part : run.split(",")) {
                folds.add(Integer.parseInt(part.trim()));
            }
        }
        return folds;
    }
}
