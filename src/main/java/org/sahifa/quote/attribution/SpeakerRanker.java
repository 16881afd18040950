package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

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

    private final SpeakerModel model;
    private final double threshold;

    public SpeakerRanker(SpeakerModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
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
}
