package org.sahifa.nlp;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * Latin letters spelled out in Arabic («إتش», «إس», «بي», «سي»), the parts of an acronym written in Arabic letters:
 * «إتش.إس.بي.سي», «دي.إيه.إن», «بي بي سي». From {@code letter-names.tsv}.
 */
final class LetterNames {
    private static final Set<String> NAMES = Lexicon.words("letter-names");

    private LetterNames() {}

    /** True if the word (any spelling; folded here) is the Arabic spelling of a Latin letter. */
    static boolean isLetterName(String word) {
        return NAMES.contains(Lexicon.fold(word));
    }

    /**
     * True if the token is two or more letter names joined by dots, the first perhaps with «و», «ب» or «ل» before it:
     * «إتش.إس.بي.سي», «وإتش.إس.بي.سي».
     */
    static boolean isDottedAcronym(String token) {
        if (token.indexOf('.') < 0) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        parts[0] = withoutProclitic(parts[0]);
        for (String part : parts) {
            if (!isLetterName(part)) {
                return false;
            }
        }
        return true;
    }

    /** The word without one leading «و», «ب» or «ل» when the rest is a letter name («وإتش»); else the word. */
    private static String withoutProclitic(String word) {
        if (word.length() > 2 && "وبل".indexOf(word.charAt(0)) >= 0 && isLetterName(word.substring(1))) {
            return word.substring(1);
        }
        return word;
    }

    /**
     * Where a word that starts at {@code start} and has letters up to {@code end} ends, taking in dots and further
     * letter names when they spell an acronym with it («إتش.إس.بي.سي»); {@code end} itself otherwise, so a full stop
     * with no space after it («أمس.وقال») still ends the sentence.
     */
    static int dottedAcronymEnd(String text, int start, int end) {
        if (end >= text.length()
                || text.charAt(end) != '.'
                || !isLetterName(withoutProclitic(text.substring(start, end)))) {
            return end;
        }
        int last = end;
        int i = end;
        while (i < text.length() && text.charAt(i) == '.') {
            int partStart = i + 1;
            int partEnd = partStart;
            while (partEnd < text.length() && TextTokens.isWordChar(text.charAt(partEnd))) {
                partEnd++;
            }
            if (partEnd == partStart || !isLetterName(text.substring(partStart, partEnd))) {
                break;
            }
            last = partEnd;
            i = partEnd;
        }
        return last;
    }
}
