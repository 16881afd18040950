package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

import java.util.Set;

/**
 * Person names on no list, mostly foreign names in Arabic letters («خوليان لوبيتيغي», «كوابينا أدومو»): a run of one
 * to three words that look like name words by their letters ({@link NameLetters}) becomes a person, or extends one,
 * only where the context already says a person stands:
 *
 * <ul>
 *   <li>after a title or role, across its complement and a nationality adjective («المدرب الإسباني …», «الرئيس
 *       الكونغولي …»);
 *   <li>after a nationality adjective that follows no body («اللاعبة البيلاروسية …»; not «الشركة الفرنسية …»);
 *   <li>between a speech verb and its cue («وقال … إن», «وأضافت … أن»);
 *   <li>after «بزعامة», «برئاسة», «بقيادة» (led by);
 *   <li>after a person the model found, when its last word is a listed given name («جان» + «لوكاسو»).
 * </ul>
 *
 * A word of the run has no article, no conjunction «و» after the first word, is not an everyday, function or title word, and is not a
 * listed place unless a name list has it too. A one-word place the model found there with no place list behind it
 * («كوابينا») is taken back as the person.
 */
final class ForeignNames {
    /** A word whose letters give at least this probability looks like a name word (held out: precision 0.99). */
    static final double MIN_PROBABILITY = 0.8;
    /** A word after the first of a run needs less («برتران» + «دولانويه»): the run has shown it is a name. */
    static final double MIN_PROBABILITY_AFTER = 0.6;
    /** Longest run of such words taken as one name. */
    static final int MAX_RUN = 3;
    /** What follows the subject of a speech verb: «إن», «أن», «بأن», «:». */
    private static final Set<String> SPEECH_CUES = Set.of("ان", "بان", "انه", "انها", ":", "،");

    private final Gazetteer gazetteer;
    private final NameLetters letters;

    ForeignNames(Gazetteer gazetteer, NameLetters letters) {
        this.gazetteer = gazetteer;
        this.letters = letters;
    }

