package org.sahifa.nlp;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The consonant skeleton of a name word, the same whether the word is written in Arabic or Latin letters:
 * «مورو» and "Moreau" both give {@code "mr"}, «فريدمان» and "Friedman" {@code "frtmn"}. Arabic goes to Latin letters
 * through ICU4J's transliterator; then vowels, semivowels, h and the ayn/hamza marks are dropped and consonants that
 * the two scripts render interchangeably (t/d, s/z/sh, k/q/c, g/j, b/p, f/v) fall into one class.
 */
final class NameSkeleton {
    /** Shortest skeleton that identifies a name: one consonant matches far too much. */
    static final int MIN_LENGTH = 2;
    /** Final Latin consonants often silent in French names and absent from their Arabic spelling: Renaud, Dubois. */
    private static final String SILENT_FINALS = "ts";

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

    private NameSkeleton() {}

    /** True if one word is Arabic, the other Latin, and they have the same skeleton (see the class comment). */
    static boolean sameAcrossScripts(String a, String b) {
        boolean arabicA = ArabicWords.isArabic(a);
        if (arabicA == ArabicWords.isArabic(b)) {
            return false;
        }
        String arabic = of(arabicA ? a : b);
        String latin = of(arabicA ? b : a);
        if (arabic.length() < MIN_LENGTH) {
            return false;
        }
        return latin.equals(arabic)
                || latin.length() == arabic.length() + 1
                        && latin.startsWith(arabic)
                        && SILENT_FINALS.indexOf(latin.charAt(latin.length() - 1)) >= 0;
    }

    /** The skeleton of one word in Arabic or Latin letters. */
    static String of(String word) {
        String latin = ArabicWords.isArabic(word) ? TO_LATIN.get().transliterate(ArabicWords.normalize(word)) : word;
        String w = latin.toLowerCase(Locale.ROOT)
                .replace("sch", "s")
                .replace("sh", "s")
                .replace("ch", "s")
                .replace("th", "t")
                .replace("dh", "t")
                .replace("kh", "k")
                .replace("gh", "g")
                .replace("ph", "f");
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            char k = switch (c) {
                case 'b', 'p' -> 'b';
                case 'f', 'v' -> 'f';
                case 't', 'd' -> 't';
                case 's', 'z', 'x' -> 's';
                case 'c' -> "eiy".indexOf(next) >= 0 ? 's' : 'k';
                case 'k', 'q' -> 'k';
                case 'g', 'j' -> 'g';
                case 'l', 'm', 'n', 'r' -> c;
                default -> 0; // vowels, w, y, h, ayn and hamza marks, anything else
            };
            if (k != 0 && (sb.isEmpty() || sb.charAt(sb.length() - 1) != k)) {
                sb.append(k);
            }
        }
        return sb.toString();
    }
}
