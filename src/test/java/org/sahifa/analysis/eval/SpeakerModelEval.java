package org.sahifa.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Quote;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.ScorerMatch;
import org.sahifa.quote.SpanClassifier;
import org.sahifa.quote.attribution.Candidate;
import org.sahifa.quote.attribution.SpeakerCandidates;
import org.sahifa.quote.attribution.SpeakerModel;
import org.sahifa.quote.attribution.SpeakerRanker;

/**
 * Trains and scores the speaker model (docs/speaker-model.md) on the materialised news evaluation set
 * ({@code target/news-eval}, written by {@link NewsEvalMaterialiser}): candidate recall, rules against model by
 * 5-fold cross-validation over articles, leave-split-out on every split (each split scored by a model trained on the
 * others, its threshold chosen by leave-split-out on those others), and the final model trained on every split.
 * blind11 … blind18 and spk2 are never read.
 *
 * <p>Arguments: the materialised folder (default target/news-eval) and, optionally, where to write the final model.
 */
public final class SpeakerModelEval {
    static final List<String> SPLITS = List.of(
            "dev", "held", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
            "spk1", "dev2", "dev3", "dev4", "dev5");
    static final long SEED = 14;
    static final int FOLDS = 5;
    /** The thresholds tried by the inner CV; {@code -Dthreshold=X} fixes one instead (to compare). */
    static final double[] THRESHOLDS = System.getProperty("threshold") != null
            ? new double[] {Double.parseDouble(System.getProperty("threshold"))}
            : new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    static final int CUTOFF = Integer.getInteger("cutoff", 1);
    /** Each training quotation a second time without the rules' features, so that the text's own evidence is learnt. */
    static final boolean WITHOUT_RULES_COPY = Boolean.parseBoolean(System.getProperty("withoutRules", "true"));

    /** One gold quotation with a named speaker: its candidates if the finder found it, and what the rules said. */
    record Item(String rules, List<Candidate> candidates, List<Boolean> labels, List<String> aliases, double spanP) {
        Item(String rules, List<Candidate> candidates, List<Boolean> labels, List<String> aliases) {
            this(rules, candidates, labels, aliases, 1.0);
        }

        Item withSpanP(double p) {
            return new Item(rules, candidates, labels, aliases, p);
        }

        /** A quotation with no named speaker in the gold (a slogan, scripture, a banner), which the rules left without one. */
        boolean unnamed() {
            return aliases.isEmpty();
        }

        boolean rulesRight() {
            return ScorerMatch.matches(rules, aliases);
        }

        boolean reachable() {
            return labels.contains(true);
        }
    }

    /** One annotated article and its scored quotations. */
    record Article(String split, String file, List<Item> items) {}

