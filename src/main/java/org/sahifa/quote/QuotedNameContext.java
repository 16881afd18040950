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
 *   <li>one between a speech verb and «أن»/«إن» is the verb's subject, who speaks: «وذكر "علي" أنه …»;
 *   <li>one described by a relative pronoun names something (up to {@value #MAX_DESCRIBED_WORDS} words): «صورا عليها
 *       "وردة الجبل" التي ترمز …», «من خلال "حفل الزواج الجماعي العاشر" الذي أقيم»;
 *   <li>one word with the article right after a verb or a noun in construct is a name: «وقد أصابت «الدرون» …»,
 *       «إدارة «الحسبة»». After a noun with the article it describes and stays a scare quote: «الولايات المتحدة
 *       "الخطيرة"».
 * </ul>
 */
final class QuotedNameContext {
    /** Longest quoted stretch, in words, these rules apply to. */
    static final int MAX_WORDS = 3;

    /** Longest quoted stretch, in words, that a relative pronoun after it tells as a name: «"حفل … العاشر" الذي». */
    static final int MAX_DESCRIBED_WORDS = 4;

    /** «أن», «إن», «بأن» and their forms with a pronoun, folded: what opens reported speech after a verb's subject. */
    private static final Set<String> THAT =
            Set.of("ان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "بان", "بانه", "بانها", "بانهم");

    /** «بيّن» written without its shadda, as the preposition «بين»: a speech verb only before «أن». */
    private static final Set<String> SHOWED = Set.of("بين", "وبين", "بينت", "وبينت");

    private static final Set<String> RELATIVE_PRONOUNS =
            Set.of("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي");

    private QuotedNameContext() {}

    /**
     * @param before the paragraph's tokens ending just before the opening mark
     * @param after  the paragraph's tokens from just after the closing mark
     */
    static boolean isName(List<Token> before, List<Token> after, String quotedText) {
        int words = ArabicText.wordCount(quotedText);
        if (words == 0 || words > MAX_DESCRIBED_WORDS) {
            return false;
        }
        if (words > MAX_WORDS) {
            return !endsWithPunctuation(quotedText) && !cueEarlierInSentence(before) && describedByRelative(after);
        }
        if (isSpeakerLabel(after) || isNumber(quotedText) || beforeRole(after, quotedText)) {
            return true;
        }
        if (!endsWithPunctuation(quotedText) && subjectOfSpeechVerb(before, after)) {
            return true;
        }
        if (cueEarlierInSentence(before)) {
            return false;
        }
        return describedByRelative(after) || (words == 1 && definiteAfterVerbOrConstruct(before, quotedText));
    }

    private static boolean endsWithPunctuation(String quotedText) {
        String t = quotedText.strip();
        return !t.isEmpty() && ".,،!?؟…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * «وذكر "علي" أنه …», «وأوضح "الغامدي" أن …», «وقال «مكتب الأخبار» إن …»: a short stretch between a speech verb
     * and «أن»/«إن» (a comma may stand before it) is the verb's subject, the one who speaks, not what was said.
     */
    private static boolean subjectOfSpeechVerb(List<Token> before, List<Token> after) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String verb = before.get(before.size() - 1).folded();
        CueWords.Cue cue = CueWords.lookup(verb);
        boolean isVerb = (cue != null && cue.kind() == CueWords.Kind.VERB) || SHOWED.contains(verb);
        int k = !after.isEmpty()
                        && (after.get(0).isPunctuation('،') || after.get(0).isPunctuation(','))
                ? 1
                : 0;
        return isVerb
                && k < after.size()
                && after.get(k).isWord()
                && THAT.contains(after.get(k).folded());
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
            if (before.get(k).isWord()
                    && CueWords.lookup(before.get(k).folded()) != null
                    && !isEditorialFormula(before, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «يذكر أن …», «ومما يذكر أن …»: the impersonal «it is mentioned that» is the writer's own aside, not anyone's
     * speech; the active verb has its subject before «أن» («يذكر الباحث أن»).
     */
    private static boolean isEditorialFormula(List<Token> toks, int k) {
        String w = toks.get(k).folded();
        boolean mentioned = w.equals("يذكر") || w.equals("ويذكر");
        return mentioned
                && k + 1 < toks.size()
                && toks.get(k + 1).isWord()
                && toks.get(k + 1).folded().equals("ان");
    }
}
