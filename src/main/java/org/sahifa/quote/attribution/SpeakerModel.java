package org.sahifa.quote.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.sahifa.quote.MaxentFiles;

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
        return new SpeakerModel(MaxentFiles.train(events, ITERATIONS, cutoff));
    }

    /** The probability that {@code c} is the speaker. */
    public double score(Candidate c) {
        return model.eval(c.features().toArray(new String[0]))[yes];
    }

    public void write(Path file) throws IOException {
        MaxentFiles.write(model, file);
    }

    public static SpeakerModel read(InputStream in) throws IOException {
        return new SpeakerModel(MaxentFiles.read(in));
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
