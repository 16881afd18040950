package org.sahifa.nlp;

/**
 * A given name followed by a family name that unlabelled news writes after given names ({@link
 * WordEvidence#isFamilyName}: «العتيبي», «الدخيل», «الحازمي») is a person, even when the given name is also an
 * everyday word or a place and the model left it out (issue 14 §1.2): «سلطان العتيبي», «وبندر الدخيل» (not the port
 * and a place), «الإعلامي تركي الدخيل» (not «Turkish»), «الدكتور عيد اليحيى», «علي الصقعي».
 *
 * <p>The first word is a given name by the lists (everyday or not), a first name by the news, «علي» as written (the
 * preposition «على» has the same normalised form, so the spelling decides), or any plain word right after a title.
 * The family name carries the evidence: the article, no clitic, on the news's family-name set, not a place, not a
 * nationality adjective, not an everyday noun unless a name list has it without its article. Both words are untagged
 * or one-word chunks of their own, or together one chunk of another type (the model reads «بندر» and «الدخيل» as
 * places).
 */
final class GivenAndFamilyNames {
    /** The given name Ali as written: its normalised form is also that of the preposition «على». */
    private static final String ALI = "علي";

    private final Gazetteer gazetteer;

    GivenAndFamilyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean twoLoneWords = isLoneWord(tags, i) && isLoneWord(tags, i + 1);
            if ((twoLoneWords || isTwoWordChunkOtherThanPerson(tags, i))
                    && !(tags[i].equals("B-PERS") && tags[i + 1].equals("O"))
                    && isFamilyName(s, i + 1)
                    && isGivenName(tokens, s, i)) {
                tags[i] = "B-PERS";
                tags[i + 1] = "I-PERS";
                i++;
            }
        }
    }

    private boolean isListedGivenName(String word) {
        Gazetteer.Kind kind = gazetteer.nameKind(word);
        return kind == Gazetteer.Kind.GIVEN
                || kind == Gazetteer.Kind.NAME_FREQUENT
                || NameWords.AMBIGUOUS_NAMES.contains(word)
                || WordEvidence.shared().isFirstName(word);
    }

    /** Untagged, or a chunk of this one word. */
    private static boolean isLoneWord(String[] tags, int k) {
        if (tags[k].equals("O")) {
            return true;
        }
        return tags[k].startsWith("B-") && (k + 1 == tags.length || !tags[k + 1].startsWith("I-"));
    }

    /** A place or organisation chunk of exactly these two words («وبندر الدخيل» read as a place). */
    private static boolean isTwoWordChunkOtherThanPerson(String[] tags, int k) {
        return tags[k].startsWith("B-")
                && !tags[k].equals("B-PERS")
                && tags[k + 1].equals("I-" + tags[k].substring(2))
                && (k + 2 == tags.length || !tags[k + 2].startsWith("I-"));
    }

    private boolean isFamilyName(SentenceWords s, int k) {
        String norm = s.norm[k];
        return s.shape[k].equals("ar")
                && s.clitic[k].isEmpty()
                && norm.startsWith("ال")
                && WordEvidence.shared().isFamilyName(norm)
                && !gazetteer.isPlace(norm)
                && !NationalityAdjectives.isNationality(norm)
                && !NameWords.PERSON_TITLES.contains(norm)
                && (!gazetteer.isCommon(norm) || gazetteer.nameKind(s.bare[k]) != null);
    }

    private boolean isGivenName(String[] tokens, SentenceWords s, int k) {
        if (!s.shape[k].equals("ar") || s.stem[k].startsWith("ال") || s.stem[k].length() < 3) {
            return false;
        }
        String stem = s.stem[k];
        // the least stripped reading: «وبندر» is «و» + «بندر», though the stemmer reads «وب» + «ندر»
        for (String reading : ArabicWords.procliticSplits(s.norm[k])) {
            if (isListedGivenName(reading)) {
                return !NameWords.NEVER_NAMES.contains(reading);
            }
        }
        boolean plain = s.clitic[k].isEmpty();
        if (plain
                && ArabicWords.normalize(tokens[k]).equals(ALI)
                && tokens[k].replaceAll("[\\u064B-\\u0652]", "").endsWith("ي")) {
            return true;
        }
        return plain
                && NameWords.followsTitle(s, k)
                && !NameWords.NEVER_NAMES.contains(stem)
                && !NameWords.PERSON_TITLES.contains(stem)
                && !WordEvidence.shared().isEverydayWord(s.norm[k]);
    }
}
