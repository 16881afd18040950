package org.sahifa.quote;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Training, writing and reading the small OpenNLP maxent models of the quote step (the span classifier and the
 * speaker model): one thread and no progress messages, so that a training gives the same file byte for byte.
 */
public final class MaxentFiles {
    private MaxentFiles() {}

    /** A maxent model of {@code events}; features seen fewer than {@code cutoff} times are dropped. */
    public static MaxentModel train(List<Event> events, int iterations, int cutoff) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return train(events, params);
    }

    /**
     * A model of {@code events} trained as {@code params} say, on one thread and without progress messages, so that
     * the same events give the same model byte for byte.
     */
    public static MaxentModel train(List<Event> events, TrainingParameters params) {
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(MaxentModel model, Path file) throws IOException {
        new GenericModelWriter((AbstractModel) model, file.toFile()).persist();
    }

    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel();
    }
}
