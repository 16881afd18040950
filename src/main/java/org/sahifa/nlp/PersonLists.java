package org.sahifa.nlp;

/**
 * People named one after another («وزيرا المالية والاقتصاد اقليدس تساكالوتوس وجيورجيوس ستاثاكيس», «أمثال سيمون
 * دوبوفوار وبيتي فريدان»): right after a person (or a person and a comma), a name of two or three words opening
 * with «و» is a second person (issue 14 §1.3, round 13), though the model left it out or read a word of it as a
 * place.
 *
 * <p>The first word, without its «و», is a listed name or reads as a name by its letters, and is no everyday, title,
 * place or function word; the words after it are name-like as {@link ForeignNames} reads a name's continuation. A
 * single word is not taken: «و» + one word is as often a noun («ووزير», «وعائلته»).
 */
final class PersonLists {
    /** Letter score of the first word: that of a foreign name ({@link FirstNameRuns#FOREIGN_NAME_LIKE}). */
    private static final double FIRST_WORD_LETTERS = FirstNameRuns.FOREIGN_NAME_LIKE;
    /** Words after the first, at most: names of up to three words. */
    private static final int MAX_AFTER_FIRST = 2;

    private final Gazetteer gazetteer;
    private final NameLetters letters;
    private final ForeignNames foreignNames;

    PersonLists(Gazetteer gazetteer, NameLetters letters, ForeignNames foreignNames) {
        this.gazetteer = gazetteer;
        this.letters = letters;
        this.foreignNames = foreignNames;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 1; i + 1 < tags.length; i++) {
            if (!tags[i].equals("O") || !joinsPerson(s, tags, i) || !opensName(s, i)) {
                continue;
            }
            int end = foreignNames.continuationEnd(s, tags, i + 1, MAX_AFTER_FIRST);
            if (end - i < 2) {
                continue;
            }
            tags[i] = "B-PERS";
            for (int k = i + 1; k < end; k++) {
                tags[k] = "I-PERS";
            }
            i = end - 1;
        }
    }

    /** The word carries «و» and comes right after a person chunk, or after a person chunk and a comma. */
    private static boolean joinsPerson(SentenceWords s, String[] tags, int i) {
        if (s.norm[i].length() < 4 || s.norm[i].charAt(0) != 'و') {
            return false;
        }
        int before = i - 1;
        if (before > 0 && isComma(s.norm[before])) {
            before--;
        }
        return tags[before].endsWith("-PERS");
    }

    /** The word without its «و» opens a name: «بيتي», «جيورجيوس» (the stemmer may read «وب» + «يتي»). */
    private boolean opensName(SentenceWords s, int i) {
        String rest = s.norm[i].substring(1);
        if (!s.shape[i].equals("ar")
                || rest.length() < 3
                || rest.startsWith("ال")
                || gazetteer.isCommon(rest)
                || gazetteer.isPlace(rest) && gazetteer.nameKind(rest) == null
                || !s.place[i].equals(SentenceWords.NO_PLACE)
                || WordEvidence.shared().isEverydayWord(rest)
                || NameWords.NEVER_NAMES.contains(rest)
                || NameWords.TITLE_LINKS.contains(rest)
                || NameWords.PLACE_CUES.contains(rest)
                || NameWords.isTitle(s, i)
                || NationalityAdjectives.isNationality(rest)
                || PersonEnds.isUnlistedVerb(rest, gazetteer)) {
            return false;
        }
        return gazetteer.nameKind(rest) != null || letters.probability(rest) >= FIRST_WORD_LETTERS;
    }

    private static boolean isComma(String word) {
        return word.equals("،") || word.equals(",");
    }
}
