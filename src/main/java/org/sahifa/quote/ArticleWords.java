package org.sahifa.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words an article uses outside its quotation marks, as loose keys (clitic and article dropped): a quoted name or
 * title tends to recur unmarked in the article («صحيفة "الرياض"» … «الرياض»), a quoted sentence's words less so. One of
 * the span classifier's features (docs/quotations.md, "Round 11: the span classifier with spk1").
 */
final class ArticleWords {
    /** Words this short («في», «من») say nothing about a name and are left out of the share. */
    static final int MIN_LETTERS = 3;

    private ArticleWords() {}

    /** The keys of every word token outside the marks, over all blocks. */
    static Set<String> outsideMarks(List<List<Token>> tokens) {
        Set<String> keys = new HashSet<>();
        for (List<Token> block : tokens) {
            for (Token t : block) {
                if (t.isWord()) {
                    keys.add(key(t.folded()));
                }
            }
        }
        return keys;
    }

    /** A folded word without its leading clitic and article: «والرياض» and «رياض» share a key. */
    static String key(String folded) {
        String w = ArabicText.stripClitic(folded);
        return w.length() > MIN_LETTERS + 1 && w.startsWith("ال") ? w.substring(2) : w;
    }

    /** Share of the span's words of {@link #MIN_LETTERS}+ letters found outside the marks, bucketed; null if none. */
    static String seenShare(String[] spanWords, Set<String> outside) {
        int counted = 0;
        int seen = 0;
        for (String w : spanWords) {
            if (w.length() >= MIN_LETTERS) {
                counted++;
                seen += outside.contains(key(w)) ? 1 : 0;
            }
        }
        if (counted == 0) {
            return null;
        }
        double share = (double) seen / counted;
        return share == 0 ? "0" : share < 0.5 ? "<.5" : share < 1 ? "<1" : "all";
    }
}
