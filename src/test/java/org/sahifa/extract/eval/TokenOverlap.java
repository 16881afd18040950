package org.sahifa.extract.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sahifa.text.TextCleaner;

/**
 * Token precision, recall and F1 of an extracted text against an expected one, as bags of words.
 *
 * <p>Normalisation: {@link TextCleaner#clean} (NFC, invisible format characters dropped), then
 * lower case; a token is a maximal run of letters, combining marks and digits, so punctuation and
 * white space never count and «قال،» matches «قال». Order is ignored: each expected token can be
 * matched once ({@code min} of the two counts).
 */
public record TokenOverlap(int extracted, int expected, int common) {

    public static TokenOverlap of(String extractedText, String expectedText) {
        Map<String, Integer> ours = bag(extractedText);
        Map<String, Integer> theirs = bag(expectedText);
        int common = 0;
        for (Map.Entry<String, Integer> e : ours.entrySet()) {
            common += Math.min(e.getValue(), theirs.getOrDefault(e.getKey(), 0));
        }
        return new TokenOverlap(total(ours), total(theirs), common);
    }

    /** Share of extracted tokens that are expected; 1 when both are empty. */
    public double precision() {
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) common / extracted;
    }

    /** Share of expected tokens that were extracted; 1 when both are empty. */
    public double recall() {
        return expected == 0 ? (extracted == 0 ? 1 : 0) : (double) common / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> bag(String text) {
        String s = TextCleaner.clean(text).toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean wordChar = i < s.length() && isWordChar(s.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                counts.merge(s.substring(start, i), 1, Integer::sum);
                start = -1;
            }
        }
        return counts;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static int total(Map<String, Integer> bag) {
        int n = 0;
        for (int v : bag.values()) {
            n += v;
        }
        return n;
    }
}
