package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;
import org.sahifa.quote.SpeechWords;

/**
 * Gives each quotation the candidate the model scores highest; keeps the rules' answer when no candidate reaches the
 * threshold. Thread-safe.
 */
public final class SpeakerRanker {
    /**
     * The score a candidate needs to be given to a quotation the rules left without a speaker: chosen among 0.0-0.9
     * (the highest of ties) by leave-split-out on the training articles, the model filling the rules' gaps only
     * (docs/speaker-model.md, "Round 11").
     */
    public static final double BUNDLED_THRESHOLD = 0.3;

    /** An override threshold above any probability: the rules' answer always stands. */
    public static final double NEVER = 1.01;

    private final SpeakerModel model;
    private final double threshold;
    private final double override;

    public SpeakerRanker(SpeakerModel model, double threshold) {
        this(model, threshold, NEVER);
    }

    /**
     * @param override the score the model's best person or body needs to replace a rules' answer that is no entity of
     *     the article and no unnamed source (a role head, a fragment: {@link #overrule}); {@link #NEVER}: never
     */
    public SpeakerRanker(SpeakerModel model, double threshold, double override) {
        this.model = model;
        this.threshold = threshold;
        this.override = override;
    }

    /** The bundled model ({@link SpeakerModel#RESOURCE}) with its threshold. */
    public static SpeakerRanker bundled() {
        return new SpeakerRanker(SpeakerModel.bundled(), BUNDLED_THRESHOLD);
    }

    /** The quotations with their speakers chosen by the model. */
    public List<Quote> rerank(List<Block> blocks, List<Entity> entities, List<Quote> quotes) {
        List<List<Candidate>> candidates = SpeakerCandidates.of(blocks, entities, quotes);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            String speaker = choose(quote.speaker(), candidates.get(q), scores(candidates.get(q)), threshold);
            out.add(new Quote(quote.text(), speaker, quote.block(), quote.start(), quote.endBlock(), quote.end()));
        }
        return out;
    }

    /**
     * The span probability a quotation the rules left without a speaker needs before the model names one: a quoted
     * title or term (low probability) gets none (docs/speaker-model.md, "Round 10").
     */
    public static final double SPAN_GATE = 0.9;

    /**
     * The quotations with the rules' speakers kept, and a speaker chosen by the model only where the rules named none
     * and the span classifier gives the quotation at least {@link #SPAN_GATE} ({@code spanProbabilities[q]}).
     */
    public List<Quote> fillGaps(
            List<Block> blocks, List<Entity> entities, List<Quote> quotes, double[] spanProbabilities) {
        List<List<Candidate>> candidates = SpeakerCandidates.of(blocks, entities, quotes);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            if (quote.speaker() != null && override < NEVER) {
                String speaker = overrule(quote.speaker(), candidates.get(q), scores(candidates.get(q)), override);
                out.add(new Quote(quote.text(), speaker, quote.block(), quote.start(), quote.endBlock(), quote.end()));
                continue;
            }
            if (quote.speaker() != null || spanProbabilities[q] < SPAN_GATE) {
                out.add(quote);
                continue;
            }
            String speaker = choose(null, candidates.get(q), scores(candidates.get(q)), threshold);
            out.add(new Quote(quote.text(), speaker, quote.block(), quote.start(), quote.endBlock(), quote.end()));
        }
        return out;
    }

    public double[] scores(List<Candidate> candidates) {
        double[] s = new double[candidates.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = model.score(candidates.get(i));
        }
        return s;
    }

    /**
     * The best-scoring candidate's name; none when there is no candidate, or when the rules gave none ({@code rules}
     * null: a slogan, a verse, a banner) and the best candidate scores below {@code threshold}.
     */
    public static String choose(String rules, List<Candidate> candidates, double[] scores, double threshold) {
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best < 0 || (rules == null && scores[best] < threshold)) {
            return rules;
        }
        return candidates.get(best).name();
    }

    /**
     * The rules' answer, unless it is no entity of the article and no unnamed source (a role head «كبير الباحثين», a
     * fragment, a noun of saying: a PHRASE candidate) and the best-scoring person or organisation scores at least
     * {@code override}: then that one's name.
     */
    public static String overrule(String rules, List<Candidate> candidates, double[] scores, double override) {
        if (rules == null || !overridable(candidates)) {
            return rules;
        }
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            String kind = candidates.get(i).kind();
            boolean named = kind.equals("PERSON") || kind.equals("ORGANIZATION");
            if (named && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best >= 0 && scores[best] >= override ? candidates.get(best).name() : rules;
    }

    /** The rules' candidate is a phrase no entity stands for, and not an unnamed source («مسؤول أمريكي»). */
    static boolean overridable(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.fromRules()) {
                return c.kind().equals("PHRASE")
                        && !SpeechWords.isUnnamedSource(c.name().strip().split("\\s+")[0]);
            }
        }
        return false;
    }
}
