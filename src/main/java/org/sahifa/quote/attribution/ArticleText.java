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

    /** {@link #wordsBetween} stops counting here: the features bucket every count above it together. */
    static final int MAX_WORDS = 100;

    private final List<Block> blocks;
    private final List<List<Tok>> tokens = new ArrayList<>();
    private final List<int[]> tokenEnds = new ArrayList<>();
    /** For each quotation, its first token in its first block and its last token in its last block. */
    private final int[] firstTokens;

    private final int[] lastTokens;

    ArticleText(List<Block> blocks, List<Quote> quotes) {
        this.blocks = blocks;
        this.firstTokens = new int[quotes.size()];
        this.lastTokens = new int[quotes.size()];
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
            List<Integer> inBlock = quotesIn.get(b);
            int region = 0;
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
                while (region < inBlock.size() && regionEnd(quotes.get(inBlock.get(region)), b, text.length()) <= i) {
                    region++;
                }
                int quote = region < inBlock.size() && regionStart(quotes.get(inBlock.get(region)), b) <= i
                        ? inBlock.get(region)
                        : -1;
                if (quote >= 0) {
                    if (quotes.get(quote).block() == b && !startedIn(toks, quote)) {
                        firstTokens[quote] = toks.size();
                    }
                    if (quotes.get(quote).endBlock() == b) {
                        lastTokens[quote] = toks.size();
                    }
                }
                toks.add(new Tok(i, j, text.substring(i, j), word, sentence, quote));
                if (quote < 0 && !word && ".!?؟\n".indexOf(c) >= 0) {
                    sentence++;
                }
                i = j;
            }
            tokens.add(toks);
            int[] ends = new int[toks.size()];
            for (int t = 0; t < ends.length; t++) {
                ends[t] = toks.get(t).end();
            }
            tokenEnds.add(ends);
            sentence++;
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ';
    }

    /** Where quotation {@code q}'s marks start in block {@code b} (0 when it runs on from an earlier block). */
    private static int regionStart(Quote q, int b) {
        return b == q.block() ? q.start() - 1 : 0;
    }

    /** Where quotation {@code q}'s marks end in block {@code b}, exclusive. */
    private static int regionEnd(Quote q, int b, int blockLength) {
        return b == q.endBlock() ? q.end() + 1 : blockLength;
    }

    private static boolean startedIn(List<Tok> toks, int quote) {
        return !toks.isEmpty() && toks.get(toks.size() - 1).quote() == quote;
    }

    /** The first token of quotation {@code q} in its first block, or that block's size when it has none. */
    int firstTokenOf(int q, int block) {
        return firstTokens[q] < tokens.get(block).size()
                        && tokens.get(block).get(firstTokens[q]).quote() == q
                ? firstTokens[q]
                : tokens.get(block).size();
    }

    /** The last token of quotation {@code q} in its last block, or that block's last token when it has none. */
    int lastTokenOf(int q, int block) {
        return lastTokens[q] < tokens.get(block).size()
                        && tokens.get(block).get(lastTokens[q]).quote() == q
                ? lastTokens[q]
                : tokens.get(block).size() - 1;
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
        int[] ends = tokenEnds.get(b);
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > at) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Words outside quotations strictly between token {@code from} and token {@code to} of block {@code b}, counted up
     * to {@value #MAX_WORDS}.
     */
    int wordsBetween(int b, int from, int to) {
        int n = 0;
        int lastQuote = -1;
        List<Tok> toks = tokens.get(b);
        for (int i = Math.max(0, from + 1); i < Math.min(to, toks.size()) && n < MAX_WORDS; i++) {
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
