package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

/**
 * Rules for places in the model's BIO tags: listed places whole, a name after a place-kind noun, a compass word or
 * «العاصمة», and one-word "places" that are everyday words, verbs or people.
 */
final class PlaceRules {
    private final Gazetteer gazetteer;

    PlaceRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A multi-word place that the annotated training text tags as a place («الضفة الغربية», «الشرق الأوسط»,
     * {@link Gazetteer.Kind#CORPUS_PLACE}) is one place when the model left all its words out; the first word is read
     * with or without its proclitics («بالشرق الأوسط»).
     */
    void corpusPlaces(SentenceWords s, String[] tags) {
        String[] words = s.norm.clone();
        for (int i = 0; i < s.length(); i++) {
            String original = words[i];
            int length = 0;
            for (String reading : ArabicWords.procliticSplits(original)) {
                words[i] = reading;
                length = Math.max(length, gazetteer.corpusPlaceLength(words, i));
            }
            words[i] = original;
            boolean free = length > 1;
            for (int k = i; k < i + length; k++) {
                free &= tags[k].equals("O");
            }
            if (free) {
                tags[i] = "B-LOC";
                for (int k = i + 1; k < i + length; k++) {
                    tags[k] = "I-LOC";
                }
                i += length - 1;
            }
        }
    }

    void placeNames(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            if (s.place[i].equals(SentenceWords.NO_PLACE) || s.place[i].equals(SentenceWords.PLACE_INSIDE)) {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && s.place[end].equals(SentenceWords.PLACE_INSIDE)) {
                end++;
            }
            boolean allOutside = true;
            boolean startsLoc = tags[i].equals("B-LOC");
            for (int k = i; k < end; k++) {
                allOutside &= tags[k].equals("O");
            }
            boolean cued = i > 0 && anyReadingIn(PLACE_CUES, s, i - 1) && !PLACE_NOUNS.contains(s.stem[i]);
            boolean multiWord = end - i > 1;
            // A listed multi-word place wins over a place chunk the model found inside it («جزيرة» + «القرم»).
            boolean onlyPlaceChunksInside = multiWord && (end == tags.length || !tags[end].equals("I-LOC"));
            for (int k = i; k < end && onlyPlaceChunksInside; k++) {
                onlyPlaceChunksInside = tags[k].equals("O") || tags[k].endsWith("-LOC");
            }
            if ((allOutside && (cued || multiWord)) || (startsLoc && multiWord) || onlyPlaceChunksInside) {
                boolean free = true;
                for (int k = i + 1; k < end; k++) {
                    free &= tags[k].equals("O") || tags[k].endsWith("-LOC");
                }
                if (free) {
                    tags[i] = "B-LOC";
                    for (int k = i + 1; k < end; k++) {
                        tags[k] = "I-LOC";
                    }
                }
            }
            i = end - 1;
        }
    }

    /**
     * A nationality adjective after a place is not part of it: «دبي الإماراتية», «ليون الفرنسية». A place chunk that
     * ends on a nationality adjective ({@link NationalityAdjectives}) loses it, unless the whole chunk is a listed
     * place («كوريا الشمالية»); other adjectives stay («مدينة الملك خالد الرياضية»).
     */
    void nationalityAdjectivesAfterPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-LOC")) {
                continue;
            }
            int end = chunkEnd(tags, i, "LOC");
            int last = end - 1;
            if (end - i > 1 && NationalityAdjectives.isNationality(s.stem[last]) && !isListedPlace(s, i, end)) {
                tags[last] = "O";
            }
            i = end - 1;
        }
    }

    /** True if words {@code [start, end)} are exactly a listed place or a place of the annotated training text. */
    private boolean isListedPlace(SentenceWords s, int start, int end) {
        boolean listed = s.place[start].equals(SentenceWords.PLACE_BEGIN)
                && (end == s.length() || !s.place[end].equals(SentenceWords.PLACE_INSIDE));
        for (int k = start + 1; k < end && listed; k++) {
            listed = s.place[k].equals(SentenceWords.PLACE_INSIDE);
        }
        if (listed) {
            return true;
        }
        String[] words = s.norm.clone();
        for (String reading : ArabicWords.procliticSplits(s.norm[start])) {
            words[start] = reading;
            if (gazetteer.corpusPlaceLength(words, start) == end - start) {
                return true;
            }
        }
        return false;
    }

    /** «بريطانيا وفرنسا» is two places: a listed place with the conjunction «و» starts a new chunk. */
    void placesJoinedByAnd(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("I-LOC") && s.clitic[i].startsWith("و") && gazetteer.isPlace(s.stem[i])) {
                tags[i] = "B-LOC";
            }
        }
    }

    /**
     * A one-word place that the corpora show to be mostly an everyday word («المدينة», the town) is dropped, and so
     * is a {@link NameWords#PLACE_NOUNS place noun} («الحي»).
     */
    void everydayPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && (i + 1 == tags.length || !tags[i + 1].equals("I-LOC"));
            if (single && (gazetteer.isCommon(s.stem[i]) || PLACE_NOUNS.contains(s.stem[i]))) {
                tags[i] = "O";
            }
        }
    }

    /**
     * The word after a place-kind noun (or after the noun and a compass word), after a compass word, or after
     * «العاصمة» and its adjective, is a place when the model left it out and it is not an everyday word, an adjective
     * agreeing with the noun («منطقة عسكرية», «المنطقة الشرقية») or a function word; after a dual («بلدتي»,
     * «مخيمي») the word joined by «و» is a second place.
     */
    /**
     * A place-kind noun in construct («مدينة», «بلدة», «محافظة», «ولاية») and a one- or two-word person the model
     * found right after it: the name of a place the lists do not know («في بلدة زفيرينو»), unless it reads as a
     * person's name: it opens with a listed given name, a title or a name particle («مدينة الملك عبدالله», «قرية أبو
     * ديس» are left to the other rules).
     */
    void personsAfterPlaceKindNouns(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            int j = i + 1;
            if (!tags[i].equals("O")
                    || !tags[j].equals("B-PERS")
                    || !s.shape[i].equals("ar")
                    || !anyReadingIn(PLACE_KIND_NOUNS, s, i)
                    || !s.clitic[j].isEmpty()) {
                continue;
            }
            int end = chunkEnd(tags, j, "PERS");
            if (end - j > 2 || readsAsPersonName(s, j, end)) {
                continue;
            }
            for (int k = j; k < end; k++) {
                tags[k] = k == j ? "B-LOC" : "I-LOC";
            }
            i = end - 1;
        }
    }

    private static boolean readsAsPersonName(SentenceWords s, int start, int end) {
        String first = s.name[start];
        if (first.equals("GIVEN") || first.equals("NAME_FREQUENT") || NameWords.isTitle(s, start)) {
            return true;
        }
        for (int k = start; k < end; k++) {
            if (NAME_PARTICLES_AFTER.contains(s.stem[k]) || NAME_PARTICLES_BEFORE.contains(s.stem[k])) {
                return true;
            }
        }
        return false;
    }

    void placesAfterPlaceNouns(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean kindNoun = anyReadingIn(PLACE_KIND_NOUNS, s, i);
            boolean capital = CAPITAL_NOUNS.contains(s.stem[i]);
            if (!(kindNoun || capital || COMPASS_WORDS.contains(s.stem[i])) || !s.shape[i].equals("ar")) {
                continue;
            }
            String noun = s.norm[i];
            int j = i + 1;
            if (COMPASS_BEFORE_LISTED_PLACE.contains(s.stem[i])
                    && !(kindNoun || capital)
                    && s.place[j].equals(SentenceWords.NO_PLACE)) {
                continue; // «وسط ترقب حذر»: amid, not the centre of a place
            }
            if ((kindNoun || capital) && COMPASS_WORDS.contains(s.stem[j]) && j + 1 < tags.length) {
                j++;
            } else if (capital && isAdjectiveOf(noun, s, j) && j + 1 < tags.length) {
                j++; // «العاصمة الإريترية أسمرا»
            }
            if (kindNoun && j == i + 1 && placeWithTitleOrHead(s, tags, j)) {
                continue;
            }
            if (!tags[j].equals("O") || !couldNamePlace(s, j) || isAdjectiveOf(noun, s, j)) {
                continue;
            }
            tags[j] = "B-LOC";
            if (j + 1 < tags.length && tags[j + 1].equals("B-LOC")) {
                tags[j + 1] = "I-LOC"; // a region word before a place: «جنوب قطاع غزة»
                continue;
            }
            boolean dual = noun.endsWith("ي") && kindNoun;
            if (dual
                    && j + 1 < tags.length
                    && tags[j + 1].equals("O")
                    && s.clitic[j + 1].equals("و")
                    && couldNamePlace(s, j + 1)
                    && !isAdjectiveOf(noun, s, j + 1)) {
                tags[j + 1] = "B-LOC";
            }
        }
    }

    /**
     * After a place-kind noun, a place named with a title («حي الشيخ جراح», «مدينة الشيخ زايد») or opening with an
     * everyday head word («قرية عين الصفا», «مخيم دير البلح») is tagged as one place, taking over a person or place
     * the model or the title rule found in it. Returns false, changing nothing, if the words at {@code j} are not
     * such a name.
     */
    private boolean placeWithTitleOrHead(SentenceWords s, String[] tags, int j) {
        String head = s.stem[j];
        boolean title = PERSON_TITLES.contains(head);
        boolean everydayHead = PLACE_NAME_HEADS.contains(head) && s.clitic[j].isEmpty();
        int next = j + 1;
        if (!(title || everydayHead) || next >= tags.length || tags[j].startsWith("I-")) {
            return false;
        }
        String nextStem = s.stem[next];
        boolean nameAfter = tags[next].equals("O")
                ? couldNamePlace(s, next) || everydayHead && nextStem.startsWith("ال") && !gazetteer.isCommon(nextStem)
                : !title || tags[next].endsWith("PERS") || tags[j].equals("B-PERS");
        if (!nameAfter
                || !s.shape[next].equals("ar")
                || !s.clitic[next].isEmpty()
                || NEVER_NAMES.contains(nextStem)
                || title && PERSON_TITLES.contains(nextStem)) {
            return false;
        }
        int end = next + 1;
        if (tags[j].startsWith("B-")) {
            end = Math.max(end, chunkEnd(tags, j, tags[j].substring(2)));
        }
        if (tags[next].startsWith("B-")) {
            end = Math.max(end, chunkEnd(tags, next, tags[next].substring(2)));
        }
        // A word with a proclitic opens a new phrase: «حي الشيخ جراح بالقدس» is the place, then «القدس».
        int placeEnd = next + 1;
        while (placeEnd < end && s.clitic[placeEnd].isEmpty()) {
            placeEnd++;
        }
        tags[j] = "B-LOC";
        for (int k = next; k < placeEnd; k++) {
            tags[k] = "I-LOC";
        }
        if (placeEnd < end) {
            boolean listedPlace = !s.place[placeEnd].equals(SentenceWords.NO_PLACE);
            tags[placeEnd] = listedPlace ? "B-LOC" : "B-" + tags[placeEnd].substring(2);
            for (int k = placeEnd + 1; k < end && listedPlace; k++) {
                tags[k] = "I-LOC";
            }
        }
        return true;
    }

    /**
     * True if the word at {@code j} reads as an adjective agreeing with {@code noun}: after a feminine noun
     * («منطقة») one ending in «ية», after a masculine one («مخيم») one ending in «ي»; so «المنطقة الشرقية» is a
     * description while «منطقة الحلبي» may be a name (and «نهر الليطاني» is left to the model). After a dual or a
     * compass word both endings count.
     */
    private static boolean isAdjectiveOf(String noun, SentenceWords s, int j) {
        String bare = ArabicWords.bare(s.stem[j]);
        boolean feminineAdjective = bare.endsWith("يه") || bare.endsWith("يات");
        boolean masculineAdjective = bare.endsWith("ي") || bare.endsWith("يون") || bare.endsWith("يين");
        if (noun.endsWith("ه")) {
            return feminineAdjective;
        }
        if (noun.endsWith("ي") || COMPASS_WORDS.contains(ArabicWords.stem(noun))) {
            return feminineAdjective || masculineAdjective;
        }
        return masculineAdjective;
    }

    /** A word that may be a place's own name: Arabic, not everyday, not a title or function word. */
    private boolean couldNamePlace(SentenceWords s, int j) {
        String stem = s.stem[j];
        String bare = ArabicWords.bare(stem);
        return s.shape[j].equals("ar")
                && bare.length() >= 3
                && !gazetteer.isCommon(stem)
                && !NEVER_NAMES.contains(stem)
                && !NEVER_NAMES.contains(s.norm[j])
                && !PERSON_TITLES.contains(stem)
                && !PLACE_CUES.contains(stem)
                && !PLACE_NOUNS.contains(stem)
                && !PLACE_KIND_NOUNS.contains(stem)
                && !TITLE_LINKS.contains(stem)
                && !COMPASS_WORDS.contains(stem);
    }

    /**
     * A person chunk that is exactly a listed place («السودان», «كوت ديفوار») with no word on a person-name list is
     * a place.
     */
    static void placesTakenForPeople(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            boolean place = end - i == 1
                    ? s.place[i].equals(SentenceWords.PLACE)
                    : s.place[i].equals(SentenceWords.PLACE_BEGIN)
                            && (end == tags.length || !s.place[end].equals(SentenceWords.PLACE_INSIDE));
            for (int k = i; k < end; k++) {
                place &= !s.isListedName(k) && (k == i || s.place[k].equals(SentenceWords.PLACE_INSIDE));
            }
            if (place) {
                for (int k = i; k < end; k++) {
                    tags[k] = (k == i ? "B-" : "I-") + "LOC";
                }
            }
            i = end - 1;
        }
    }

    /**
     * A one-word place that is on no place list and has the shape of a verb is dropped: a future prefix («فسيجد»,
     * «ستعود») or the plural ending «وا» («لجأوا»).
     */
    static void verbsAreNotPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && (i + 1 == tags.length || !tags[i + 1].equals("I-LOC"));
            if (single
                    && s.place[i].equals(SentenceWords.NO_PLACE)
                    && s.shape[i].equals("ar")
                    && looksLikeVerb(s.norm[i])) {
                tags[i] = "O";
            }
        }
    }

    /**
     * «البحرين الأحمر والمتوسط» are the two seas, not the country: a place with the article and the dual ending «ين»
     * whose singular is a water head or a kind of place («البحر»), followed by a word that makes a listed place with
     * the singular («البحر الأحمر»), is a dual noun and names no place; the adjective goes with it. «البحرين الأحد»
     * stays the country.
     */
    void dualsAreNotPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            String stem = s.stem[i];
            if (!tags[i].equals("B-LOC") || !stem.startsWith("ال") || !stem.endsWith("ين") || stem.length() < 6) {
                continue;
            }
            String singular = stem.substring(2, stem.length() - 2);
            boolean head = CompoundPlaces.WATER_HEADS.contains(singular) || PLACE_KIND_NOUNS.contains(singular);
            String next = s.stem[i + 1];
            String[] pair = {"ال" + singular, next};
            boolean placeWithSingular =
                    gazetteer.placeLength(pair, 0) == 2 || gazetteer.corpusPlaceLength(pair, 0) == 2;
            if (head && placeWithSingular) {
                tags[i] = "O";
                if (tags[i + 1].equals("I-LOC")) {
                    tags[i + 1] = "O";
                }
            }
        }
    }
}
