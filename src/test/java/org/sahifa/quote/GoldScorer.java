package org.sahifa.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahifa.model.Quote;

/**
 * Scores quotations against hand-annotated gold the way ../shared/tools/score-analysis.py does:
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

    private static final Pattern DIACRITICS = Pattern.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]");

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
                double[] o = overlap(gold.get(i).text(), q.text());
                if (o[0] >= 0.8 && o[1] >= 0.4) {
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
        Set<String> normalized = new HashSet<>();
        aliases.forEach(a -> normalized.add(norm(a)));
        for (String v : variants(norm(predicted))) {
            if (normalized.contains(v)) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        t = DIACRITICS.matcher(t).replaceAll("");
        String[][] folds = {
            {"أ", "ا"}, {"إ", "ا"}, {"آ", "ا"}, {"ٱ", "ا"}, {"ى", "ي"}, {"ة", "ه"}, {"ؤ", "و"}, {"ئ", "ي"}
        };
        for (String[] f : folds) {
            t = t.replace(f[0], f[1]);
        }
        t = t.replaceAll("(?U)[^\\w\\s]", " ");
        return String.join(" ", t.trim().split("\\s+"));
    }

    private static Set<String> variants(String s) {
        Set<String> out = new HashSet<>();
        out.add(s);
        String t = s;
        for (int k = 0; k < 3; k++) {
            if (t.startsWith("لل")) {
                out.add("ال" + t.substring(2));
            }
            if (t.length() > 3 && "وفبلك".indexOf(t.charAt(0)) >= 0) {
                t = t.substring(1);
                out.add(t);
            } else {
                break;
            }
        }
        return out;
    }

    private static double[] overlap(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return new double[] {0, 0};
        }
        Map<String, Integer> counts = new HashMap<>();
        g.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : p) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return new double[] {(double) common / g.size(), (double) common / p.size()};
    }

    private static List<String> tokens(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }
}
