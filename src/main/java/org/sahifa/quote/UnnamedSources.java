package org.sahifa.quote;

import java.util.List;
import java.util.Set;

/**
 * The end of an unnamed source as written, when an adjective takes a complement: «مصدر قريب من الملف», «مصدر
 * مقرب من الحكومة», «مصدر تابع لها». The phrase reader ({@link PhraseReader}) stops at the preposition or, for
 * «تابع», at a word that is also a speech verb; the source is read on through the complement here.
 */
final class UnnamedSources {
    /** Adjectives of nearness, completed by «من» and a noun. */
    private static final Set<String> NEAR = Set.of("قريب", "قريبه", "مقرب", "مقربه");
    /** Adjectives of belonging, completed by a noun or pronoun with ل. */
    private static final Set<String> BELONGING = Set.of("تابع", "تابعه");

    private UnnamedSources() {}

    /** The last token of the unnamed source whose descriptors end at token {@code last}, before token {@code end}. */
    static int descriptorEnd(List<Token> toks, int last, int end) {
        int k = last;
        while (true) {
            if (k + 2 < end
                    && NEAR.contains(toks.get(k).folded())
                    && toks.get(k + 1).folded().equals("من")
                    && toks.get(k + 2).isWord()) {
                k += 2;
            } else if (k + 2 < end
                    && BELONGING.contains(toks.get(k + 1).folded())
                    && toks.get(k + 2).isWord()
                    && toks.get(k + 2).folded().startsWith("ل")) {
                k += 2;
            } else {
                return k;
            }
        }
    }
}
