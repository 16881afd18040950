package org.sahifa.nlp;

/**
 * Whether a person name proposed outside the recogniser (a speaker the quotation step read, issue 14 §1.9) is a name
 * at all, by the same evidence the person rules use: a phrase with a word that news seldom writes beside names
 * ({@link WordEvidence#isEverydayWord}: «بعضهم بـ», «أنباء قوية», «دور المنظمات») or with an everyday word or verbal
 * noun carrying an attached pronoun («ختام لقائنا») is refused. A word on a name list, or a name by its letters,
 * counts for the name. Thread-safe: the word sets are shared and immutable.
 */
public final class PersonCandidates {
    private PersonCandidates() {}

    /** True unless a word of {@code name} (as displayed, words separated by spaces) says it is no person's name. */
    public static boolean isNameLike(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        Gazetteer gazetteer = Gazetteer.shared();
        SentenceWords s = SentenceWords.analyze(words, gazetteer);
        for (int k = 0; k < words.length; k++) {
            if (!s.shape[k].equals("ar") || s.isListedName(k) && !gazetteer.isCommon(s.stem[k])) {
                continue;
            }
            boolean nameByLetters = NameLetters.shared().probability(s.norm[k]) >= FirstNameRuns.NAME_LIKE;
            if (WordEvidence.shared().isEverydayWord(s.norm[k]) && !nameByLetters
                    || gazetteer.nameKind(s.norm[k]) == null
                            && EverydayPersons.hasPronounOnEverydayWord(words[k], s.norm[k], gazetteer)) {
                return false;
            }
        }
        return true;
    }
}
