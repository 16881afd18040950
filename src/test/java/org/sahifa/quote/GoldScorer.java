package org.sahifa.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.model.Quote;

/**
 * Scores quotations against hand-annotated gold the way ../shared/tools/score-analysis.py does ({@link ScorerMatch}):
 * a prediction matches a gold quotation when their shared tokens cover at least 0.8 of the gold
 * and 0.4 of the prediction (after NFKC, diacritics removed, letter variants folded, punctuation
 * dropped); a speaker is right when, with proclitics stripped, it equals one of the gold speaker's aliases.
 */
final class GoldScorer {
    record GoldQuote(String text, String speaker) {}

    record Score(
            int predicted, int correctPredictions, int gold, int matchedGold, int rightSpeakers, List<String> errors) {
        double precision() {
            return predicted == 0 ? 0 : (double) correctPredictions / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return gold == 0 ? 0 : (double) rightSpeakers / gold;
        }
    }

    private GoldScorer() {}

    /**
     * @param aliases for each gold speaker name, every form it may be given as (the name itself included)
     */
    static Score score(List<Quote> predicted, List<GoldQuote> gold, Map<String, List<String>> aliases) {
        Map<Integer, Quote> matched = new HashMap<>();
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Quote q : predicted) {
            boolean hit = false;
            for (int i = 0; i < gold.size(); i++) {
                if (ScorerMatch.sameQuotation(gold.get(i).text(), q.text())) {
                    hit = true;
                    matched.putIfAbsent(i, q);
                }
            }
            if (hit) {
                correct++;
            } else {
                errors.add("fp-quote: " + q.text());
            }
        }
        int rightSpeakers = 0;
        for (int i = 0; i < gold.size(); i++) {
            Quote q = matched.get(i);
            if (q == null) {
                errors.add("miss-quote: " + gold.get(i).text());
                continue;
            }
            List<String> names = aliases.getOrDefault(
                    gold.get(i).speaker(), List.of(gold.get(i).speaker()));
            if (q.speaker() != null && speakerMatches(q.speaker(), names)) {
                rightSpeakers++;
            } else {
                errors.add("speaker: " + gold.get(i).text() + " -> " + q.speaker());
            }
        }
        return new Score(predicted.size(), correct, gold.size(), matched.size(), rightSpeakers, errors);
    }

    static boolean speakerMatches(String predicted, List<String> aliases) {
        return ScorerMatch.matches(predicted, aliases);
    }
}
