package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * The blind estimate of a two-pass model ({@code CrossValidate -Dsahifa.cv.stages=2}), beside the one-pass model it
 * starts from, with nested folds that need no more than 20 trainings for 5 folds.
 *
 * <p>For the outer fold {@code i}, the first pass is the model trained on the other four folds (what
 * {@link CrossValidate} trains anyway); it tags fold {@code i} at test time. The second pass trains on the other four
 * folds with first-pass tags that must not come from a model that saw them: the tags of fold {@code j} come from the
 * model trained on the three folds other than {@code i} and {@code j}. Each of those C(5, 3) = 10 three-fold models
 * serves two pairs, ({@code i}, {@code j}) and ({@code j}, {@code i}): 5 + 10 first-pass trainings, then 5
 * second-pass trainings. A first-pass model is kept only as the tags it gives its held-out folds, except the four-fold
 * ones, which the second pass decodes after.
 */
final class TwoStageCrossValidation {
    private static final Logger LOG = Logger.getLogger(TwoStageCrossValidation.class.getName());

    /** What a first-pass model gives: its tags of each fold it did not see, and itself when it is a test-time pass. */
    private record FirstPass(Map<Integer, List<String[]>> tags, NameModel model) {}

    /** Stage 1 and stage 2 scores of one fold, each with rules and document step, and model alone. */
    private record Scores(CrossValidate.FoldScores stage1, CrossValidate.FoldScores stage2) {}

    private final List<List<Sentence>> folds;
    private final ExecutorService pool;
    /** First-pass trainings by the folds they leave out. */
    private final Map<Set<Integer>, Future<FirstPass>> firstPasses = new LinkedHashMap<>();

    private TwoStageCrossValidation(List<List<Sentence>> folds, ExecutorService pool) {
        this.folds = folds;
        this.pool = pool;
    }

    /** Runs the outer folds {@code run} of {@code folds} and logs stage 1 and 2 per fold and pooled. */
    static void run(List<List<Sentence>> folds, List<Integer> run, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            new TwoStageCrossValidation(folds, pool).runFolds(run);
        } finally {
            pool.shutdown();
        }
    }

    private void runFolds(List<Integer> run) throws IOException {
        for (int i : run) {
            firstPass(Set.of(i));
            for (int j = 0; j < folds.size(); j++) {
                if (j != i) {
                    firstPass(Set.of(i, j));
                }
            }
        }
        Map<Integer, Future<Scores>> second = new LinkedHashMap<>();
        for (int i : run) {
            second.put(i, pool.submit(() -> secondPass(i)));
        }
        Map<String, Map<String, ChunkScore.Counts>> pooled = new TreeMap<>();
        try {
            for (Map.Entry<Integer, Future<Scores>> e : second.entrySet()) {
                Scores s = e.getValue().get();
                int i = e.getKey();
                log("fold " + i, "stage 1", s.stage1().full(), pooled);
                log("fold " + i, "stage 1, model alone", s.stage1().modelOnly(), pooled);
                log("fold " + i, "stage 2", s.stage2().full(), pooled);
                log("fold " + i, "stage 2, model alone", s.stage2().modelOnly(), pooled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a fold failed", e.getCause());
        }
        pooled.forEach(
                (what, counts) -> counts.forEach((type, c) -> LOG.info(() -> "pooled " + what + " " + type + " " + c)));
        LOG.info(
                () -> "pooled overall F1, stage 1 / stage 2: " + f1(pooled, "stage 1") + " / " + f1(pooled, "stage 2"));
    }

    private static String f1(Map<String, Map<String, ChunkScore.Counts>> pooled, String what) {
        ChunkScore.Counts c = pooled.get(what).get("overall");
        return String.format(Locale.ROOT, "%.2f", c.f1());
    }

    private static void log(
            String fold,
            String what,
            Map<String, ChunkScore.Counts> counts,
            Map<String, Map<String, ChunkScore.Counts>> pooled) {
        counts.forEach((type, c) -> {
            LOG.info(() -> fold + " " + what + " " + type + " " + c);
            pooled.computeIfAbsent(what, k -> new TreeMap<>()).merge(type, c, ChunkScore.Counts::plus);
        });
    }

    /** Submits (once) the first-pass training that leaves out {@code heldOut}; run before any second pass. */
    private void firstPass(Set<Integer> heldOut) {
        firstPasses.computeIfAbsent(heldOut, h -> pool.submit(() -> trainFirstPass(h)));
    }

    private FirstPass trainFirstPass(Set<Integer> heldOut) throws IOException {
        long start = System.nanoTime();
        List<Sentence> rest = new ArrayList<>();
        for (int g = 0; g < folds.size(); g++) {
            if (!heldOut.contains(g)) {
                rest.addAll(folds.get(g));
            }
        }
        NameModel model = NameModel.of(TrainModel.train(rest));
        Map<Integer, List<String[]>> tags = new TreeMap<>();
        for (int g : new TreeSet<>(heldOut)) {
            tags.put(g, model.tagDocument(StageTwoEvidence.tokens(folds.get(g))));
        }
        LOG.info(() -> "first pass without folds " + new TreeSet<>(heldOut) + ": "
                + (System.nanoTime() - start) / 1_000_000_000 + " s");
        return new FirstPass(tags, heldOut.size() == 1 ? model : null);
    }

    /** Trains the second pass of outer fold {@code i} and scores both passes on it. */
    private Scores secondPass(int i) throws Exception {
        List<List<Sentence>> parts = new ArrayList<>();
        List<List<String[]>> tags = new ArrayList<>();
        List<Sentence> rest = new ArrayList<>();
        for (int j = 0; j < folds.size(); j++) {
            if (j != i) {
                parts.add(folds.get(j));
                tags.add(firstPasses.get(Set.of(i, j)).get().tags().get(j));
                rest.addAll(folds.get(j));
            }
        }
        NameModel first = firstPasses.get(Set.of(i)).get().model();
        long start = System.nanoTime();
        NameModel two = NameModel.twoStage(first, TrainModel.train(rest, StageTwoEvidence.lookup(parts, tags)));
        LOG.info(() -> "second pass of fold " + i + ": " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        List<Sentence> heldOut = folds.get(i);
        return new Scores(scores(first, heldOut, i, "stage1"), scores(two, heldOut, i, "stage2"));
    }

    private static CrossValidate.FoldScores scores(NameModel model, List<Sentence> heldOut, int i, String name) {
        EntityRecognizer recognizer = EntityRecognizer.with(model);
        String out = System.getProperty("sahifa.cv.out");
        if (out != null) {
            try {
                EvaluateDev.writeTagged(recognizer, heldOut, Path.of(out, "fold-" + i + "-" + name + ".txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CrossValidate.FoldScores(
                EvaluateDev.score(recognizer, heldOut), EvaluateDev.scoreModelAlone(model, heldOut));
    }
}
