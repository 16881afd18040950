package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.chunkEnd;

/**
 * Where a person's name ends: a chunk that runs on past the name is cut at the first word that cannot continue it
 * (run after the rules that build and extend person chunks):
 *
 * <ul>
 *   <li>a word that news seldom writes beside names ({@link WordEvidence#isEverydayWord}); with the article only after
 *       two words («محمد المؤمن», a family name that is also «the believer»);
 *   <li>a verb by its shape («كوندوليزا رايس» + «ستزور», «… اندسوا», «… يعقدون»), on no name list and not a
 *       foreign name by its letters («سينيرلي» has the shape of «سيفعل»);
 *   <li>a second person after «و» («بوش» + «وبلير»): a new name starts there, unless the name so far is one word
 *       and news writes the word with its «و» at least half as often as without ({@link PersonReadings#keepsWhole}:
 *       «إليزابيث وارين»); an everyday or function
 *       word with «و» ends it («خديجة» + «وهو»);
 *   <li>a preposition phrase («خوان كارلوس» + «للمغرب»): «ل» or «ب» before the article and an everyday word or a
 *       place, or after two words an everyday noun without the article, in construct («… بن عبدالعزيز» + «لأسر
 *       الشهداء»); a listed name there is another person («ماتيراتزي» + «لزيدان»);
 *   <li>a number; after a name of two words or more, a nationality adjective («باتريك لوران» + «الفرنسي»; after one
 *       word it is often a byname: «الشيخ فيصل الجامايكي») or an everyday noun with the article that no name list has
 *       («فيديل كاسترو» + «القاعدة»).
 * </ul>
 *
 * The first word of a chunk is left to the rules that drop whole chunks ({@link UnlikelyPersons}), except a verb
 * with a future prefix or an imperfect plural before the name, which is dropped from it (not a foreign name of that
 * shape whose letters say name: «سيغمار غابريال»).
 */
final class PersonEnds {
    private final Gazetteer gazetteer;

