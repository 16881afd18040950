package org.sahifa.analysis.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.quote.MaxentFiles;

/**
 * Completes the names of people the list holds cut short (docs/entity-filter.md, "Round 12"): «هاجر» written as «هاجر التاروتي»
 * becomes «هاجر التاروتي». Each {@link NameExtension} of a listed entity is judged by a maximum entropy model (GIS,
 * like {@link EntityFilter}) learnt from the annotated news articles; the likeliest extension at or above the
 * threshold is taken. The entity keeps its place in the list; another entity of the same type already listed under
 * the completed name is merged into it. Deterministic and thread-safe.
 */
public final class NameMender {
    /**
     * The threshold a trained mender starts with; {@code eval/news/train-name-mender.sh} chooses one by leaving each
     * annotated split out. No model is bundled: none gained (docs/entity-filter.md, "Round 12").
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    static final String EXTEND = "extend";
    static final String KEEP = "keep";
    /** GIS iterations, as for the entity filter. */
    public static final int ITERATIONS = 100;

    /** Null for the written rule ({@link #familyNameRule}). */
    private final MaxentModel model;

    private final double threshold;

    private NameMender(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /**
     * The written rule the model was measured against (docs/entity-filter.md, "Round 12"): a person takes the one word
     * written after it when the word evidence knows that word as a family name and a function word, a speech verb, a
     * mark or the paragraph's end follows it.
     */
    public static NameMender familyNameRule() {
        return new NameMender(null, 0.5);
    }

    private static double rule(List<String> features) {
        boolean family = features.contains("Pa1:x0.familyName");
        boolean ends = features.contains("Pa1:next=function")
                || features.contains("Pa1:next=speech")
                || features.contains("Pa1:next=punct")
                || features.contains("Pa1:next=none");
        return family && ends ? 1 : 0;
    }

    /** Trains on extensions' features and labels (true: the completed name is right); {@code cutoff} as in OpenNLP. */
    public static NameMender train(List<List<String>> features, List<Boolean> labels, int cutoff) {
        return new NameMender(MaxentFiles.train(events(features, labels), ITERATIONS, cutoff), DEFAULT_THRESHOLD);
    }

    /** Trains with L-BFGS and an L2 penalty of {@code l2Cost} instead of GIS. */
    public static NameMender trainRegularised(List<List<String>> features, List<Boolean> labels, double l2Cost) {
        return new NameMender(Regularised.train(events(features, labels), ITERATIONS, l2Cost), DEFAULT_THRESHOLD);
    }

    private static List<Event> events(List<List<String>> features, List<Boolean> labels) {
        List<Event> events = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            events.add(new Event(labels.get(i) ? EXTEND : KEEP, features.get(i).toArray(new String[0])));
        }
        return events;
    }

    /** The same model at another threshold; 1 or more never completes a name. */
    public NameMender withThreshold(double t) {
        return new NameMender(model, t);
    }

    public double threshold() {
        return threshold;
    }

    /** The model's probability that the extension with these features completes the name. */
    public double probability(List<String> features) {
        if (model == null) {
            return rule(features);
        }
        return model.eval(features.toArray(new String[0]))[model.getIndex(EXTEND)];
    }

    /** The extension the model takes for {@code entity}, or null: the likeliest at or above the threshold. */
    public NameExtension best(Entity entity, List<Entity> all, List<Block> blocks) {
        NameExtension best = null;
        double top = threshold;
        for (NameExtension x : NameExtension.of(entity, blocks)) {
            double p = probability(x.features(all));
            if (p >= top && (best == null || p > top)) {
                best = x;
                top = p;
            }
        }
        return best;
    }

    /** The list with every person's name the model completes completed, in the same order (merged entities take the first place). */
    public List<Entity> mend(List<Block> blocks, List<Entity> entities) {
        List<Entity> result = new ArrayList<>(entities);
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).type() != EntityType.PERSON) {
                continue;
            }
            NameExtension x = best(entities.get(i), entities, blocks);
            if (x != null) {
                result.set(i, x.applied());
            }
        }
        return merged(result);
    }

    /** Entities of the same type and the same normalised name joined into the first, with every mention once. */
    public static List<Entity> merged(List<Entity> entities) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            int same = -1;
            for (int j = 0; j < out.size() && same < 0; j++) {
                Entity o = out.get(j);
                if (o.type() == e.type() && ArabicWords.normalize(o.name()).equals(ArabicWords.normalize(e.name()))) {
                    same = j;
                }
            }
            if (same < 0) {
                out.add(e);
                continue;
            }
            Entity o = out.get(same);
            List<Mention> mentions = new ArrayList<>(o.mentions());
            for (Mention m : e.mentions()) {
                boolean covered = mentions.stream()
                        .anyMatch(k -> k.block() == m.block() && k.start() < m.end() && m.start() < k.end());
                if (!covered) {
                    mentions.add(m);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start));
            out.set(same, new Entity(o.type(), o.name(), mentions));
        }
        return out;
    }

    public void write(Path file) throws IOException {
        MaxentFiles.write(model, file);
    }

    public static NameMender read(InputStream in, double threshold) throws IOException {
        return new NameMender(MaxentFiles.read(in), threshold);
    }
}
