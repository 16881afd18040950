package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.EntityType;

/**
 * Tells a quoted name or title from a quotation. A quoted stretch is a name when the word before
 * it names a kind of title («وكالة “ريا نوفوستي”»، «روايتها “…”»، «ندوة بعنوان “…”»، «ما يسمى “…”»),
 * possibly with up to {@value #MAX_ADJECTIVES} adjectives between («كتابه الجديد “…”»), or when the
 * recogniser found it as an organisation or place. A definite title noun right after a speech verb
 * is a speaker, not a title: «وقالت الصحيفة “…”» is a quotation.
 */
final class QuotedNameFilter {
    /** Adjectives with the article allowed between a title noun and the quoted title. */
    static final int MAX_ADJECTIVES = 2;
    /** Longest quoted name, in words; longer quoted stretches are always quotations. */
    static final int MAX_NAME_WORDS = 12;

    private QuotedNameFilter() {
    }

    /**
     * True when the span whose opening mark is at {@code open} in a paragraph with these tokens
     * (quoted stretches not yet merged) is a name or title.
     *
     * @param before the paragraph's tokens ending just before the opening mark
     */
    static boolean isName(List<Token> before, String quotedText, EntityIndex entities, int block) {
        if (ArabicText.wordCount(quotedText) > MAX_NAME_WORDS) {
            return false;
        }
        if (namedByEntity(quotedText, entities, block)) {
            return true;
        }
        int i = before.size() - 1;
        if (i >= 0 && before.get(i).isWord() && isLoneClitic(before.get(i).folded())) {
            i--;
        }
        for (int adjectives = 0; i >= 0 && adjectives <= MAX_ADJECTIVES; adjectives++, i--) {
            Token t = before.get(i);
            if (!t.isWord()) {
                return false;
            }
            String w = t.folded();
            if (WordLists.isNamingWord(w)) {
                return true;
            }
            if (WordLists.isTitleNoun(w)) {
                boolean definite = ArabicText.isDefinite(w) && !WordLists.hasPossessive(w);
                boolean afterSpeechVerb = i > 0 && before.get(i - 1).isWord() && isSpeechVerb(before.get(i - 1).folded());
                return !(definite && afterSpeechVerb);
            }
            if (!ArabicText.isDefinite(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean namedByEntity(String quotedText, EntityIndex entities, int block) {
        var entity = entities.resolveExact(quotedText);
        return entity != null && entity.type() != EntityType.PERSON;
    }

    private static boolean isSpeechVerb(String folded) {
        CueWords.Cue cue = CueWords.lookup(folded);
        return cue != null && (cue.kind() == CueWords.Kind.VERB || cue.kind() == CueWords.Kind.REPORT);
    }

    /** «ب» or «ل» written apart before the mark: «بـ“…”». */
    private static boolean isLoneClitic(String folded) {
        return folded.equals("ب") || folded.equals("ل") || folded.equals("ك");
    }
}
