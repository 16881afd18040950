package org.sahifa.quote;

/**
 * What the quote step's word lists say about one word, for readers outside this package (the speaker model in
 * {@code org.sahifa.quote.attribution}). Every method takes a word as written and folds it first.
 */
public final class SpeechWords {
    /** The grammatical gender a speech verb shows for its subject; {@code NONE} for a word that is no speech verb. */
    public enum VerbGender {
        MASCULINE,
        FEMININE,
        PLURAL,
        UNKNOWN,
        NONE
    }

    private SpeechWords() {}

    /** The word folded as the quote step compares words (no diacritics, one alef, final ى as ي, ة as ه). */
    public static String fold(String word) {
        return ArabicText.fold(word);
    }

    /** The gender of a finite speech verb («قال», «وأضافت»), or {@code NONE}. */
    public static VerbGender speechVerb(String word) {
        CueWords.Cue cue = CueWords.lookup(ArabicText.fold(word));
        if (cue == null || cue.kind() != CueWords.Kind.VERB) {
            return VerbGender.NONE;
        }
        return VerbGender.valueOf(cue.gender().name());
    }

    /** Any speech cue: a verb, a participle («معتبرا»), a relay («بحسب»), «نقل» or «قوله». */
    public static boolean isCue(String word) {
        return CueWords.lookup(ArabicText.fold(word)) != null;
    }

    /** A role word («الوزير», «رئيس», «المتحدثة»), possessive forms included. */
    public static boolean isRole(String word) {
        return WordLists.isRole(ArabicText.fold(word));
    }

    /** A noun of saying («تصريح», «بيان»). */
    public static boolean isSayingNoun(String word) {
        return WordLists.isSayingNoun(ArabicText.fold(word));
    }

    /** An organisation's head noun («وزارة», «شركة»). */
    public static boolean isBody(String word) {
        return WordLists.isBody(ArabicText.fold(word));
    }

    /** A word that opens an unnamed source («مصدر», «مسؤول»). */
    public static boolean isUnnamedSource(String word) {
        return WordLists.isUnnamedSource(ArabicText.fold(word));
    }

    /** A particle, preposition or pronoun on the function-word list. */
    public static boolean isFunctionWord(String word) {
        return WordLists.isFunctionWord(ArabicText.fold(word));
    }
}
