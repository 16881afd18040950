package org.sahifa.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahifa.analysis.Analyzer;
import org.sahifa.analysis.entities.EntityFeatures;
import org.sahifa.analysis.entities.NameExtension;
import org.sahifa.analysis.entities.NameMender;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.SpanClassifier;

/**
 * Trains and scores the name mender (docs/entity-filter.md, "Round 12") on the materialised news evaluation set: every
 * extension of every entity the app lists (no filter, no mender) on the 124 development articles, labelled true when
 * the completed name matches a gold entity of its type as {@code score-analysis.py} matches and the short name matches
 * none, false when the completed name matches none (a right name made wrong, or a wrong one still wrong). Each split is mended by a model and a threshold learnt on the other ten (the threshold by an inner
 * leave-split-out), then people, places and organisations are scored before and after, without the entity filter and
 * with a filter trained by leaving the same split out ({@link EntityFilterEval#leaveSplitOut}). Then the final model on
 * all eleven. blind11 … blind18 are never read.
 *
 * <p>Arguments: the materialised folder and, optionally, where to write the final model. {@code -DshowMends=true}
 * prints every leave-split-out completion (development data, read).
 */
public final class NameMenderEval {
    static final int CUTOFF = Integer.getInteger("cutoff", 1);
    /**
     * The types whose extensions are labelled and learnt ({@code -Dtypes=P,L,O}: people, places, organisations); the
     * app's mender completes people only.
     */
    static final String TYPES = System.getProperty("types", "P");
    /** The thresholds the nested choice tries on the probability of completing; above 1 never completes. */
    static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 2};
    /** The trainers compared ({@code -Dvariants=gis,l2=1}): GIS, or L-BFGS with that L2 penalty. */
    static final List<String> VARIANTS =
            List.of(System.getProperty("variants", "gis").split(","));
    /** The trainer of the written model. */
    static final String FINAL = System.getProperty("final", "gis");

    /** One extension: its features and label (null: both names match a gold entity, or the completed an optional). */
    record Candidate(NameExtension extension, List<String> features, Boolean label) {}

    /** One annotated article as analysed, with each listed entity's extensions. */
    record Article(String split, String file, Analysis analysis, JsonNode gold, List<List<Candidate>> candidates) {}

    private NameMenderEval() {}

    public static void main(String[] args) throws IOException, LoadException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/news-eval");
        List<Article> articles = read(dir);
        counts(articles);
        for (String variant : VARIANTS) {
            double l2 = variant.startsWith("l2=") ? Double.parseDouble(variant.substring(3)) : 0;
            System.out.println("=== variant " + variant);
            leaveSplitOut(articles, l2, variant.equals("rule"));
        }
        double l2 = FINAL.startsWith("l2=") ? Double.parseDouble(FINAL.substring(3)) : 0;
        double t = chooseThreshold(articles, l2);
        System.out.println(
                "final model (" + FINAL + "): trained on all " + articles.size() + " articles; threshold " + t);
        if (args.length > 1) {
            train(articles, l2).write(Path.of(args[1]));
            System.out.println("written to " + args[1]);
        }
    }

    /** Each split mended by a model and threshold learnt on the other ten; scored without and with the entity filter. */
    static void leaveSplitOut(List<Article> articles, double l2, boolean rule) {
        List<EntityFilterEval.Doc> today = new ArrayList<>();
        List<EntityFilterEval.Doc> mended = new ArrayList<>();
        StringBuilder chosen = new StringBuilder();
        for (HeldOut<Article> part : HeldOut.bySplit(articles, EntityFilterEval.SPLITS, Article::split)) {
            double t = rule ? 0.5 : chooseThreshold(part.train(), l2);
            chosen.append(' ').append(part.name()).append('=').append(t);
            NameMender model = rule ? null : train(part.train(), l2).withThreshold(t);
            for (Article a : part.test()) {
                today.add(EntityFilterEval.doc(a.split(), a.file(), a.analysis(), a.gold()));
                Analysis m = mend(a, model, Boolean.getBoolean("showMends"));
                mended.add(EntityFilterEval.doc(a.split(), a.file(), m, a.gold()));
            }
        }
        System.out.println("thresholds chosen inside each training set:" + chosen);
        System.out.println("leave-split-out, pooled, without the entity filter:");
        for (EntityType type : EntityType.values()) {
            System.out.printf("  %-12s today  %s%n", type, EntityFilterEval.score(today, type, i -> true));
            System.out.printf("  %-12s mended %s%n", type, EntityFilterEval.score(mended, type, i -> true));
        }
        if (!Boolean.getBoolean("noFilter")) {
            System.out.println("== with the entity filter, today's list:");
            EntityFilterEval.leaveSplitOut(today);
            System.out.println("== with the entity filter, the mended list:");
            EntityFilterEval.leaveSplitOut(mended);
        }
    }

    static List<Article> read(Path dir) throws IOException, LoadException {
        Analyzer analyzer = new Analyzer(EntityRecognizer.load(), new QuoteFinder(SpanClassifier.bundledFilter()));
        List<Article> out = new ArrayList<>();
        for (GoldFiles f : GoldFiles.read(dir, EntityFilterEval.SPLITS)) {
            Analysis a = analyzer.analyze(Analyzer.extractSource(f.path().toString()));
            out.add(new Article(f.split(), f.file(), a, f.gold(), candidates(a, f.gold())));
        }
        return out;
    }

    static List<List<Candidate>> candidates(Analysis a, JsonNode gold) {
        Map<EntityType, List<List<String>>> golds = EntityFilterEval.golds(gold);
        List<String> optional = new ArrayList<>();
        gold.get("optional").forEach(o -> optional.add(o.asText()));
        List<List<Candidate>> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (!TYPES.contains(EntityFeatures.shortType(e.type()))) {
                out.add(List.of());
                continue;
            }
            List<String> shortForms = new ArrayList<>();
            shortForms.add(e.name());
            e.mentions().stream().map(Mention::text).forEach(shortForms::add);
            boolean shortMatches = EntityFilterEval.firstMatch(shortForms, golds.get(e.type())) >= 0;
            List<Candidate> cs = new ArrayList<>();
            for (NameExtension x : NameExtension.of(e, a.article().blocks())) {
                List<String> forms = new ArrayList<>();
                forms.add(x.name());
                x.grown().stream().map(Mention::text).forEach(forms::add);
                boolean hit = EntityFilterEval.firstMatch(forms, golds.get(e.type())) >= 0;
                // right: only the completed name matches; left out: both match, or the completed an optional entity
                Boolean label = hit
                        ? (shortMatches ? null : true)
                        : EntityFilterEval.matchesAny(forms, optional) ? null : false;
                cs.add(new Candidate(x, x.features(a.entities()), label));
            }
            out.add(cs);
        }
        return out;
    }

    static void counts(List<Article> articles) {
        for (EntityType t : EntityType.values()) {
            int pos = 0, neg = 0, skipped = 0;
            for (Article a : articles) {
                for (int i = 0; i < a.candidates().size(); i++) {
                    if (a.analysis().entities().get(i).type() != t) {
                        continue;
                    }
                    for (Candidate c : a.candidates().get(i)) {
                        pos += Boolean.TRUE.equals(c.label()) ? 1 : 0;
                        neg += Boolean.FALSE.equals(c.label()) ? 1 : 0;
                        skipped += c.label() == null ? 1 : 0;
                    }
                }
            }
            System.out.printf("%-12s extensions: complete %d, wrong %d, left out %d%n", t, pos, neg, skipped);
        }
    }

    static NameMender train(List<Article> articles, double l2) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Article a : articles) {
            for (List<Candidate> cs : a.candidates()) {
                for (Candidate c : cs) {
                    if (c.label() != null) {
                        features.add(c.features());
                        labels.add(c.label());
                    }
                }
            }
        }
        return l2 > 0 ? NameMender.trainRegularised(features, labels, l2) : NameMender.train(features, labels, CUTOFF);
    }

    /** The article's list with the completions {@code model} takes, as the app's {@link NameMender#mend} makes them. */
    static Analysis mend(Article a, NameMender model, boolean show) {
        List<Entity> entities = new ArrayList<>(a.analysis().entities());
        for (int i = 0; i < entities.size(); i++) {
            Candidate best = null;
            double top = model == null ? 0.5 : model.threshold();
            for (Candidate c : a.candidates().get(i)) {
                double p = model == null
                        ? rule(c.features())
                        : (model == null ? rule(c.features()) : model.probability(c.features()));
                if (p >= top && (best == null || p > top)) {
                    best = c;
                    top = p;
                }
            }
            if (show && best == null) {
                for (Candidate c : a.candidates().get(i)) {
                    if (Boolean.TRUE.equals(c.label())) {
                        System.out.printf(
                                "    missed %s %s p=%.2f «%s» -> «%s»%n",
                                a.split(),
                                entities.get(i).type().name().substring(0, 3),
                                (model == null ? rule(c.features()) : model.probability(c.features())),
                                entities.get(i).name(),
                                c.extension().name());
                    }
                }
            }
            if (best != null) {
                entities.set(i, best.extension().applied());
                if (show) {
                    System.out.printf(
                            "    mend %s %s %s p=%.2f «%s» -> «%s»%n",
                            a.split(),
                            entities.get(i).type().name().substring(0, 3),
                            best.label() == null ? "n/a" : best.label() ? "right" : "wrong",
                            top,
                            a.analysis().entities().get(i).name(),
                            best.extension().name());
                }
            }
        }
        return new Analysis(
                a.analysis().article(),
                NameMender.merged(entities),
                a.analysis().quotes());
    }

    /** The written rule compared with the model (variant {@code rule}): {@link NameMender#familyNameRule}. */
    static double rule(List<String> features) {
        return NameMender.familyNameRule().probability(features);
    }

    /** The threshold with the best pooled F1 (the three types together) by leaving each split of {@code articles} out. */
    static double chooseThreshold(List<Article> articles, double l2) {
        EntityFilterEval.Tally[] tallies = new EntityFilterEval.Tally[THRESHOLDS.length];
        java.util.Arrays.fill(tallies, EntityFilterEval.Tally.ZERO);
        for (HeldOut<Article> part : HeldOut.bySplit(articles, Article::split)) {
            NameMender model = train(part.train(), l2);
            for (int k = 0; k < THRESHOLDS.length; k++) {
                List<EntityFilterEval.Doc> docs = new ArrayList<>();
                for (Article a : part.test()) {
                    docs.add(EntityFilterEval.doc(
                            a.split(), a.file(), mend(a, model.withThreshold(THRESHOLDS[k]), false), a.gold()));
                }
                for (EntityType type : EntityType.values()) {
                    tallies[k] = tallies[k].plus(EntityFilterEval.score(docs, type, i -> true));
                }
            }
        }
        int best = THRESHOLDS.length - 1;
        for (int k = THRESHOLDS.length - 2; k >= 0; k--) {
            // ties go to the higher threshold (fewer completions)
            best = tallies[k].f1() > tallies[best].f1() + 1e-9 ? k : best;
        }
        return THRESHOLDS[best];
    }
}
