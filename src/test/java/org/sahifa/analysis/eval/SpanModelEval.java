package org.sahifa.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.MarkedSpan;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.ScorerMatch;
import org.sahifa.quote.SpanClassifier;

/**
 * Trains and scores the span classifier (docs/quotations.md, "Round 10") on the materialised news evaluation set
 * ({@code target/news-eval}, written by {@link NewsEvalMaterialiser}): candidate recall, then quotation P/R/F1 of the
 * rules, of the classifier alone and of the classifier as a filter on the rules, by leaving each split out, pooled;
 * then the final model trained on all sixteen splits (dev, held, blind2 ... blind10, spk1 and dev2 ... dev5). blind11 ...
 * blind18 and spk2 are never read.
 *
 * <p>Arguments: the materialised folder (default target/news-eval) and, optionally, where to write the final model.
 * {@code -Dthreshold=X} sets the probability a quotation needs (default 0.5), {@code -Dcutoff=N} the feature cutoff.
 */
public final class SpanModelEval {
    static final List<String> SPLITS = List.of(
            "dev", "held", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
            "spk1", "dev2", "dev3", "dev4", "dev5");
    static final double THRESHOLD = Double.parseDouble(System.getProperty("threshold", "0.5"));
    static final int CUTOFF = Integer.getInteger("cutoff", 1);
    /**
     * How the rules' decision is learnt: {@code with} (as a feature), {@code none} (never: the classifier reads the text
     * alone; a feature it never saw weighs nothing when it is given one), {@code copy} (each span twice, once without).
     */
    static final String RULES = System.getProperty("rules", "none");
    /**
     * Feature prefixes left out of training, for ablations ({@code -Ddrop=oneWord=,naming@}): a feature the model never
     * saw weighs nothing when scored, so this scores the model as if the features were never written.
     */
    static final List<String> DROP = System.getProperty("drop", "").isEmpty()
            ? List.of()
            : List.of(System.getProperty("drop").split(","));

    /** One marked span: its evidence, the rules' decision, and whether the gold counts it a quotation. */
    record Item(MarkedSpan span, boolean quotation, List<Integer> golds) {}

    /** One annotated article: its non-optional spans and how many gold quotations it holds. */
    record Article(String split, String file, List<Item> items, int golds) {}

    /** Counts as the scorer keeps them: predictions, predictions that hit a gold quotation, gold, gold matched. */
    record Tally(int predicted, int hits, int gold, int matched) {
        static final Tally ZERO = new Tally(0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(predicted + o.predicted, hits + o.hits, gold + o.gold, matched + o.matched);
        }

        double f1() {
            double p = predicted == 0 ? 1 : (double) hits / predicted;
            double r = gold == 0 ? 1 : (double) matched / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            double p = predicted == 0 ? 1 : (double) hits / predicted;
            double r = gold == 0 ? 1 : (double) matched / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("F1 %.3f (P %.3f %d/%d, R %.3f %d/%d)", f, p, hits, predicted, r, matched, gold);
        }
    }

    private SpanModelEval() {}