    void apply(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("B-PERS")) {
                i = extendAfterGivenName(s, tags, i) - 1;
                continue;
            }
            if (!startsFreeRun(s, tags, i)) {
                continue;
            }
            int end = runEnd(s, tags, i);
            boolean titled = (followsTitle(s, i) && !afterIndefiniteTitle(s, i))
                    || afterNationality(s, i)
                    || afterLeadershipNoun(s, i);
            boolean spoken = end < tags.length && isSpeechVerb(s, i - 1) && isCue(s, end) && allUntagged(tags, i, end);
            if (end > i && (titled || spoken) && hasUnlistedWord(s, i, end) && !unlistedFeminine(tokens, s, i, end)) {
                tags[i] = "B-PERS";
                for (int k = i + 1; k < end; k++) {
                    tags[k] = "I-PERS";
                }
                if (end < tags.length && tags[end].equals("B-PERS")) {
                    tags[end] = "I-PERS"; // the model found the rest of the name: «دونيس» + «ساسو نغيسو»
                }
                i = end - 1;
            }
        }
    }

    /**
     * After a kind of place or a water head («مدينة», «إقليم», «ولاية», «جزيرة»), the name-looking words that follow
     * are one place, whatever pieces the model made of them: «مدينة بوانت نوار», «ولاية ماتو غروسو». A person the
     * model found there counts only if no word of it is a well-known given or family name («خلال ولاية أوباما» is a
     * term of office).
     */
    void placesAfterKindNouns(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean kind = anyReadingIn(PLACE_KIND_NOUNS, s, i) || anyReadingIn(CompoundPlaces.WATER_HEADS, s, i);
            int j = i + 1;
            if (!kind || !s.shape[i].equals("ar") || tags[j].startsWith("I-") || !looksLikeName(s, j)) {
                continue;
            }
            int end = tags[j].equals("O") ? j + 1 : chunkEnd(tags, j, tags[j].substring(2));
            boolean modelPlaceOrPerson = tags[j].equals("O") || tags[j].equals("B-LOC") || tags[j].equals("B-PERS");
            while (end < tags.length
                    && end - j < MAX_RUN
                    && isFree(s, tags, end)
                    && continuesName(s, end)
                    && looksLikeName(s, end)) {
                end++;
            }
            if (!modelPlaceOrPerson || end - j < 2 || !hasUnlistedWord(s, j, end) || hasWellKnownName(s, j, end)) {
                continue;
            }
            int runEnd = end;
            int second = -1; // a second place joined by «و»: «قريتي روتشورو وكيتوجورو» are two villages
            for (int k = j; k < end; k++) {
                if (!looksLikeName(s, k)) {
                    end = k; // a word of the model's chunk that names nothing ends the place
                } else if (k > j && s.clitic[k].startsWith("و")) {
                    second = k;
                    end = k;
                }
            }
            if (end - j >= 2 || second > 0) {
                tag(tags, j, end);
                i = end - 1;
            }
            if (second > 0) {
                int secondEnd = second + 1;
                while (secondEnd < runEnd && s.clitic[secondEnd].isEmpty() && looksLikeName(s, secondEnd)) {
                    secondEnd++;
                }
                tag(tags, second, secondEnd);
                for (int k = secondEnd; k < runEnd && tags[k].startsWith("I-"); k++) {
                    tags[k] = "O";
                }
                i = secondEnd - 1;
            }
        }
    }

    private static void tag(String[] tags, int start, int end) {
        tags[start] = "B-LOC";
        for (int k = start + 1; k < end; k++) {
            tags[k] = "I-LOC";
        }
    }

    private static boolean hasWellKnownName(SentenceWords s, int start, int end) {
        for (int k = start; k < end; k++) {
            String kind = s.name[k];
            if (kind.equals(Gazetteer.Kind.GIVEN.name())
                    || kind.equals(Gazetteer.Kind.FAMILY.name())
                    || kind.equals(Gazetteer.Kind.NAME_FREQUENT.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word may open a run: untagged, or a one-word place or organisation the model found on no list. A proclitic
     * reading is no objection: the context holds a name right there, and foreign names often open with what looks
     * like one («كوابينا», «بوفاريه», «فيفا»).
     */
    private boolean startsFreeRun(SentenceWords s, String[] tags, int i) {
        return isFree(s, tags, i) && looksLikeName(s, i);
    }

    private static boolean isFree(SentenceWords s, String[] tags, int i) {
        return tags[i].equals("O")
                || (tags[i].equals("B-LOC") || tags[i].equals("B-ORG"))
                        && (i + 1 == tags.length || !tags[i + 1].startsWith("I-"))
                        && s.place[i].equals(SentenceWords.NO_PLACE);
    }

    /**
     * End (exclusive) of the name-looking words that may continue a name opened right before {@code from}: free,
     * without «و», name-like by the lists or their letters, at most {@code max} of them. For {@link PersonLists}.
     */
    int continuationEnd(SentenceWords s, String[] tags, int from, int max) {
        int end = from;
        while (end < tags.length
                && end - from < max
                && isFree(s, tags, end)
                && continuesName(s, end)
                && looksLikeName(s, end, MIN_PROBABILITY_AFTER)) {
            end++;
        }
        return end;
    }

    /** End (exclusive) of the run of name-looking words from {@code i}, at most {@link #MAX_RUN}. */
    private int runEnd(SentenceWords s, String[] tags, int i) {
        int end = i;
        while (end < tags.length
                && end - i < MAX_RUN
                && (end == i || isFree(s, tags, end) && continuesName(s, end))
                && looksLikeName(s, end, end == i ? MIN_PROBABILITY : MIN_PROBABILITY_AFTER)) {
            end++;
        }
        return end;
    }

    /** A person chunk whose last word is a listed given name takes the name-looking words after it. */
    private int extendAfterGivenName(SentenceWords s, String[] tags, int start) {
        int end = chunkEnd(tags, start, "PERS");
        String last = s.name[end - 1];
        if (!last.equals(Gazetteer.Kind.GIVEN.name()) && !last.equals(Gazetteer.Kind.NAME_FREQUENT.name())) {
            return end;
        }
        int k = end;
        while (k < tags.length
                && k - start < MAX_NAME_WORDS
                && k - end < MAX_RUN
                && tags[k].equals("O")
                && continuesName(s, k)
                && looksLikeName(s, k)
                && !s.isListedName(k)) {
            tags[k++] = "I-PERS";
        }
        return k;
    }

    /**
     * A word that may be part of a foreign name: Arabic, without the article, not an everyday, function, title or
     * place-cue word, not a listed place unless also a listed name, and a listed name word or name-like by its
     * letters.
     */
    private boolean looksLikeName(SentenceWords s, int i) {
        return looksLikeName(s, i, MIN_PROBABILITY);
    }

    private boolean looksLikeName(SentenceWords s, int i, double minProbability) {
        String norm = s.norm[i];
        if (!s.shape[i].equals("ar")
                || norm.length() < 3
                || s.stem[i].startsWith("ال")
                || gazetteer.isCommon(s.stem[i])
                || NEVER_NAMES.contains(norm)
                || NEVER_NAMES.contains(s.stem[i])
                || isTitle(s, i)
                || TITLE_LINKS.contains(s.stem[i])
                || PLACE_CUES.contains(s.stem[i])
                || PLACE_NOUNS.contains(s.stem[i])
                || anyReadingIn(ROLE_COMPLEMENTS, s, i)
                || looksLikeVerb(norm) && letters.probability(norm) < FirstNameRuns.FOREIGN_NAME_LIKE // «ستاثاكيس»
                || !s.place[i].equals(SentenceWords.NO_PLACE) && !s.isListedName(i)) {
            return false;
        }
        return s.isListedName(i) || letters.probability(norm) >= minProbability;
    }

    /**
     * A word after the first of a name: no «و» (a second person), and a proclitic only if the word without it is
     * not itself a listed place or name («ساوث يوركشاير» + «ببريطانيا» is the place, then «بريطانيا»), unless the
     * whole word is a listed name.
     */
    private boolean continuesName(SentenceWords s, int k) {
        if (s.clitic[k].isEmpty()) {
            return true;
        }
        if (s.clitic[k].startsWith("و")) {
            return false;
        }
        return gazetteer.nameKind(s.norm[k]) != null
                || !gazetteer.isPlace(s.stem[k]) && gazetteer.nameKind(s.stem[k]) == null;
    }

    /**
     * Right after a title without the article comes a complement or a company's name, not a person: «وجنرال موتورز»
     * (General Motors), «مستشار شؤون …».
     */
    private static boolean afterIndefiniteTitle(SentenceWords s, int i) {
        return i > 0 && isTitle(s, i - 1) && !s.stem[i - 1].startsWith("ال");
    }

    /** Between a speech verb and its cue only words the model left out are taken: «وقالت تايمز إن» is a paper. */
    private static boolean allUntagged(String[] tags, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!tags[k].equals("O")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word on no name list that ends in «ة» is an everyday feminine noun («وللمعلم هيبة»: the teacher has
     * prestige), not a foreign name: transliterations end in «ه» or «ا» («بوفاريه», «كوابينا»).
     */
    private static boolean unlistedFeminine(String[] tokens, SentenceWords s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!s.isListedName(k) && tokens[k].endsWith("ة")) {
                return true;
            }
        }
        return false;
    }

    /** At least one word of the run is on no name list (listed names are the other rules' business). */
    private boolean hasUnlistedWord(SentenceWords s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!s.isListedName(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right after a nationality adjective that does not describe a body or a place: none of the {@link #MAX_RUN} words
     * before it is a body, a kind of organisation or of place («الشركة الفرنسية», «شركة أمن المعلومات الإسرائيلية»).
     */
    private static boolean afterNationality(SentenceWords s, int i) {
        if (i == 0 || !NationalityAdjectives.isNationality(s.stem[i - 1])) {
            return false;
        }
        for (int k = i - 2; k >= 0 && k >= i - 1 - MAX_RUN; k--) {
            if (anyReadingIn(ROLE_COMPLEMENTS, s, k)
                    || anyReadingIn(ORGANISATION_CUES, s, k)
                    || anyReadingIn(PLACE_KIND_NOUNS, s, k)) {
                return false;
            }
        }
        return true;
    }

    /** «بزعامة», «برئاسة», «بقيادة» (led by): the leader's name follows. */
    private static final Set<String> LEADERSHIP_NOUNS = Set.of("بزعامه", "برئاسه", "بقياده");

    /** Right after «بزعامة», «برئاسة» or «بقيادة»: «الائتلاف بزعامة نتنياهو», the coalition led by Netanyahu. */
    private static boolean afterLeadershipNoun(SentenceWords s, int i) {
        return i > 0 && LEADERSHIP_NOUNS.contains(s.norm[i - 1]);
    }

    private static boolean isCue(SentenceWords s, int i) {
        return SPEECH_CUES.contains(s.norm[i]);
    }
}
