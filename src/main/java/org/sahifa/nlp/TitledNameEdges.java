package org.sahifa.nlp;

/**
 * A person found after a title, or before a role in apposition, that the model cut short by one word (issue 14 §1.1,
 * round 9): a first name that is no listed name («د. دوري غولد»: «دوري» is also "league") or a last name on no list
 * («حاكم الولاية عبدالستار بارز لوكالة …»: «بارز» is also "prominent"; «عباد الله كريمي المتحدث باسم …»).
 *
 * <p>The title is the evidence that a name stands there, so the word is taken on its form alone: plain Arabic, no
 * clitic and no article, three letters or more, not a function, time, title, place or linking word, not shaped like
 * an unlisted verb, not ending in a pronoun («شعبه», «نظيره») and with letters that read as a name. A word before the chunk must stand right after the
 * title (or its linking words: «رئيس الوزراء …»). A word after it must be followed by the sentence's end, a
 * punctuation mark, a word with the preposition «ل»/«ب» («لوكالة») or a title in apposition («المتحدث»), so that the
 * name ends there and no complement or verb is pulled in.
 */
final class TitledNameEdges {
    /** Longest chunk this rule lengthens: a name of up to three words plus the one it adds. */
    private static final int MAX_CHUNK = 3;
    /** Least letter score ({@link NameLetters}) of a word taken into a name that is on no everyday list. */
    static final double LETTERS_OF_A_NAME = 0.3;

    private final Gazetteer gazetteer;

    TitledNameEdges(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = NameWords.chunkEnd(tags, i, "PERS");
            if (end - i == 1 && i >= 1 && tags[i - 1].equals("O") && isFirstNameAfterTitle(s, i - 1)) {
                tags[i - 1] = "B-PERS";
                tags[i] = "I-PERS";
                i--;
            } else if (end - i <= MAX_CHUNK
                    && end < tags.length
                    && tags[end].equals("O")
                    && (NameWords.followsTitle(s, i) || isApposedTitle(s, end + 1))
                    && isPlainNameWord(s, end)
                    && endsName(s, end + 1)) {
                tags[end++] = "I-PERS";
            }
            i = end - 1;
        }
    }

    /** An unlisted word right after a title or its linking words, and itself no linking word. */
    private boolean isFirstNameAfterTitle(SentenceWords s, int k) {
        return k >= 1 && NameWords.followsTitle(s, k) && !NameWords.isTitleLink(s, k) && isPlainNameWord(s, k);
    }

    private boolean isPlainNameWord(SentenceWords s, int k) {
        String norm = s.norm[k];
        return s.shape[k].equals("ar")
                && (s.clitic[k].isEmpty() || readsAsForeignName(norm))
                && !norm.startsWith("ال")
                && norm.length() >= 3
                && !endsInPronoun(norm)
                && !NameWords.NEVER_NAMES.contains(norm)
                && !NameWords.NEVER_NAMES.contains(s.stem[k])
                && !NameWords.TIME_WORDS.contains(norm)
                && !NameWords.TITLE_LINKS.contains(norm)
                && !NameWords.PLACE_CUES.contains(norm)
                && !NameWords.isTitle(s, k)
                && s.place[k].equals(SentenceWords.NO_PLACE)
                && !NationalityAdjectives.isNationality(norm)
                && !PersonEnds.isUnlistedVerb(norm, gazetteer)
                && !NameWords.looksLikeVerb(norm)
                && !WordEvidence.shared().isEverydayWord(norm)
                && readsAsName(norm);
    }

    /**
     * «بارز» is no «ب» + «ارز»: a word the stemmer reads with a clitic is still taken whole when it opens with no «و»
     * and no article after the clitic, and its letters read as a foreign name's ({@link FirstNameRuns#FOREIGN_NAME_LIKE}).
     */
    private static boolean readsAsForeignName(String norm) {
        return norm.charAt(0) != 'و'
                && !norm.startsWith("ال", 1)
                && NameLetters.shared().probability(norm) >= FirstNameRuns.FOREIGN_NAME_LIKE;
    }

    /**
     * The word's letters read as a name: an everyday word of the gazetteer («دوري», league) only as strongly as an
     * unlisted foreign name ({@link FirstNameRuns#FOREIGN_NAME_LIKE}), any other word above {@link #LETTERS_OF_A_NAME}
     * (past verbs and prepositions score lower: «استشهد» 0.02, «إثر» 0.13).
     */
    private boolean readsAsName(String norm) {
        double letters = NameLetters.shared().probability(norm);
        return gazetteer.isCommon(norm) ? letters >= FirstNameRuns.FOREIGN_NAME_LIKE : letters >= LETTERS_OF_A_NAME;
    }

    /** «شعبه», «نظيرها», «بلادهم»: a noun with a pronoun, never a name here (a name ending in ة is lost with it). */
    private static boolean endsInPronoun(String norm) {
        return norm.endsWith("ه") || norm.endsWith("هم") || norm.endsWith("ها") || norm.endsWith("هما");
    }

    /** True if a name may end before {@code k}: the end, a mark, a preposition on a word, a title in apposition. */
    static boolean endsName(SentenceWords s, int k) {
        if (k >= s.length()) {
            return true;
        }
        if (!s.shape[k].equals("ar")) {
            return s.norm[k].length() == 1 && !Character.isLetterOrDigit(s.norm[k].charAt(0));
        }
        String clitic = s.clitic[k];
        return clitic.equals("ل") || clitic.equals("ب") || isApposedTitle(s, k);
    }

    /** A title with the article after the name, in apposition: «… كريمي المتحدث باسم الشرطة». */
    private static boolean isApposedTitle(SentenceWords s, int k) {
        return k < s.length() && s.norm[k].startsWith("ال") && s.clitic[k].isEmpty() && NameWords.isTitle(s, k);
    }
}
