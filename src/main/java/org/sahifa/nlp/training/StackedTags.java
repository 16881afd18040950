package org.sahifa.nlp.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Logger;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * Stacking NewsFANE Gold under the ANERcorp model. NewsFANE is mostly ANERcorp's own text annotated again with other
 * conventions (of its 4,120 sentences only 661 share no 8-gram with anercorp-train), so a first stage trained on all
 * of it has seen nearly every training sentence and would tag them far better than new text: the main model would
 * learn to trust its tags too much. So each training sentence gets the tags of a first stage that never saw it: the
 * training sentences are cut into parts (the folds of {@link CrossValidate}), and part {@code g} is tagged by a model
 * trained on NewsFANE without the sentences that overlap part {@code g} ({@link ConllCorpus#withoutOverlap}).
 *
 * <p>In {@link CrossValidate}, fold {@code f} is tagged at test time by the model trained without it; the model for part
 * {@code g} has seen NewsFANE's annotation of fold {@code f}'s text, but only its tags of part {@code g} reach the main
 * model, as features, never fold {@code f}'s words or labels.
 */
final class StackedTags {
    private static final Logger LOG = Logger.getLogger(StackedTags.class.getName());
    /**
     * Perceptron iterations of each first-stage model (the main model has {@link TrainModel#ITERATIONS}): fewer, as
     * each stacked training needs five of them besides the main one.
     */
    static final int ITERATIONS = Integer.getInteger("sahifa.firststage.iterations", 30);
    /** Trainings run at once (each is single-threaded). */
    static final int THREADS = Integer.getInteger("sahifa.train.threads", 1);

    private StackedTags() {}

    /** Whether the main model is trained with a first stage ({@value TrainFirstStage#STACKED_PROPERTY}). */
    static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(TrainFirstStage.STACKED_PROPERTY, "true"));
    }

    /** NewsFANE Gold's sentences from the shared data folder, proclitics re-attached. */
    static List<Sentence> newsfane(Path sharedData) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : ConllCorpus.read(sharedData.resolve("ner/newsfane-gold.conll"))) {
            out.add(ConllCorpus.attachProclitics(s));
        }
        return out;
    }

    /** A first stage trained on {@code newsfane} without the sentences that overlap {@code heldOut}. */
    static NameModel firstStageWithout(List<Sentence> newsfane, List<Sentence> heldOut) throws IOException {
        return NameModel.of(trainWithout(newsfane, heldOut));
    }

    /** The OpenNLP model of {@link #firstStageWithout}. */
    static TokenNameFinderModel trainWithout(List<Sentence> newsfane, List<Sentence> heldOut) throws IOException {
        List<Sentence> kept = ConllCorpus.withoutOverlap(newsfane, heldOut);
        LOG.info(() -> "first stage: " + kept.size() + " of " + newsfane.size() + " newsfane sentences");
        return TrainModel.train(kept, null, ITERATIONS);
    }

    /** For each part, a first stage that never saw it ({@link #THREADS} trainings at a time). */
    static List<NameModel> firstStagesWithout(List<Sentence> newsfane, List<List<Sentence>> parts) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<NameModel>> futures = new ArrayList<>();
            for (List<Sentence> part : parts) {
                futures.add(pool.submit(() -> firstStageWithout(newsfane, part)));
            }
            List<NameModel> models = new ArrayList<>();
            for (Future<NameModel> f : futures) {
                models.add(f.get());
            }
            return models;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a first-stage training failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The tags of each sentence of {@code parts} by the model of its part ({@code models}, parallel to the parts), as
     * the function the training factory asks for each sentence (a sentence outside the parts is an error).
     */
    static Function<String[], String[]> lookup(List<List<Sentence>> parts, List<NameModel> models) {
        Map<List<String>, String[]> tags = new HashMap<>();
        for (int g = 0; g < parts.size(); g++) {
            for (Sentence s : parts.get(g)) {
                tags.putIfAbsent(s.tokens(), models.get(g).tags(s.tokens().toArray(String[]::new)));
            }
        }
        return tokens -> {
            String[] t = tags.get(Arrays.asList(tokens));
            if (t == null) {
                throw new IllegalStateException("no first-stage tags for a sentence of " + tokens.length + " tokens");
            }
            return t;
        };
    }
}
