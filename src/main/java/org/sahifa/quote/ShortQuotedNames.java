package org.sahifa.quote;

import java.util.List;

/**
 * Short quoted stretches that name something rather than report speech, told by their shape and the words around
 * them, never by a list of the names themselves (issue 14, the second held-out set's false quotations):
 * <ul>
 *   <li>right after a head noun without the article, the name in construct with it: «سجن "…"», «كأس "…"»,
 *       «طائرة "…"», «مسجد "…"» (the lexicon {@code name-head-nouns} and its three companions);
 *   <li>a figure or a model: a few words holding a digit, in a sentence with no speech cue before it: «"106 أمتار"»;
 *   <li>one word without the article that is not an adjective's shape, in a sentence with no speech cue before it
 *       and none right after it: «الطائرات من دون طيار "درون"», «الفيضانات في "أراكان"»;
 *   <li>the subject of a sentence: a quoted stretch that opens the sentence and is followed by a word that is not a
 *       cue: «"صوت الملاعب" سلطت الضوء على …»;
 *   <li>whom someone spoke to: «قال لـ"صوت الملاعب"».
 * </ul>
 * A quoted stretch after «:» or a speech cue in its sentence stays a quotation, except after a head noun.
 */
final class ShortQuotedNames {
    /** Longest quoted stretch, in words, these rules apply to. */
    static final int MAX_WORDS = 4;
    /** Longest stretch, in words, read as a figure or as a sentence's subject. */
    static final int MAX_SUBJECT_WORDS = 3;
    /** How many tokens after a quoted addressee the speech may start: «لـ"…" في اتصال هاتفي: "…"». */
    static final int TOLD_REACH = 5;
    /** Endings of an adjective of relation («إرهابيا», «إنسانية»), folded: a scare quote describes, a name names. */
    private static final String[] ADJECTIVE_ENDINGS = {"ي", "يه", "يا", "يين", "يون", "يات"};

    /** Kinds of named things, folded, without the article: «يخت», «مسجد», «سجن». */
    private static final java.util.Set<String> THING_HEADS = org.sahifa.lexicon.Lexicon.words("name-head-nouns");

    private ShortQuotedNames() {}

    /**
     * @param before the paragraph's tokens ending just before the opening mark
     * @param after  the paragraph's tokens from just after the closing mark
     */
    static boolean isName(List<Token> before, List<Token> after, String quotedText) {
        int words = ArabicText.wordCount(quotedText);
        if (words == 0 || words > MAX_WORDS || !isArabic(quotedText) || endsWithPunctuation(quotedText)) {
            return false; // «"…،" قال» and English sentences are speech
        }
        if (afterHeadNoun(before)
                || spokenTo(before, after)
                || (beforeColon(after) && !afterListNumber(before))
                || afterRoleInConstruct(before)) {
            return true;
        }
        if (QuotedNameContext.cueEarlierInSentence(before) || afterColon(before)) {
            return false;
        }
        if (words <= MAX_SUBJECT_WORDS && afterDefiniteThingHead(before)) {
            return true;
        }
        if (words <= MAX_SUBJECT_WORDS && (holdsDigit(quotedText) || opensSentenceAsSubject(before, after))) {
            return true;
        }
        return words == 1 && isBareNoun(ArabicText.fold(quotedText.strip())) && !cueRightAfter(after);
    }

    private static boolean isArabic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    private static boolean endsWithPunctuation(String text) {
        String t = text.strip();
        return ".,،!?؟…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** «سجن "…"», «ولكأس "…"»: a head noun without the article right before the mark. */
    static boolean afterHeadNoun(List<Token> before) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String word = before.get(before.size() - 1).folded();
        if (ArabicText.isDefinite(word)) {
            return false;
        }
        return QuotedNameFilter.isNameHead(word) || QuotedNameFilter.isNameHead(ArabicText.stripClitic(word));
    }

    /**
     * «وقال "المسند": "…"», «"السعودي الفرنسي": "بتروكيم" سجلت …»: a short stretch followed by «:» names who speaks
     * (or where: «عبر حسابه في "تويتر": "…"»); what is said comes after the colon, not before it.
     */
    static boolean beforeColon(List<Token> after) {
        return !after.isEmpty() && after.get(0).isPunctuation(':');
    }

    /**
     * «3) «لا ينبغي عليك البكاء»: …»: a paragraph opening with a number and «)» or «-» numbers a list of phrases, each
     * explained after its colon; the phrase is something people say, not a name.
     */
    private static boolean afterListNumber(List<Token> before) {
        if (before.size() != 2
                || !before.get(0).isWord()
                || !before.get(0).folded().chars().allMatch(Character::isDigit)) {
            return false;
        }
        return before.get(1).isPunctuation(')')
                || before.get(1).isPunctuation('-')
                || before.get(1).isPunctuation('.');
    }

    /** Roles the lexicon marks as never announcing a name («عام», «باسم», «رئيسا»), folded. */
    private static final java.util.Set<String> SPEAKER_ONLY_ROLES =
            org.sahifa.lexicon.WordList.load("roles").foldedWhere(2, "no");

