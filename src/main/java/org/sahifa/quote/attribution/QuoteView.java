package org.sahifa.quote.attribution;

import java.util.Collection;
import java.util.List;
import org.sahifa.model.Quote;
import org.sahifa.quote.SpeechWords;
import org.sahifa.quote.SpeechWords.VerbGender;

/**
 * One quotation as the features see it: its text, the gender of its nearest speech verb, and which candidates stand
 * nearest before it.
 *
 * @param lead the gender of the speech verb nearest before the quotation in its sentence, else the first after it
 * @param nearestBefore the key of the candidate with the mention nearest before the quotation, or null
 * @param lastPerson the key of the person named last before the quotation, or null
 */
record QuoteView(
        ArticleText text, List<Quote> quotes, int q, VerbGender lead, String nearestBefore, String lastPerson) {

    /** How many tokens from the quotation its speech verb is looked for. */
    static final int REACH = 40;

    static QuoteView of(ArticleText text, List<Quote> quotes, int q, Collection<Pool> pools) {
        return new QuoteView(
                text, quotes, q, leadGender(text, quotes, q), nearest(pools, null), nearest(pools, "PERSON"));
    }

    Quote quote() {
        return quotes.get(q);
    }

    private static String nearest(Collection<Pool> pools, String kind) {
        String key = null;
        int best = Integer.MAX_VALUE;
        for (Pool pool : pools) {
            if (kind != null && !kind.equals(pool.kind)) {
                continue;
            }
            for (Place p : pool.places) {
                if (p.before() && p.words() < best) {
                    best = p.words();
                    key = pool.key;
                }
            }
        }
        return key;
    }

    private static VerbGender leadGender(ArticleText text, List<Quote> quotes, int q) {
        Quote quote = quotes.get(q);
        List<ArticleText.Tok> toks = text.tokens(quote.block());
        int open = Places.firstTokenOf(text, quote.block(), q);
        int sentence = Places.sentenceAt(text, quote.block(), open);
        for (int i = open - 1; i >= Math.max(0, open - REACH) && toks.get(i).sentence() == sentence; i--) {
            VerbGender g =
                    toks.get(i).quote() < 0 ? SpeechWords.speechVerb(toks.get(i).text()) : VerbGender.NONE;
            if (g != VerbGender.NONE) {
                return g;
            }
        }
        List<ArticleText.Tok> after = text.tokens(quote.endBlock());
        int close = Places.lastTokenOf(text, quote.endBlock(), q);
        int last = Math.min(after.size(), close + 1 + REACH);
        for (int i = close + 1; i < last && after.get(i).sentence() == sentence(after, close); i++) {
            VerbGender g = after.get(i).quote() < 0
                    ? SpeechWords.speechVerb(after.get(i).text())
                    : VerbGender.NONE;
            if (g != VerbGender.NONE) {
                return g;
            }
        }
        return VerbGender.NONE;
    }

    private static int sentence(List<ArticleText.Tok> toks, int i) {
        return i < 0 || i >= toks.size() ? -1 : toks.get(i).sentence();
    }
}