    public static void main(String[] args) throws IOException, LoadException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/news-eval");
        List<Article> articles = read(dir);
        recall(articles);
        leaveSplitOut(articles);
        SpanClassifier model = train(articles);
        System.out.printf("final model: trained on all %d articles%n", articles.size());
        if (args.length > 1) {
            model.write(Path.of(args[1]));
            System.out.println("written to " + args[1]);
        }
    }

    /** Runs the rules on every article and labels every marked span by the scorer's pairing with the gold. */
    static List<Article> read(Path dir) throws IOException, LoadException {
        Analyzer analyzer = new Analyzer(EntityRecognizer.load(), new QuoteFinder());
        List<Article> out = new ArrayList<>();
        for (GoldFiles f : GoldFiles.read(dir, SPLITS)) {
            List<MarkedSpan> spans =
                    analyzer.markedSpans(Analyzer.extractSource(f.path().toString()));
            out.add(article(f.split(), f.file(), spans, f.gold()));
        }
        return out;
    }

    static Article article(String split, String file, List<MarkedSpan> spans, JsonNode gold) {
        List<String> optional = new ArrayList<>();
        gold.get("optional_quotes").forEach(o -> optional.add(o.asText()));
        List<String> golds = new ArrayList<>();
        gold.get("quotes").forEach(q -> golds.add(q.get("text").asText()));
        List<Item> items = new ArrayList<>();
        for (MarkedSpan s : spans) {
            if (optional.stream().anyMatch(o -> ScorerMatch.optional(o, s.text()))) {
                continue; // the scorer ignores it either way
            }
            List<Integer> hit = new ArrayList<>();
            for (int g = 0; g < golds.size(); g++) {
                if (ScorerMatch.sameQuotation(golds.get(g), s.text())) {
                    hit.add(g);
                }
            }
            items.add(new Item(s, !hit.isEmpty(), hit));
        }
        return new Article(split, file, items, golds.size());
    }

    /** Share of gold quotations that some marked span matches: the ceiling of any classifier. */
    static void recall(List<Article> articles) {
        Tally all = score(articles, (i, a) -> true);
        int spans = articles.stream().mapToInt(a -> a.items().size()).sum();
        int positive = articles.stream()
                .mapToInt(a -> (int) a.items().stream().filter(Item::quotation).count())
                .sum();
        System.out.printf(
                "marked spans %d (%d quotations, %d not); candidate recall %.3f (%d/%d gold quotations)%n",
                spans, positive, spans - positive, (double) all.matched() / all.gold(), all.matched(), all.gold());
    }

    /** Each split scored by a model trained on the other eleven: rules, classifier alone, classifier as a filter. */
    static void leaveSplitOut(List<Article> articles) {
        Tally rules = Tally.ZERO;
        Tally decide = Tally.ZERO;
        Tally filter = Tally.ZERO;
        for (HeldOut<Article> part : HeldOut.bySplit(articles, SPLITS, Article::split)) {
            String split = part.name();
            List<Article> test = part.test();
            SpanClassifier model = train(part.train());
            SpanClassifier alone = model.with(SpanClassifier.Mode.DECIDE, THRESHOLD);
            SpanClassifier asFilter = model.with(SpanClassifier.Mode.FILTER, THRESHOLD);
            Tally r = score(test, (i, a) -> i.span().rulesQuotation());
            Tally d = decidedBy(alone, test);
            Tally f = decidedBy(asFilter, test);
            System.out.printf("  %-7s rules %s | classifier %s | filter %s%n", split, r, d, f);
            if (Boolean.getBoolean("showChanges")) {
                // the spans where the classifier alone and the rules disagree (development data, read before)
                for (Article a : test) {
                    for (Item i : a.items()) {
                        boolean c =
                                alone.isQuotation(i.span().features(), i.span().rulesQuotation());
                        if (c != i.span().rulesQuotation()) {
                            System.out.printf(
                                    "    %s gold=%s p=%.2f «%s» %s%n",
                                    c ? "added" : "removed",
                                    i.quotation(),
                                    alone.probability(i.span().features()),
                                    i.span()
                                            .text()
                                            .substring(
                                                    0,
                                                    Math.min(60, i.span().text().length())),
                                    i.span().features());
                        }
                    }
                }
            }
            if (Boolean.getBoolean("showErrors")) {
                showErrors(model, test);
            }
            rules = rules.plus(r);
            decide = decide.plus(d);
            filter = filter.plus(f);
        }
        System.out.printf("leave-split-out pooled (threshold %.2f, cutoff %d, rules %s):%n", THRESHOLD, CUTOFF, RULES);
        System.out.println("  rules              " + rules);
        System.out.println("  classifier alone   " + decide);
        System.out.println("  filter on rules    " + filter);
        nested(articles);
        String others = System.getProperty("alsoThresholds");
        if (others != null) {
            for (String t : others.split(",")) {
                thresholdPooled(articles, Double.parseDouble(t));
            }
        }
    }

    /**
     * The held-out probability of every false quotation the rules keep and of every gold quotation below 0.2
     * (development data, read before): where the filter's errors are.
     */
    static void showErrors(SpanClassifier model, List<Article> test) {
        for (Article a : test) {
            for (Item i : a.items()) {
                double p = model.probability(i.span().features());
                if (i.span().rulesQuotation() && (!i.quotation() || p < 0.2)) {
                    String text = i.span().text();
                    System.out.printf(
                            "    %s p=%.3f %s «%s»%n",
                            i.quotation() ? "gold " : "false",
                            p,
                            a.file(),
                            text.substring(0, Math.min(60, text.length())));
                }
            }
        }
    }

    /** The thresholds the nested choice tries for the filter. */
    static final double[] THRESHOLDS = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5};

    /**
     * The filter with its threshold chosen on the training splits alone (inner leave-split-out, best pooled F1, ties to
     * the lower threshold): each split scored by a model and threshold that never saw it.
     */
    static void nested(List<Article> articles) {
        Tally filter = Tally.ZERO;
        StringBuilder chosen = new StringBuilder();
        for (HeldOut<Article> part : HeldOut.bySplit(articles, SPLITS, Article::split)) {
            double threshold = chooseThreshold(part.train());
            chosen.append(' ').append(part.name()).append('=').append(threshold);
            filter = filter.plus(
                    decidedBy(train(part.train()).with(SpanClassifier.Mode.FILTER, threshold), part.test()));
        }
        System.out.println("  filter, threshold chosen inside each training set " + filter);
        System.out.println("    thresholds:" + chosen);
        System.out.println("  threshold chosen on all the splits: " + chooseThreshold(articles));
    }

    /** The filter threshold with the best pooled F1 by leaving each split of {@code articles} out. */
    static double chooseThreshold(List<Article> articles) {
        Tally[] tallies = new Tally[THRESHOLDS.length];
        java.util.Arrays.fill(tallies, Tally.ZERO);
        for (HeldOut<Article> part : HeldOut.bySplit(articles, Article::split)) {
            SpanClassifier model = train(part.train());
            for (int t = 0; t < THRESHOLDS.length; t++) {
                tallies[t] =
                        tallies[t].plus(decidedBy(model.with(SpanClassifier.Mode.FILTER, THRESHOLDS[t]), part.test()));
            }
        }
        int best = 0;
        for (int t = 1; t < THRESHOLDS.length; t++) {
            best = tallies[t].f1() > tallies[best].f1() + 1e-9 ? t : best;
        }
        return THRESHOLDS[best];
    }

    /** Pooled figures at another threshold (to compare; choosing by them is tuning on these splits). */
    static void thresholdPooled(List<Article> articles, double threshold) {
        Tally decide = Tally.ZERO;
        Tally filter = Tally.ZERO;
        for (HeldOut<Article> part : HeldOut.bySplit(articles, SPLITS, Article::split)) {
            SpanClassifier model = train(part.train());
            decide = decide.plus(decidedBy(model.with(SpanClassifier.Mode.DECIDE, threshold), part.test()));
            filter = filter.plus(decidedBy(model.with(SpanClassifier.Mode.FILTER, threshold), part.test()));
        }
        System.out.printf("  threshold %.2f: classifier alone %s | filter %s%n", threshold, decide, filter);
    }

    static SpanClassifier train(List<Article> articles) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Article a : articles) {
            for (Item i : a.items()) {
                if (!RULES.equals("none")) {
                    features.add(i.span().features());
                    labels.add(i.quotation());
                }
                if (!RULES.equals("with")) {
                    features.add(withoutRules(i.span().features()));
                    labels.add(i.quotation());
                }
            }
        }
        return SpanClassifier.train(features, labels, CUTOFF);
    }

    /**
     * The features without the rules' decision: exactly those that carry it ({@link SpanClassifier#isRulesFeature}),
     * not every feature holding "&" (round 11's version also dropped a word or punctuation feature with one).
     */
    static List<String> withoutRules(List<String> features) {
        return features.stream()
                .filter(f -> !SpanClassifier.isRulesFeature(f))
                .filter(f -> DROP.stream().noneMatch(f::startsWith))
                .toList();
    }

    /** The scorer's counts for the spans {@code classifier} calls quotations. */
    static Tally decidedBy(SpanClassifier classifier, List<Article> articles) {
        return score(
                articles,
                (i, a) -> classifier.isQuotation(i.span().features(), i.span().rulesQuotation()));
    }

    /** The scorer's counts for the spans {@code chosen} keeps. */
    static Tally score(List<Article> articles, BiPredicate<Item, Article> chosen) {
        Tally t = Tally.ZERO;
        for (Article a : articles) {
            int predicted = 0;
            int hits = 0;
            java.util.Set<Integer> matched = new java.util.HashSet<>();
            for (Item i : a.items()) {
                if (chosen.test(i, a)) {
                    predicted++;
                    hits += i.quotation() ? 1 : 0;
                    matched.addAll(i.golds());
                }
            }
            t = t.plus(new Tally(predicted, hits, a.golds(), matched.size()));
        }
        return t;
    }
}