    PersonEnds(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            if (end - i > 1
                    && s.shape[i].equals("ar")
                    && !s.isListedName(i)
                    && hasVerbPrefix(s.norm[i], gazetteer)
                    && NameLetters.shared().probability(s.norm[i]) < FirstNameRuns.FOREIGN_NAME_LIKE) { // not «سيغمار»
                tags[i] = "O"; // «سيلتقي بالاك …»: the verb before the name
                tags[++i] = "B-PERS";
            }
            for (int k = i + 1; k < end; k++) {
                Boundary b = boundaryAt(s, k, k - i);
                if (b == Boundary.NONE) {
                    continue;
                }
                for (int j = k; j < end; j++) {
                    tags[j] = b == Boundary.NEW_NAME ? (j == k ? "B-PERS" : "I-PERS") : "O";
                }
                break;
            }
            i = end - 1;
        }
    }

    private enum Boundary {
        NONE,
        END,
        NEW_NAME
    }

    /** What word {@code k}, after {@code before} words of a person chunk, does to it. */
    private Boundary boundaryAt(SentenceWords s, int k, int before) {
        if (!s.shape[k].equals("ar")) {
            return s.shape[k].equals("d") ? Boundary.END : Boundary.NONE;
        }
        boolean verb = isUnlistedVerb(s, k)
                && NameLetters.shared().probability(s.norm[k]) < FirstNameRuns.FOREIGN_NAME_LIKE; // not «سينيرلي»
        if (verb || isEverydayWord(s, k) && (before >= 2 || !s.stem[k].startsWith("ال"))) {
            return Boundary.END;
        }
        String clitic = s.clitic[k];
        if (before >= 2 && isPrepositionOnNounInConstruct(s, k)) {
            return Boundary.END; // «سلمان بن عبدالعزيز» + «لأسر الشهداء»: a noun in construct, not a name
        }
        boolean listedWhole = gazetteer.nameKind(s.norm[k]) != null;
        if (!clitic.isEmpty() && !listedWhole) {
            String stem = s.stem[k];
            boolean everyday = gazetteer.isCommon(stem) || NameWords.NEVER_NAMES.contains(stem);
            if (clitic.startsWith("و") && before == 1 && PersonReadings.keepsWhole(s.norm[k])) {
                return Boundary.NONE; // «إليزابيث» + «وارين» (Warren): news writes «وارين» about as often as «ارين»
            }
            if (clitic.startsWith("و")) {
                // «وبلير» is a second person, «وهو» ends the name; «والكين» (Walken) is left alone
                String afterAnd = s.norm[k].substring(1);
                boolean name = isWellKnownName(afterAnd) || isWellKnownName(stem);
                return name ? Boundary.NEW_NAME : everyday ? Boundary.END : Boundary.NONE;
            }
            boolean preposition = clitic.equals("ل") || clitic.equals("ب");
            if (preposition && isWellKnownName(stem)) {
                return Boundary.NEW_NAME;
            }
            boolean definite = stem.startsWith("ال") && !stem.equals("الله");
            if (preposition && definite && (everyday || gazetteer.isPlace(stem))) {
                return Boundary.END;
            }
        }
        String stem = s.stem[k];
        if (before >= 2 && stem.startsWith("ال") && NationalityAdjectives.isNationality(stem) && !s.isListedName(k)) {
            return Boundary.END;
        }
        boolean adjectiveEnding = stem.endsWith("ي") || stem.endsWith("يه"); // the test below builds a string
        if (adjectiveEnding
                && !stem.startsWith("ال")
                && NationalityAdjectives.isNationality("ال" + stem)
                && !s.isListedName(k)) {
            return Boundary.END; // without the article it describes what comes before: «بيزو أرجنتيني»
        }
        boolean everydayNoun = stem.startsWith("ال")
                && gazetteer.isCommon(stem)
                && !s.isListedName(k)
                && gazetteer.nameKind(ArabicWords.bare(stem)) == null
                && !NameWords.ORDINAL_WORDS.contains(stem);
        return before >= 2 && everydayNoun ? Boundary.END : Boundary.NONE;
    }

    /**
     * A word that unlabelled news seldom writes beside names ({@link WordEvidence#isEverydayWord}), on no name list and
     * not a name by its letters, nor after a particle: «الظواهري» + «خليفة» and «أبا» + «الخيل» stay, «… شيء» ends
     * the name.
     */
    private boolean isEverydayWord(SentenceWords s, int k) {
        return WordEvidence.shared().isEverydayWord(s.norm[k])
                && !NameWords.NAME_PARTICLES_AFTER.contains(s.norm[k - 1]) // «فيصل أبا» + «الخيل»
                && !s.isListedName(k)
                && NameLetters.shared().probability(s.norm[k]) < FirstNameRuns.NAME_LIKE;
    }

    /**
     * «ل» or «ب» on an everyday noun without the article («لأسر», «بحضور»), the whole form on no list of given, family or
     * frequent name words and not a name by its letters (rare Wikidata words such as «لاسر» do not count).
     */
    private boolean isPrepositionOnNounInConstruct(SentenceWords s, int k) {
        String clitic = s.clitic[k];
        return (clitic.equals("ل") || clitic.equals("ب"))
                && !s.stem[k].startsWith("ال")
                && gazetteer.isCommon(s.stem[k])
                && !isWellKnownName(s.norm[k])
                && !isWellKnownName(s.stem[k])
                && NameLetters.shared().probability(s.norm[k]) < FirstNameRuns.NAME_LIKE;
    }

    private boolean isWellKnownName(String word) {
        Gazetteer.Kind kind = gazetteer.nameKind(word);
        return kind == Gazetteer.Kind.GIVEN || kind == Gazetteer.Kind.FAMILY || kind == Gazetteer.Kind.NAME_FREQUENT;
    }

    /**
     * A word shaped like a verb and on no name list: a future prefix («ستزور»), the plural ending «وا» («اندسوا»), or
     * an imperfect plural («يعقدون», «وينكرون»). A foreign name may look like a verb with a clitic read off it
     * («فيرجسون» is not «ف» + «يرجسون»), so only «و» is read off, and only before a word no name list has.
     */
    boolean isUnlistedVerb(SentenceWords s, int k) {
        return s.shape[k].equals("ar") && !s.isListedName(k) && isUnlistedVerb(s.norm[k], gazetteer);
    }

    /** {@link #isUnlistedVerb(SentenceWords, int)} for a normalised word alone. */
    static boolean isUnlistedVerb(String norm, Gazetteer gazetteer) {
        return hasVerbPrefix(norm, gazetteer)
                || norm.length() > 3 && norm.endsWith("وا") && isUnlisted(norm, gazetteer);
    }

    /** A future prefix or an imperfect plural on a word no name list has (the verb before a name: «سيلتقي»). */
    static boolean hasVerbPrefix(String norm, Gazetteer gazetteer) {
        String w = norm.length() > 4 && norm.charAt(0) == 'و' ? norm.substring(1) : norm;
        boolean future = w.length() > 3 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0;
        boolean imperfectPlural = w.length() >= 5 && w.charAt(0) == 'ي' && w.endsWith("ون");
        // the form first: the look-ups (and the stem) only for the few words shaped like a verb
        return (future || imperfectPlural) && gazetteer.nameKind(w) == null && isUnlisted(norm, gazetteer);
    }

    private static boolean isUnlisted(String norm, Gazetteer gazetteer) {
        return gazetteer.nameKind(norm) == null && gazetteer.nameKind(ArabicWords.stem(norm)) == null;
    }
}
