package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.lexicon.WordList;

/**
 * Set phrases whose words look like names but name no one («حجاج بيت الله», «بالخير واليمن والبركات»): their words
 * are taken out of any name. The phrases are the lexicon list {@code set-phrases}.
 */
final class SetPhrases {
    private static final List<String[]> PHRASES = load();

    private SetPhrases() {}

    private static List<String[]> load() {
        List<String[]> phrases = new ArrayList<>();
        for (List<String> row : WordList.load("set-phrases").rows()) {
            phrases.add(Lexicon.fold(row.get(0)).split(" "));
        }
        return List.copyOf(phrases);
    }

    /** Sets to O the tags of every word inside a set phrase. */
    static void clear(SentenceWords s, String[] tags) {
        boolean[] inside = wordsInPhrases(s);
        for (int i = 0; i < tags.length; i++) {
            if (inside[i]) {
                tags[i] = "O";
            }
        }
    }

    /** For each word of the sentence, whether it is inside a set phrase. */
    static boolean[] wordsInPhrases(SentenceWords s) {
        boolean[] inside = new boolean[s.length()];
        for (int i = 0; i < inside.length; i++) {
            for (String[] phrase : PHRASES) {
                if (matchesAt(s, i, phrase)) {
                    java.util.Arrays.fill(inside, i, i + phrase.length, true);
                }
            }
        }
        return inside;
    }

    private static boolean matchesAt(SentenceWords s, int i, String[] phrase) {
        if (i + phrase.length > s.length()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!ArabicWords.procliticSplits(s.norm[i + k]).contains(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
