package org.sahifa.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How much of one title's words another title shares, 0..1. */
final class TitleSimilarity {
    private TitleSimilarity() {}

    /** Share of the words of {@code b} that also appear in {@code a}. */
    static double of(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsB.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : wordsB) {
            if (wordsA.contains(w)) {
                shared++;
            }
        }
        return (double) shared / wordsB.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
