package org.sahifa.quote;

import java.util.List;
import java.util.Set;
import org.sahifa.model.EntityType;

/**
 * The end of an unnamed source as written, when an adjective takes a complement: «مصدر قريب من الملف», «مصدر
 * مقرب من الحكومة», «مصدر تابع لها», «متحدث باسم الخارجية الكندية», «مصدر من داخل الاتحاد», «عميل في مكتب
 * التحقيقات» (a place of origin is no complement: «مصدر مطلع من ريف حلب» is «مصدر مطلع»). The phrase reader ({@link PhraseReader}) stops at the preposition or, for
 * «تابع», at a word that is also a speech verb; the source is read on through the complement here.
 */
final class UnnamedSources {
    /** Adjectives of nearness, completed by «من» and a noun. */
    private static final Set<String> NEAR = Set.of("قريب", "قريبه", "مقرب", "مقربه");
    /** Adjectives of belonging, completed by a noun or pronoun with ل. */
    private static final Set<String> BELONGING = Set.of("تابع", "تابعه");

    private UnnamedSources() {}

    /** Most adjectives of origin read after a body's name: «الخارجية الكندية». */
    private static final int MAX_BODY_ADJECTIVES = 3;

    /**
     * The end of the body named from token {@code k}: its construct complement when it has none of its own article
     * («وزارة الخارجية»), then adjectives of origin («الكندية»); an object with the article after it is not the body's
     * («… الخارجية الكندية الاتفاق»).
     */
    private static int definitesAfter(List<Token> toks, int k, int end) {
        int last = k;
        if (!ArabicText.isDefinite(toks.get(k).folded()) && definiteWordAt(toks, k + 1, end)) {
            last = k + 1;
        }
        while (last - k < MAX_BODY_ADJECTIVES
                && definiteWordAt(toks, last + 1, end)
                && PhraseWords.isNisba(toks.get(last + 1).folded().substring(2))) {
            last++;
        }
        return last;
    }

    private static boolean definiteWordAt(List<Token> toks, int k, int end) {
        return k < end
                && toks.get(k).isWord()
                && ArabicText.isDefinite(toks.get(k).folded())
                && !WordLists.isFunctionWord(toks.get(k).folded());
    }

    /**
     * «مصدر مقرب من الوزير سالم العتيبي»: when the complement of «قريب من»/«مقرب من» ending at token {@code last} is
     * followed by a person's name, the source reads on over that name (round 12); otherwise {@code last}.
     */
    static int throughPersonNamed(EntityIndex entities, int b, List<Token> toks, int last, int end) {
        if (last < 2
                || last + 1 >= end
                || !NEAR.contains(toks.get(last - 2).folded())
                || !toks.get(last - 1).folded().equals("من")
                || !toks.get(last + 1).isWord()) {
            return last;
        }
        Token first = toks.get(last + 1);
        EntityIndex.Located located = entities.at(b, first.start(), first.end());
        if (located == null
                || located.entity().type() != EntityType.PERSON
                || located.mention().start() != first.start()) {
            return last;
        }
        int k = last + 1;
        while (k + 1 < end
                && toks.get(k + 1).isWord()
                && toks.get(k + 1).start() < located.mention().end()) {
            k++;
        }
        return k;
    }

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
            } else if (k + 3 < end
                    && toks.get(k + 1).folded().equals("من")
                    && toks.get(k + 2).folded().equals("داخل")
                    && toks.get(k + 3).isWord()) {
                return definitesAfter(toks, k + 3, end); // «مصدر مطلع من داخل الاتحاد الدولي»
            } else if (k + 2 < end
                    && (toks.get(k + 1).folded().equals("في")
                            || toks.get(k + 1).folded().equals("من"))
                    && toks.get(k + 2).isWord()
                    && WordLists.isBody(toks.get(k + 2).folded())) {
                // «عميل في مكتب التحقيقات الاتحادي», «مصدر في الشرطة», «مصدر من الوزارة»: the body it works in
                return definitesAfter(toks, k + 2, end);
            } else if (k + 2 < end
                    && toks.get(k + 1).folded().equals("باسم")
                    && toks.get(k + 2).isWord()) {
                return definitesAfter(toks, k + 2, end); // «متحدث باسم الخارجية الكندية»
            } else {
                return k;
            }
        }
    }
}
