package org.sahifa.quote.attribution;

import java.util.List;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;

/** Where a mention stands from a quotation, when it is within the window a speaker is looked for in. */
final class Places {
    private Places() {}

    /**
     * The place of {@code m} from quotation {@code q}, or null when it lies outside the window (farther than the
     * paragraph before, more than one sentence after) or inside the quotation itself.
     */
    static Place of(ArticleText text, List<Quote> quotes, int q, Mention m) {
        Quote quote = quotes.get(q);
        if (m.block() >= text.blockCount() || m.block() < quote.block() - 1 || m.block() > quote.endBlock()) {
            return null; // outside the window: no token work
        }
        List<ArticleText.Tok> toks = text.tokens(m.block());
        int first = text.tokenAt(m.block(), m.start());
        int last = Math.max(first, text.tokenAt(m.block(), Math.max(m.start(), m.end() - 1)));
        if (first >= toks.size() || toks.get(first).quote() == q) {
            return null;
        }
        int open = firstTokenOf(text, quote.block(), q);
        if (m.block() == quote.block() && m.end() <= quote.start()) {
            int delta = sentenceAt(text, quote.block(), open) - toks.get(first).sentence();
            String relation = delta == 0 ? "S0B" : delta == 1 ? "S1B" : "SNB";
            return new Place(relation, text.wordsBetween(m.block(), last, open), m.block(), first, last);
        }
        if (m.block() == quote.block() - 1) {
            int words = text.wordsBetween(m.block(), last, toks.size()) + text.wordsBetween(quote.block(), -1, open);
            return new Place("P1B", words, m.block(), first, last);
        }
        if (m.block() == quote.endBlock() && m.start() >= quote.end()) {
            int close = lastTokenOf(text, quote.endBlock(), q);
            int delta = toks.get(first).sentence() - sentenceAt(text, quote.endBlock(), close);
            if (delta > 1) {
                return null;
            }
            String relation = delta == 0 ? "S0A" : "S1A";
            return new Place(relation, text.wordsBetween(m.block(), close, first), m.block(), first, last);
        }
        return null;
    }

    /** The sentence of token {@code i} of block {@code b}, or of the block's last token past its end. */
    static int sentenceAt(ArticleText text, int b, int i) {
        List<ArticleText.Tok> toks = text.tokens(b);
        return toks.isEmpty()
                ? -1
                : toks.get(Math.max(0, Math.min(i, toks.size() - 1))).sentence();
    }

    static int firstTokenOf(ArticleText text, int block, int q) {
        return text.firstTokenOf(q, block);
    }

    static int lastTokenOf(ArticleText text, int block, int q) {
        return text.lastTokenOf(q, block);
    }
}
