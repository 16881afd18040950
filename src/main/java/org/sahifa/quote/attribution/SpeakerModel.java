package org.sahifa.quote.attribution;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A binary "is the speaker" classifier over {@link Candidate} features: OpenNLP's maximum-entropy trainer (GIS), the
 * same library the entity recogniser's tooling uses. Deterministic: the same events in the same order give the same
 * model file.
 */
public final class SpeakerModel {
    /** The bundled model, trained by {@code eval/news/train-speaker-model.sh} on our annotated news articles. */
    public static final String RESOURCE = "/quote/speaker-model.bin";

    static final String YES = "speaker";
    static final String NO = "other";
    /** GIS iterations: the trainer's default; the training accuracy stops moving after about 60. */
    public static final int ITERATIONS = 100;

    private final MaxentModel model;
    private final int yes;

    private SpeakerModel(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
    }

    /**
     * Trains on candidates and their labels (true for the candidate that is the gold speaker); features seen fewer
     * than {@code cutoff} times are dropped.
     */
    public static SpeakerModel train(List<Candidate> candidates, List<Boolean> labels, int cutoff) {
        List<Event> events = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            List<String> features = candidates.get(i).features();
            events.add(new Event(labels.get(i) ? YES : NO, features.toArray(new String[0])));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new SpeakerModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that {@code c} is the speaker. */
    public double score(Candidate c) {
        return model.eval(c.features().toArray(new String[0]))[yes];
    }

    public void write(Path file) throws IOException {
        new GenericModelWriter((AbstractModel) model, file.toFile()).persist();
    }

    public static SpeakerModel read(InputStream in) throws IOException {
        return new SpeakerModel(
                new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel());
    }

    /** The bundled model; throws when it is missing from the class path. */
    public static SpeakerModel bundled() {
        try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("speaker model missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
