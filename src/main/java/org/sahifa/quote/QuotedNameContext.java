package org.sahifa.quote;

import java.util.List;
import java.util.Set;

/**
 * Quoted names told by the words around them rather than by their own shape (see {@link QuotedNameFilter}), in a
 * sentence with no speech cue before the mark:
 * <ul>
 *   <li>a short quoted stretch right before «:» and a quotation is who speaks: «وأردف "العتيبي": "…"»;
 *   <li>one followed by a role is a person's name in apposition, even after a speech verb: «قال "سامي عوض" مدير
 *       …» (the phrase reader then reads it as the speaker); a number in marks is no quotation: «بـ"1100"»;
 *   <li>one described by a relative pronoun names something: «صورا عليها "وردة الجبل" التي ترمز …»;
 *   <li>one word with the article right after a verb or a noun in construct is a name: «وقد أصابت «الدرون» …»,
 *       «إدارة «الحسبة»». After a noun with the article it describes and stays a scare quote: «الولايات المتحدة
 *       "الخطيرة"».
 * </ul>
 */
final class QuotedNameContext {
    /** Longest quoted stretch, in words, these rules apply to. */
    static final int MAX_WORDS = 3;

    private static final Set<String> RELATIVE_PRONOUNS =
            Set.of("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي");

    private QuotedNameContext() {}

    /**
     * @param before the paragraph's tokens ending just before the opening mark
     * @param after  the paragraph's tokens from just after the closing mark
     */
    static boolean isName(List<Token> before, List<Token> after, String quotedText) {
        int words = ArabicText.wordCount(quotedText);
        if (words == 0 || words > MAX_WORDS) {
            return false;
        }
        if (isSpeakerLabel(after) || isNumber(quotedText) || beforeRole(after, quotedText)) {
            return true;
        }
        if (cueEarlierInSentence(before)) {
            return false;
        }
        return describedByRelative(after) || (words == 1 && definiteAfterVerbOrConstruct(before, quotedText));
    }

    /** «"العتيبي": "…"»: a colon and then a quotation. */
    private static boolean isSpeakerLabel(List<Token> after) {
        return after.size() >= 2
                && after.get(0).isPunctuation(':')
                && after.get(1).kind() == Token.Kind.QUOTATION;
    }

    /** «الاتصال بـ"1100"»: a number or a phone number in marks is not something said. */
    static boolean isNumber(String quotedText) {
        String inside = quotedText.strip();
        return !inside.isEmpty() && inside.chars().allMatch(c -> Character.isDigit(c) || " +-/.".indexOf(c) >= 0);
    }

    /** «بحضور "سامي عوض" الرئيس التنفيذي»: a quoted name in apposition with a role is a person's name. */
    private static boolean beforeRole(List<Token> after, String quotedText) {
        return !after.isEmpty()
                && after.get(0).isWord()
                && WordLists.isRole(after.get(0).folded())
                && QuoteFinder.isPersonName(quotedText.strip());
    }

    private static boolean describedByRelative(List<Token> after) {
        return !after.isEmpty()
                && after.get(0).isWord()
                && RELATIVE_PRONOUNS.contains(after.get(0).folded());
    }

    private static boolean definiteAfterVerbOrConstruct(List<Token> before, String quotedText) {
        String quoted = ArabicText.fold(quotedText.strip());
        if (!ArabicText.isDefinite(quoted)
                || before.isEmpty()
                || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String previous = before.get(before.size() - 1).folded();
        return !ArabicText.isDefinite(previous)
                && previous.length() > 2 // not a clitic written apart: «بـ"الخطيرة"»
                && !WordLists.isFunctionWord(previous)
                && !PhraseWords.isPreposition(previous);
    }

    static boolean cueEarlierInSentence(List<Token> before) {
        for (int k = before.size() - 1; k >= 0 && !before.get(k).endsSentence(); k--) {
            if (before.get(k).isWord() && CueWords.lookup(before.get(k).folded()) != null) {
                return true;
            }
        }
        return false;
    }
}