    /**
     * «محرر «ارتياد الآفاق»», «وقال مدير «تحريات» شرطة أبوظبي»: a role without the article right before the mark is in
     * construct with what follows it, the body or the thing it heads: a name, not words said.
     */
    static boolean afterRoleInConstruct(List<Token> before) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String word = before.get(before.size() - 1).folded();
        String bare = word.length() > 3 && (word.startsWith("و") || word.startsWith("ف")) ? word.substring(1) : word;
        return !ArabicText.isDefinite(bare)
                && !SPEAKER_ONLY_ROLES.contains(bare)
                && (bare.equals(WordLists.roleWord(bare)) || word.equals(WordLists.roleWord(word)));
    }

    /**
     * «اليخت "…"», «الفوهة "…"»: a kind of named thing with the article right before the mark, in a sentence with no
     * speech cue, is followed by its name. Only the things of {@code name-head-nouns}: a body with the article
     * («الصحيفة "…"», «الحلف "…"») may be followed by what it said.
     */
    private static boolean afterDefiniteThingHead(List<Token> before) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String word = ArabicText.stripClitic(before.get(before.size() - 1).folded());
        return ArabicText.isDefinite(word) && THING_HEADS.contains(word.substring(2));
    }

    /**
     * «وقال ل "…" عندما …», «قال المدرب لـ"…" إن …», «وأكد ل "…": "…"»: «ل» written apart right after a speech verb,
     * or after a speech cue of the sentence with the
     * speech itself («إن», «أن», «:» or a quotation) within {@value #TOLD_REACH} tokens after the mark, names whom
     * the speaker told. Without it («تسعى لـ"تحقيق العدالة"») the quoted stretch may be what was said.
     */
    private static boolean spokenTo(List<Token> before, List<Token> after) {
        int n = before.size();
        if (n < 1
                || !before.get(n - 1).isWord()
                || !before.get(n - 1).folded().replace("ـ", "").equals("ل")) {
            return false;
        }
        if (n >= 2
                && before.get(n - 2).isWord()
                && isSpeechVerb(before.get(n - 2).folded())) {
            return true; // «وقال لـ"…" عندما …»: «قال ل» is «said to», whatever follows
        }
        if (!QuotedNameContext.cueEarlierInSentence(before)) {
            return false;
        }
        for (int k = 0; k < after.size() && k < TOLD_REACH; k++) {
            Token t = after.get(k);
            if (t.isPunctuation(':') || t.kind() == Token.Kind.QUOTATION) {
                return true;
            }
            if (t.isWord() && (t.folded().equals("ان") || t.folded().equals("بان"))) {
                return true;
            }
            if (t.endsSentence()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSpeechVerb(String folded) {
        CueWords.Cue cue = CueWords.lookup(folded);
        return cue != null && cue.kind() == CueWords.Kind.VERB;
    }

    /** True when the mark follows «:» or a speech cue directly: «وقال: "…"», «وأضاف "…"». */
    static boolean rightAfterColonOrCue(List<Token> before) {
        if (before.isEmpty()) {
            return false;
        }
        Token last = before.get(before.size() - 1);
        return last.isPunctuation(':') || (last.isWord() && CueWords.lookup(last.folded()) != null);
    }

    private static boolean afterColon(List<Token> before) {
        return !before.isEmpty() && before.get(before.size() - 1).isPunctuation(':');
    }

    private static boolean holdsDigit(String quotedText) {
        return quotedText.chars().anyMatch(Character::isDigit);
    }

    /**
     * Nothing of the sentence before the mark, and a word that is not a cue right after it, nor a demonstrative
     * pointing back at the quoted words as what someone said («"نقول نعم لروسيا" هذا ما أعلنه فلان»).
     */
    private static boolean opensSentenceAsSubject(List<Token> before, List<Token> after) {
        boolean opens = before.isEmpty() || before.get(before.size() - 1).endsSentence();
        return opens
                && !after.isEmpty()
                && after.get(0).isWord()
                && CueWords.lookup(after.get(0).folded()) == null
                && !pointsBackAsSaid(after);
    }

    /** Demonstratives, folded, that open «هذا ما قاله …» after a quotation. */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("هذا", "هذه", "ذلك", "تلك", "هكذا");

    /** «هذا ما أعلنه», «هذه ما قالته», «هكذا قال»: a demonstrative, maybe «ما», then a speech cue. */
    private static boolean pointsBackAsSaid(List<Token> after) {
        if (!DEMONSTRATIVES.contains(after.get(0).folded())) {
            return false;
        }
        int k = 1;
        if (k < after.size() && after.get(k).isWord() && after.get(k).folded().equals("ما")) {
            k++;
        }
        return k < after.size()
                && after.get(k).isWord()
                && CueWords.lookup(after.get(k).folded()) != null;
    }

    /** One word without the article, a preposition's clitic or an adjective's ending: «درون», «أراكان». */
    private static boolean isBareNoun(String folded) {
        if (folded.contains(" ") || ArabicText.isDefinite(folded) || WordLists.isFunctionWord(folded)) {
            return false;
        }
        if (ArabicText.startsWithPrepositionClitic(folded)) {
            return false; // «"بقلق"» is a fragment of speech, not a name
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (folded.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    /** «"كفى"، قال …»: a cue after the mark (across a comma) makes it speech. */
    private static boolean cueRightAfter(List<Token> after) {
        for (int k = 0; k < after.size() && k < 2; k++) {
            Token t = after.get(k);
            if (t.isWord()) {
                return CueWords.lookup(t.folded()) != null;
            }
            if (!t.isPunctuation('،') && !t.isPunctuation(',')) {
                return false;
            }
        }
        return false;
    }
}