    /** Counts of one evaluation: gold named speakers, right by the rules, right by the model. */
    record Tally(int n, int rules, int model, int unnamed, int keptNone) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(n + o.n, rules + o.rules, model + o.model, unnamed + o.unnamed, keptNone + o.keptNone);
        }

        @Override
        public String toString() {
            return String.format(
                    "rules %.2f (%d/%d)  model %.2f (%d/%d)  no named speaker, left none: %d/%d",
                    (double) rules / n, rules, n, (double) model / n, model, n, keptNone, unnamed);
        }
    }

    private SpeakerModelEval() {}

    public static void main(String[] args) throws IOException, LoadException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/news-eval");
        List<Article> articles = read(dir);
        recall(articles);
        crossValidate(articles);
        leaveSplitOut(articles);
        double threshold = chooseThresholdBySplit(articles);
        SpeakerModel model = train(articles, a -> true);
        System.out.printf(
                "final model: trained on all %d articles, threshold %.1f (by leave-split-out)%n",
                articles.size(), threshold);
        if (args.length > 1) {
            model.write(Path.of(args[1]));
            System.out.println("written to " + args[1]);
        }
    }

    /** Runs the analyser (without the speaker model) on every article and pairs its quotations with the gold. */
    static List<Article> read(Path dir) throws IOException, LoadException {
        // the quotations as the app finds them with the bundled span classifier (a filter); -DspanClassifier=false:
        // without
        QuoteFinder finder = Boolean.parseBoolean(System.getProperty("spanClassifier", "true"))
                ? new QuoteFinder(SpanClassifier.bundledFilter())
                : new QuoteFinder();
        Analyzer analyzer = new Analyzer(EntityRecognizer.load(), finder);
        List<Article> out = new ArrayList<>();
        for (GoldFiles f : GoldFiles.read(dir, SPLITS)) {
            Analysis a = analyzer.analyzeSource(f.path().toString());
            Map<String, Double> spanP = spanProbabilities(analyzer, f.path());
            out.add(new Article(f.split(), f.file(), items(a, f.gold(), spanP)));
        }
        return out;
    }

    /**
     * The model names no speaker for a quotation the rules left without one when the span classifier gives it a
     * probability below this of being a quotation: {@link SpeakerRanker#SPAN_GATE} as in the app ({@code
     * -DspeakerGate=0}: no gate; docs/speaker-model.md "Round 10").
     */
    static final double GATE =
            Double.parseDouble(System.getProperty("speakerGate", String.valueOf(SpeakerRanker.SPAN_GATE)));

    /**
     * The model never overrules a speaker the rules named; it only fills gaps, as in the app ({@code -DkeepRules=false}:
     * the ranker choosing among all candidates, rounds 9-10).
     */
    static final boolean KEEP_RULES = Boolean.parseBoolean(System.getProperty("keepRules", "true"));

    private static final SpanClassifier SPANS = SpanClassifier.bundledFilter();

    /** Each marked span's probability of being a quotation, by its text; empty without a gate. */
    private static Map<String, Double> spanProbabilities(Analyzer analyzer, Path file) throws LoadException {
        Map<String, Double> p = new HashMap<>();
        if (GATE > 0) {
            for (org.sahifa.quote.MarkedSpan m : analyzer.markedSpans(Analyzer.extractSource(file.toString()))) {
                p.put(m.text(), SPANS.probability(m.features()));
            }
        }
        return p;
    }

    private static List<Item> items(Analysis a, JsonNode gold, Map<String, Double> spanP) {
        List<Quote> quotes = a.quotes();
        List<List<Candidate>> candidates = SpeakerCandidates.of(a.article().blocks(), a.entities(), quotes);
        Map<String, List<String>> aliases = new HashMap<>();
        for (String type : List.of("people", "locations", "organizations")) {
            for (JsonNode e : gold.get(type)) {
                List<String> names = new ArrayList<>();
                e.forEach(n -> names.add(n.asText()));
                aliases.putIfAbsent(names.get(0), names);
            }
        }
        List<String> optional = new ArrayList<>();
        gold.get("optional_quotes").forEach(o -> optional.add(o.asText()));
        JsonNode golds = gold.get("quotes");
        Map<Integer, Integer> matched = new LinkedHashMap<>();
        for (int p = 0; p < quotes.size(); p++) {
            String text = quotes.get(p).text();
            if (optional.stream().anyMatch(o -> ScorerMatch.optional(o, text))) {
                continue;
            }
            for (int g = 0; g < golds.size(); g++) {
                if (ScorerMatch.sameQuotation(golds.get(g).get("text").asText(), text)) {
                    matched.putIfAbsent(g, p);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            JsonNode speaker = golds.get(g).get("speaker");
            if (speaker == null || speaker.isNull()) {
                Integer p = matched.get(g);
                if (p != null && quotes.get(p).speaker() == null) {
                    items.add(new Item(null, candidates.get(p), List.of(), List.of())
                            .withSpanP(spanP.getOrDefault(quotes.get(p).text(), 1.0)));
                }
                continue;
            }
            List<String> al = aliases.getOrDefault(speaker.asText(), List.of(speaker.asText()));
            Integer p = matched.get(g);
            if (p == null) {
                items.add(new Item(null, List.of(), List.of(), al));
                continue;
            }
            List<Boolean> labels = new ArrayList<>();
            for (Candidate c : candidates.get(p)) {
                labels.add(ScorerMatch.matches(c.name(), al));
            }
            items.add(new Item(quotes.get(p).speaker(), candidates.get(p), labels, al)
                    .withSpanP(spanP.getOrDefault(quotes.get(p).text(), 1.0)));
        }
        return items;
    }

    /**
     * Share of gold named speakers among the candidates: the ceiling of any ranker. With {@code -DshowUnreached=true},
     * prints those out of reach.
     */
    static void recall(List<Article> articles) {
        if (Boolean.getBoolean("showUnreached")) {
            for (Article a : articles) {
                for (Item i : a.items()) {
                    if (!i.unnamed() && !i.reachable()) {
                        List<String> names =
                                i.candidates().stream().map(Candidate::name).toList();
                        System.out.println("  unreached " + a.split() + "/" + a.file() + ": gold "
                                + i.aliases().get(0) + "; rules " + i.rules() + "; candidates " + names);
                    }
                }
            }
        }
        if (Boolean.getBoolean("showClasses")) {
            classes(articles);
        }
        int n = 0;
        int found = 0;
        int reachable = 0;
        int rules = 0;
        int candidates = 0;
        for (Article a : articles) {
            for (Item i : a.items()) {
                if (i.unnamed()) {
                    continue;
                }
                n++;
                found += i.candidates().isEmpty() && i.rules() == null ? 0 : 1;
                reachable += i.reachable() ? 1 : 0;
                rules += i.rulesRight() ? 1 : 0;
                candidates += i.candidates().size();
            }
        }
        if (GATE > 0) {
            long looked = articles.stream()
                    .flatMap(a -> a.items().stream())
                    .filter(i -> i.spanP() < 1.0)
                    .count();
            long gated = articles.stream()
                    .flatMap(a -> a.items().stream())
                    .filter(i -> i.rules() == null && i.spanP() < GATE)
                    .count();
            System.out.printf(
                    "span probability found for %d quotations; gated (no rules' speaker, below %.2f): %d%n",
                    looked, GATE, gated);
        }
        System.out.printf(
                "gold named speakers %d; with candidates %d; candidate recall %.2f (%d/%d); rules right %d;"
                        + " candidates per quotation %.1f%n",
                n, found, (double) reachable / n, reachable, n, rules, (double) candidates / Math.max(1, found));
    }

    /**
     * The rules' wrong named speakers by what the rules gave (none, a phrase no entity stands for, an entity of which
     * kind) and whether the gold speaker is among the candidates: what a gap filler or an override could reach
     * ({@code -DshowClasses=true}; docs/speaker-model.md, "Round 12").
     */
    static void classes(List<Article> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Article a : articles) {
            for (Item i : a.items()) {
                if (i.unnamed() || i.rulesRight()) {
                    continue;
                }
                String given = i.rules() == null
                        ? (i.candidates().isEmpty() ? "not found or no candidate" : "none")
                        : i.candidates().stream()
                                .filter(Candidate::fromRules)
                                .map(Candidate::kind)
                                .findFirst()
                                .orElse("?");
                counts.merge(given + (i.reachable() ? ", reachable" : ", out of reach"), 1, Integer::sum);
            }
        }
        counts.forEach((k, v) -> System.out.println("  rules wrong, " + k + ": " + v));
    }

    /**
     * Prints each quotation whose gold speaker is among the candidates and which the rules left without one or gave a
     * phrase no entity stands for: every candidate with the held-out model's score, the gold marked with its features
     * (development splits only; {@code -DshowMisses=true}).
     */
    static void showMisses(SpeakerModel model, Article a) {
        SpeakerRanker ranker = new SpeakerRanker(model, 0);
        for (Item i : a.items()) {
            boolean phrase = i.candidates().stream()
                    .anyMatch(c -> c.fromRules() && c.kind().equals("PHRASE"));
            if (i.unnamed() || i.rulesRight() || !i.reachable() || !(i.rules() == null || phrase)) {
                continue;
            }
            double[] scores = ranker.scores(i.candidates());
            StringBuilder line = new StringBuilder("  miss " + a.split() + "/" + a.file() + " rules=" + i.rules());
            for (int c = 0; c < scores.length; c++) {
                boolean gold = i.labels().get(c);
                line.append(String.format(
                        "%n    %s%.2f %s %s",
                        gold ? "*" : " ",
                        scores[c],
                        i.candidates().get(c).name(),
                        gold ? i.candidates().get(c).features() : ""));
            }
            System.out.println(line);
        }
    }

    /** 5 folds over articles (seeded shuffle): each fold scored by a model trained on the other four. */
    static void crossValidate(List<Article> articles) {
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(SEED));
        Map<String, Tally> bySplit = new LinkedHashMap<>();
        SPLITS.forEach(s -> bySplit.put(s, Tally.ZERO));
        Tally all = Tally.ZERO;
        for (HeldOut<Article> part : HeldOut.byFold(shuffled, FOLDS)) {
            double threshold = chooseThreshold(part.train());
            SpeakerModel model = train(part.train(), a -> true);
            for (Article a : part.test()) {
                Tally t = score(model, threshold, a);
                bySplit.merge(a.split(), t, Tally::plus);
                all = all.plus(t);
            }
        }
        System.out.println("5-fold cross-validation by article (seed " + SEED + "):");
        bySplit.forEach((s, t) -> System.out.println("  " + s + ": " + t));
        System.out.println("  pooled: " + all);
    }

    /**
     * Each split scored by a model trained on all the others, with the threshold chosen by leave-split-out on those
     * others (nested): a blind estimate for the model on every split.
     */
    static void leaveSplitOut(List<Article> articles) {
        Tally pooled = Tally.ZERO;
        for (HeldOut<Article> part : HeldOut.bySplit(articles, SPLITS, Article::split)) {
            double threshold = chooseThresholdBySplit(part.train());
            SpeakerModel model = train(part.train(), a -> true);
            Tally t = Tally.ZERO;
            for (Article a : part.test()) {
                if (Boolean.getBoolean("showMisses")) {
                    showMisses(model, a);
                }
                t = t.plus(score(model, threshold, a));
            }
            System.out.printf("leave %s out (threshold %.1f): %s%n", part.name(), threshold, t);
            pooled = pooled.plus(t);
        }
        System.out.println("leave-split-out pooled over " + SPLITS.size() + " splits: " + pooled);
    }

    /** The threshold that scores best when each split of {@code articles} is scored by a model trained on the others. */
    static double chooseThresholdBySplit(List<Article> articles) {
        return bestThreshold(HeldOut.bySplit(articles, Article::split));
    }

    /** The threshold of the rules' fallback that scores best by an inner 4-fold CV on {@code articles}. */
    static double chooseThreshold(List<Article> articles) {
        return bestThreshold(HeldOut.byFold(articles, 4));
    }

    /**
     * The threshold with the most right (a named speaker right, or none left where none is named) over the parts; the
     * highest of those that tie.
     */
    private static double bestThreshold(List<HeldOut<Article>> parts) {
        int[] right = new int[THRESHOLDS.length];
        for (HeldOut<Article> part : parts) {
            SpeakerModel model = train(part.train(), a -> true);
            for (int t = 0; t < THRESHOLDS.length; t++) {
                for (Article a : part.test()) {
                    Tally tally = score(model, THRESHOLDS[t], a);
                    right[t] += tally.model() + tally.keptNone();
                }
            }
        }
        // on a tie the higher threshold: fewer speakers given where the rules gave none (false quotations, which the
        // annotated articles hardly hold, are common in unannotated news; docs/speaker-model.md, "Round 11")
        int best = 0;
        for (int t = 1; t < THRESHOLDS.length; t++) {
            best = right[t] >= right[best] ? t : best;
        }
        return THRESHOLDS[best];
    }

    static SpeakerModel train(List<Article> articles, Predicate<Item> use) {
        List<Candidate> candidates = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Article a : articles) {
            for (Item i : a.items()) {
                if (use.test(i) && i.reachable()) {
                    candidates.addAll(i.candidates());
                    labels.addAll(i.labels());
                    if (WITHOUT_RULES_COPY) {
                        i.candidates().forEach(c -> candidates.add(withoutRules(c)));
                        labels.addAll(i.labels());
                    }
                }
            }
        }
        return SpeakerModel.train(candidates, labels, CUTOFF);
    }

    /** The candidate as if the rules had not chosen it: no feature that names the rules. */
    static Candidate withoutRules(Candidate c) {
        List<String> kept =
                c.features().stream().filter(f -> !f.startsWith("rules")).toList();
        return new Candidate(c.name(), c.kind(), false, kept);
    }

    static Tally score(SpeakerModel model, double threshold, Article a) {
        SpeakerRanker ranker = new SpeakerRanker(model, threshold);
        int n = 0;
        int rules = 0;
        int right = 0;
        int unnamed = 0;
        int keptNone = 0;
        for (Item i : a.items()) {
            String chosen = i.rules() == null && i.spanP() < GATE
                    ? null
                    : KEEP_RULES && i.rules() != null
                            ? i.rules()
                            : SpeakerRanker.choose(i.rules(), i.candidates(), ranker.scores(i.candidates()), threshold);
            if (i.unnamed()) {
                unnamed++;
                keptNone += chosen == null ? 1 : 0;
                continue;
            }
            n++;
            rules += i.rulesRight() ? 1 : 0;
            right += ScorerMatch.matches(chosen, i.aliases()) ? 1 : 0;
        }
        return new Tally(n, rules, right, unnamed, keptNone);
    }
}
