package org.sahifa.quote;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@code ../shared/tools/score-analysis.py} judges a speaker and pairs quotations, written out in Java so that the
 * speaker model and the quotation tests score by the same rules: the same normalisation, the same clitic variants, the same
 * token overlap (gold ≥ 0.8, predicted ≥ 0.4).
 */
public final class ScorerMatch {
    private static final Pattern DIACRITICS =
            Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\s]");

    private ScorerMatch() {}

    public static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        t = DIACRITICS.matcher(t).replaceAll("");
        String[][] folds = {
            {"أ", "ا"}, {"إ", "ا"}, {"آ", "ا"}, {"ٱ", "ا"}, {"ى", "ي"}, {"ة", "ه"}, {"ؤ", "و"}, {"ئ", "ي"}
        };
        for (String[] f : folds) {
            t = t.replace(f[0], f[1]);
        }
        t = NOT_WORD.matcher(t).replaceAll(" ");
        return String.join(" ", t.trim().split("\\s+"));
    }

    /** The name and the name with up to three proclitics stripped (و ف ب ل ك, «لل» read as «ال»). */
    public static Set<String> variants(String s) {
        Set<String> out = new HashSet<>();
        out.add(s);
        String t = s;
        for (int i = 0; i < 3; i++) {
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

    /** The scorer's speaker test: the predicted name, or one of its variants, is one of the gold entity's aliases. */
    public static boolean matches(String predicted, List<String> aliases) {
        if (predicted == null || predicted.isEmpty()) {
            return false;
        }
        Set<String> al = new HashSet<>();
        for (String a : aliases) {
            al.add(norm(a));
        }
        for (String v : variants(norm(predicted))) {
            if (al.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** Shares of gold tokens and of predicted tokens in common (multisets). */
    public static double[] overlap(String gold, String predicted) {
        String[] g = norm(gold).split(" ");
        String[] p = norm(predicted).split(" ");
        if (norm(gold).isEmpty() || norm(predicted).isEmpty()) {
            return new double[] {0, 0};
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : g) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : p) {
            Integer n = counts.get(w);
            if (n != null && n > 0) {
                common++;
                counts.put(w, n - 1);
            }
        }
        return new double[] {(double) common / g.length, (double) common / p.length};
    }

    /** The scorer's quotation pairing: gold overlap ≥ 0.8 and predicted overlap ≥ 0.4. */
    public static boolean sameQuotation(String gold, String predicted) {
        double[] o = overlap(gold, predicted);
        return o[0] >= 0.8 && o[1] >= 0.4;
    }

    /** A predicted quotation the gold lists as optional (both overlaps ≥ 0.8): the scorer ignores it. */
    public static boolean optional(String optional, String predicted) {
        double[] o = overlap(optional, predicted);
        return Math.min(o[0], o[1]) >= 0.8;
    }
}
