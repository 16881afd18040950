package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Quote;

/**
 * The words and punctuation of an article's paragraphs, each token knowing its sentence and the quotation it lies in.
 * Sentences end at «.», «!», «?», «؟» and line breaks outside quotations, and at every paragraph's end.
 */
final class ArticleText {
    /** One word or punctuation mark of a paragraph. */
    record Tok(int start, int end, String text, boolean word, int sentence, int quote) {}

    private final List<Block> blocks;
    private final List<List<Tok>> tokens = new ArrayList<>();

    ArticleText(List<Block> blocks, List<Quote> quotes) {
        this.blocks = blocks;
        List<List<Integer>> quotesIn = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            quotesIn.add(new ArrayList<>());
        }
        for (int q = 0; q < quotes.size(); q++) {
            for (int b = quotes.get(q).block(); b <= Math.min(quotes.get(q).endBlock(), blocks.size() - 1); b++) {
                quotesIn.get(b).add(q);
            }
        }
        int sentence = 0;
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            List<Tok> toks = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) && c != '\n') {
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean word = isWordChar(c);
                if (word) {
                    while (j < text.length() && isWordChar(text.charAt(j))) {
                        j++;
                    }
                }
                int quote = quoteAt(quotes, quotesIn.get(b), b, i, text.length());
                toks.add(new Tok(i, j, text.substring(i, j), word, sentence, quote));
                if (quote < 0 && !word && ".!?؟\n".indexOf(c) >= 0) {
                    sentence++;
                }
                i = j;
            }
            tokens.add(toks);
            sentence++;
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ';
    }

    /** The quotation whose marks enclose offset {@code at} of block {@code b}, or -1. */
    private static int quoteAt(List<Quote> quotes, List<Integer> inBlock, int b, int at, int blockLength) {
        for (int q : inBlock) {
            Quote quote = quotes.get(q);
            if (b < quote.block() || b > quote.endBlock()) {
                continue;
            }
            int from = b == quote.block() ? quote.start() - 1 : 0;
            int to = b == quote.endBlock() ? quote.end() + 1 : blockLength;
            if (at >= from && at < to) {
                return q;
            }
        }
        return -1;
    }

    List<Tok> tokens(int block) {
        return tokens.get(block);
    }

    String source(int block) {
        return blocks.get(block).text();
    }

    int blockCount() {
        return blocks.size();
    }

    /** The index of the first token of block {@code b} at or after offset {@code at} (the size when none). */
    int tokenAt(int b, int at) {
        List<Tok> toks = tokens.get(b);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > at) {
                return i;
            }
        }
        return toks.size();
    }

    /** Words outside quotations strictly between token {@code from} and token {@code to} of block {@code b}. */
    int wordsBetween(int b, int from, int to) {
        int n = 0;
        int lastQuote = -1;
        List<Tok> toks = tokens.get(b);
        for (int i = Math.max(0, from + 1); i < Math.min(to, toks.size()); i++) {
            Tok t = toks.get(i);
            if (t.quote() >= 0) {
                n += t.quote() == lastQuote ? 0 : 1; // another quotation counts as one word
                lastQuote = t.quote();
            } else if (t.word()) {
                n++;
            }
        }
        return n;
    }
}
