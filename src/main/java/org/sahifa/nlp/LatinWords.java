package org.sahifa.nlp;

import java.util.Locale;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * Latin words inside an Arabic article are names only when capitalised and not English function words: in «من كتاب
 * The festival of lights» neither «The» nor «festival» names anyone.
 */
final class LatinWords {
    /** English function words («the», «of», «said»), lower case. */
    static final Set<String> FUNCTION_WORDS = Lexicon.words("english-function-words");

    private LatinWords() {}

    /** Takes lower-case Latin words and English function words off the edges of every chunk (dropping it if empty). */
    static void trimChunks(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].startsWith("B-")) {
                continue;
            }
            String type = tags[i].substring(2);
            int end = NameWords.chunkEnd(tags, i, type);
            int start = i;
            while (start < end && notAName(s, start)) {
                tags[start++] = "O";
            }
            while (end > start && notAName(s, end - 1)) {
                tags[--end] = "O";
            }
            if (start < end) {
                tags[start] = "B-" + type;
            }
            i = Math.max(i, end - 1);
        }
    }

    /** A Latin word in lower case, or an English function word however written. */
    static boolean notAName(SentenceWords s, int i) {
        String shape = s.shape[i];
        return shape.equals("l")
                || shape.startsWith("L") && FUNCTION_WORDS.contains(s.norm[i].toLowerCase(Locale.ROOT));
    }
}
