package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;
import org.sahifa.nlp.training.ConllCorpus.Split;

/**
 * Trains the second-pass model that reads the bundled model's tags over the document ({@code DocumentEvidence}) and
 * writes its compact weights to {@code resources/nlp/ner-ar-stage2.weights.gz}. Run from the project folder, after
 * {@link TrainModel} (whose model is the first pass):
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.TrainTwoStage -Dsahifa.cv.threads=2}</pre>
 *
 * The training part of anercorp-train is cut in the {@link CrossValidate} folds; each fold is tagged by a model
 * trained like the bundled one on the other four (5 trainings, {@code -Dsahifa.cv.threads} at a time), so no training
 * sentence's first-pass tags come from a model that saw it; then the second pass trains on all of it. Deterministic,
 * as {@link TrainModel} is. Optional arguments: the shared data folder and the output file.
 */
public final class TrainTwoStage {
    private static final Logger LOG = Logger.getLogger(TrainTwoStage.class.getName());

    private TrainTwoStage() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/" + NameModel.SECOND_STAGE_RESOURCE.substring(1));
        Split aner = ConllCorpus.split(ConllCorpus.read(data.resolve("ner/anercorp-train.conll")));
        List<Sentence> train = aner.train();
        List<List<Sentence>> folds = new ArrayList<>();
        for (int f = 0; f < CrossValidate.FOLDS; f++) {
            int[] bounds = CrossValidate.foldBounds(train.size(), CrossValidate.FOLDS, f);
            folds.add(train.subList(bounds[0], bounds[1]));
        }
        TokenNameFinderModel second = TrainModel.train(train, StageTwoEvidence.lookup(folds, jackknifed(folds)));
        Path bin = Path.of("target/ner-ar-stage2.bin");
        Files.createDirectories(bin.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(bin)) {
            second.serialize(os);
        }
        // Read back, as TrainModel does: the model in memory also lists the features that got no weight.
        NameModel secondAlone;
        try (InputStream in = Files.newInputStream(bin)) {
            secondAlone = NameModel.read(in);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            secondAlone.writeWeights(os);
        }
        LOG.info(() -> "second-pass weights written to " + out);
        NameModel first;
        try (InputStream in = Files.newInputStream(Path.of("resources" + NameModel.WEIGHTS_RESOURCE))) {
            first = NameModel.readWeights(in);
        }
        NameModel two;
        try (InputStream in = Files.newInputStream(out)) {
            two = NameModel.readWeights(in, first);
        }
        EvaluateDev.scoreModelAlone(two, aner.dev())
                .forEach((type, c) -> LOG.info(() -> "dev (two passes, model only) " + type + " " + c));
        EvaluateDev.score(EntityRecognizer.with(two), aner.dev())
                .forEach((type, c) -> LOG.info(() -> "dev (two passes, tag-conll) " + type + " " + c));
    }

    /** The tags of each fold by a model trained on the others. */
    private static List<List<String[]>> jackknifed(List<List<Sentence>> folds) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(CrossValidate.THREADS);
        try {
            List<Future<List<String[]>>> running = new ArrayList<>();
            for (int f = 0; f < folds.size(); f++) {
                int held = f;
                running.add(pool.submit(() -> {
                    List<Sentence> rest = new ArrayList<>();
                    for (int g = 0; g < folds.size(); g++) {
                        if (g != held) {
                            rest.addAll(folds.get(g));
                        }
                    }
                    return NameModel.of(TrainModel.train(rest)).tagDocument(StageTwoEvidence.tokens(folds.get(held)));
                }));
            }
            List<List<String[]>> tags = new ArrayList<>();
            for (Future<List<String[]>> f : running) {
                tags.add(f.get());
            }
            return tags;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a first-pass training failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
