package org.sahifa.analysis.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Quote;
import org.sahifa.quote.MaxentFiles;

/**
 * A trained judge of the entities the article's list holds: keep or drop (docs/entity-filter.md). OpenNLP's maximum
 * entropy trainer (GIS) over {@link EntityFeatures}, learnt from the annotated news articles, like the quote step's span
 * classifier. It can only drop an entity, never add or change one. Each type has its own threshold on the probability
 * of keeping (a threshold of 0 keeps every entity of that type), and may have its own model. Deterministic and
 * thread-safe.
 */
public final class EntityFilter {
    /** The bundled model, trained by {@code eval/news/train-entity-filter.sh} on the annotated news articles. */
    public static final String RESOURCE = "/nlp/entity-filter.bin";
    /** The bundled organisations' model (L-BFGS, L2 {@link #ORGANISATION_L2}), trained by the same command. */
    public static final String ORGANISATION_RESOURCE = "/nlp/entity-filter-organisations.bin";
    /** The L2 penalty of the organisations' model. */
    public static final double ORGANISATION_L2 = 5;

    static final String KEEP = "keep";
    static final String DROP = "drop";
    /** GIS iterations, as for the span classifier. */
    public static final int ITERATIONS = 100;

    /** The model that judges each type (the same one for every type unless {@link #withModelFor} changed one). */
    private final Map<EntityType, MaxentModel> models;

    private final Map<EntityType, Double> thresholds;

    private EntityFilter(MaxentModel model, Map<EntityType, Double> thresholds) {
        this(sameFor(model), thresholds);
    }

    private EntityFilter(Map<EntityType, MaxentModel> models, Map<EntityType, Double> thresholds) {
        this.models = new EnumMap<>(models);
        this.thresholds = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            this.thresholds.put(t, thresholds.getOrDefault(t, 0.0));
        }
    }

    private static Map<EntityType, MaxentModel> sameFor(MaxentModel model) {
        Map<EntityType, MaxentModel> all = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            all.put(t, model);
        }
        return all;
    }

    /** Trains on the entities' features and labels (true: keep); features seen fewer than {@code cutoff} times are dropped. */
    public static EntityFilter train(List<List<String>> features, List<Boolean> labels, int cutoff) {
        List<Event> events = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            events.add(new Event(labels.get(i) ? KEEP : DROP, features.get(i).toArray(new String[0])));
        }
        return new EntityFilter(MaxentFiles.train(events, ITERATIONS, cutoff), Map.of());
    }

    /**
     * Trains with L-BFGS and an L2 penalty of {@code l2Cost} on the weights (OpenNLP's MAXENT_QN, one thread) instead of
     * GIS: a penalty keeps rare features from deciding alone.
     */
    public static EntityFilter trainRegularised(List<List<String>> features, List<Boolean> labels, double l2Cost) {
        List<Event> events = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            events.add(new Event(labels.get(i) ? KEEP : DROP, features.get(i).toArray(new String[0])));
        }
        return new EntityFilter(Regularised.train(events, ITERATIONS, l2Cost), Map.of());
    }

    /** The same models with other thresholds (a type not given keeps everything). */
    public EntityFilter with(Map<EntityType, Double> newThresholds) {
        return new EntityFilter(models, newThresholds);
    }

    /** This filter with {@code other}'s model judging the entities of {@code type}; the thresholds stay. */
    public EntityFilter withModelFor(EntityType type, EntityFilter other) {
        Map<EntityType, MaxentModel> changed = new EnumMap<>(models);
        changed.put(type, other.models.get(type));
        return new EntityFilter(changed, thresholds);
    }

    public double threshold(EntityType type) {
        return thresholds.get(type);
    }

    /** The probability that an entity of {@code type} with these features is one the reader should see. */
    public double probability(EntityType type, List<String> features) {
        MaxentModel model = models.get(type);
        return model.eval(features.toArray(new String[0]))[model.getIndex(KEEP)];
    }

    /** The article's entities without those the model judges unlikely, in the same order. */
    public List<Entity> filter(List<Block> blocks, List<Entity> entities, List<Quote> quotes) {
        List<Entity> kept = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            double t = thresholds.get(e.type());
            if (t <= 0 || probability(e.type(), EntityFeatures.of(e, entities, blocks, quotes)) >= t) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Writes the model that judges {@code type}. */
    public void write(EntityType type, Path file) throws IOException {
        MaxentFiles.write(models.get(type), file);
    }

    public static EntityFilter read(InputStream in, Map<EntityType, Double> thresholds) throws IOException {
        return new EntityFilter(MaxentFiles.read(in), thresholds);
    }

    /**
     * The thresholds the app uses, per type, on the probability of keeping: chosen by leaving each annotated split
     * out (docs/entity-filter.md).
     */
    public static final Map<EntityType, Double> BUNDLED_THRESHOLDS =
            Map.of(EntityType.PERSON, 0.2, EntityType.LOCATION, 0.2, EntityType.ORGANIZATION, 0.4);

    /**
     * The bundled models at {@link #BUNDLED_THRESHOLDS}: what the app uses. People and places are judged by the GIS model
     * ({@link #RESOURCE}), organisations by the L2-penalised one ({@link #ORGANISATION_RESOURCE}), which alone raised
     * their F1 by leaving splits out.
     */
    public static EntityFilter bundledFilter() {
        EntityFilter organisations = readResource(ORGANISATION_RESOURCE, Map.of());
        return readResource(RESOURCE, BUNDLED_THRESHOLDS).withModelFor(EntityType.ORGANIZATION, organisations);
    }

    /** The bundled GIS model for every type, with {@code thresholds}; throws when it is missing from the class path. */
    public static EntityFilter bundled(Map<EntityType, Double> thresholds) {
        return readResource(RESOURCE, thresholds);
    }

    private static EntityFilter readResource(String resource, Map<EntityType, Double> thresholds) {
        try (InputStream in = EntityFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("entity filter missing: " + resource);
            }
            return read(in, thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
