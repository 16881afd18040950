package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.chunkEnd;

/**
 * A person chunk that holds only a first name takes the family name after it when that word is unknown to the model
 * but looks like a name (issue 14 §1.2): «الإعلامية أمل» + «صقر», «المهاجم كريم» + «بنزيمة», «عبد الرحمن» + «صباح» +
 * «عيدان». The word after must be a name by a name list or by its letters ({@link NameLetters}), and nothing else by
 * its form: no article, no clitic (unless news writes the word with it, {@link WordEvidence#keepsFirstLetter}), no
 * everyday, function or title word, no place, no verb (unless its letters say foreign name: «سينيرلي» looks like «سيفعل»), no nationality adjective, no word that news seldom writes
 * beside names ({@link WordEvidence#isEverydayWord}). An everyday given name («صباح») is taken in the middle only
 * before such a word.
 *
 * <p>A one-word foreign name, unlisted and a name by its letters, likewise takes up to two more words that are
 * names by their letters and nothing else (issue 14 §1.3): «فريدون» + «سينيرلي أوغلو».
 *
 * <p>Also a first name written as an Arabic word (issue 14 §1, class 5): «الآن» before a person chunk whose first word
 * is a name by its letters and on no Arabic name list is «Alain» («الآن لوروا»); the adverb stays everywhere else.
 */
final class FirstNameRuns {
    /** Letter score ({@link NameLetters}) from which an unlisted word looks like a name. */
    static final double NAME_LIKE = 0.4;
    /** Letter score from which an unlisted word reads as a foreign name on its own evidence («سينيرلي» 1.00). */
    static final double FOREIGN_NAME_LIKE = 0.8;
    /** Longest foreign name a run builds, in words. */
    private static final int MAX_FOREIGN_NAME_WORDS = 3;
    /** Fewest letters of a family name taken this way. */
    private static final int MIN_FAMILY_NAME = 3;
    /** Longest first name a run starts from, in words («عبد الرحمن»). */
    private static final int MAX_FIRST_NAME_WORDS = 2;
    /** Arabic words that also spell a foreign first name, normalised: «الآن» (now) and «Alain». */
    private static final java.util.Set<String> FIRST_NAMES_SPELT_AS_WORDS = java.util.Set.of("الان");

    private final Gazetteer gazetteer;
    private final NameLetters letters;

    FirstNameRuns(Gazetteer gazetteer, NameLetters letters) {
        this.gazetteer = gazetteer;
        this.letters = letters;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            if (i > 0
                    && tags[i - 1].equals("O")
                    && FIRST_NAMES_SPELT_AS_WORDS.contains(s.norm[i - 1])
                    && isForeignNameWord(s, i)) {
                tags[i - 1] = "B-PERS";
                tags[i] = "I-PERS";
            }
            if (end - i == 1 && end < tags.length && isForeignFirstName(s, i)) {
                // «فريدون» + «سينيرلي» + «أوغلو»: an unlisted foreign name takes the words after it that its letters
                // say are names too, up to a name of three words
                while (end < tags.length && end - i < MAX_FOREIGN_NAME_WORDS && isForeignFamilyName(s, tags, end)) {
                    tags[end++] = "I-PERS";
                }
            } else if (end - i <= MAX_FIRST_NAME_WORDS && allFirstNames(s, i, end) && end < tags.length) {
                if (isFamilyNameLike(s, tags, end)) {
                    tags[end++] = "I-PERS";
                } else if (end + 1 < tags.length
                        && tags[end].equals("O")
                        && isFirstName(s, end)
                        && isFamilyNameLike(s, tags, end + 1)) {
                    tags[end++] = "I-PERS";
                    tags[end++] = "I-PERS";
                }
            }
            i = end - 1;
        }
    }

    private boolean allFirstNames(SentenceWords s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isFirstName(s, k)) {
                return false;
            }
        }
        return true;
    }

    /** A given name by the lists, an everyday word that is also a given name («أمل»), or a first name by the news. */
    private boolean isFirstName(SentenceWords s, int k) {
        if (!s.shape[k].equals("ar")) {
            return false;
        }
        Gazetteer.Kind kind = gazetteer.nameKind(s.stem[k]);
        return kind == Gazetteer.Kind.GIVEN
                || kind == Gazetteer.Kind.NAME_FREQUENT
                || NameWords.AMBIGUOUS_NAMES.contains(ArabicWords.bare(s.stem[k]))
                || WordEvidence.shared().isFirstName(s.norm[k]);
    }

    /** A word that can be the family name after a first name: a name by a list or its letters, nothing else. */
    private boolean isFamilyNameLike(SentenceWords s, String[] tags, int k) {
        if (!tags[k].equals("O") || !s.shape[k].equals("ar")) {
            return false;
        }
        String norm = s.norm[k];
        boolean plain = s.clitic[k].isEmpty() || PersonReadings.keepsWhole(norm);
        if (!plain
                || norm.length() < MIN_FAMILY_NAME
                || EverydayPersons.isVerbalNoun(norm)
                || norm.startsWith("ال")
                || gazetteer.isCommon(norm)
                || NameWords.NEVER_NAMES.contains(norm)
                || NameWords.PERSON_TITLES.contains(norm)
                || NameWords.AMBIGUOUS_NAMES.contains(norm)
                || !s.place[k].equals(SentenceWords.NO_PLACE)
                || gazetteer.isPlace(norm)
                || PersonEnds.isUnlistedVerb(norm, gazetteer) && letters.probability(norm) < FOREIGN_NAME_LIKE
                || NationalityAdjectives.isNationality("ال" + norm)
                || WordEvidence.shared().isEverydayWord(norm)) {
            return false;
        }
        return gazetteer.nameKind(norm) != null || letters.probability(norm) >= NAME_LIKE;
    }

    /**
     * A one-word person that is a foreign name by its letters ({@link #FOREIGN_NAME_LIKE}), on no Arabic name list and
     * not among the first names the other runs start from.
     */
    private boolean isForeignFirstName(SentenceWords s, int k) {
        return !isFirstName(s, k)
                && (s.clitic[k].isEmpty() || PersonReadings.keepsWhole(s.norm[k])) // «فريدون» is not «ف» + «ريدون»
                && !s.norm[k].startsWith("ال")
                && isForeignNameWord(s, k)
                && letters.probability(s.norm[k]) >= FOREIGN_NAME_LIKE;
    }

    /** A family name after a foreign first name: family-name-like, and as foreign by its letters. */
    private boolean isForeignFamilyName(SentenceWords s, String[] tags, int k) {
        return isFamilyNameLike(s, tags, k)
                && isForeignNameWord(s, k)
                && letters.probability(s.norm[k]) >= FOREIGN_NAME_LIKE;
    }

    /** A word of a foreign name: on no Arabic given or family name list, a name by Wikidata or by its letters. */
    private boolean isForeignNameWord(SentenceWords s, int k) {
        Gazetteer.Kind kind = gazetteer.nameKind(s.norm[k]);
        return s.shape[k].equals("ar")
                && kind != Gazetteer.Kind.GIVEN
                && kind != Gazetteer.Kind.FAMILY
                && !gazetteer.isCommon(s.norm[k])
                && (kind != null || letters.probability(s.norm[k]) >= NAME_LIKE);
    }
}
