package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.COMPASS_BEFORE_LISTED_PLACE;
import static org.sahifa.nlp.NameWords.COMPASS_WORDS;
import static org.sahifa.nlp.NameWords.NEVER_NAMES;
import static org.sahifa.nlp.NameWords.PLACE_NAME_HEADS;
import static org.sahifa.nlp.NameWords.chunkEnd;

import java.util.Set;
import org.sahifa.lexicon.WordList;

/**
 * Places named with a head word, tagged as one place in an article's entity list: a sea, strait, gulf or island and
 * its name («مضيق هرمز», «بحر العرب», «خليج عمان»), and a compass word before a listed place or region («شمال
 * العراق», «جنوب لبنان», «غرب آسيا»). ANERcorp often tags only the name, so CoNLL tagging leaves these to the model.
 */
final class CompoundPlaces {
    private static final WordList WATER_HEAD_LIST = WordList.load("water-heads");
    /** Heads a place's own name follows: «مضيق», «بحر», «خليج», «جزيرة». */
    static final Set<String> WATER_HEADS = WATER_HEAD_LIST.folded(0);
    /** Heads with an everyday meaning too, a place only before a listed place: «قناة». */
    static final Set<String> WATER_HEADS_BEFORE_LISTED_PLACE = WATER_HEAD_LIST.foldedWhere(1, "yes");

    /** «سان», «سانت», «سانتا», «ساو»: «saint», which opens a two-word name. */
    private static final Set<String> SAINT_PREFIXES = Set.of("سان", "سانت", "سانتا", "ساو");

    private static final Set<String> NEWSPAPERS = org.sahifa.lexicon.Lexicon.words("newspaper-names");

    private final Gazetteer gazetteer;

    CompoundPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A head without the article (alone or a one-word place of the model's) and the name after it are one place, the
     * name being a listed place, a word that may name a place, or the person or place the model found there, with the
     * word after a place-name head («مضيق باب المندب»); an organisation the model found after «قناة» stays one
     * («قناة الجزيرة»).
     */
    void waterAndPassagePlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            String head = indefiniteReadingIn(WATER_HEADS, s, i);
            int j = i + 1;
            boolean headAlone = tags[i].equals("O") || tags[i].equals("B-LOC") && !tags[j].equals("I-LOC");
            boolean listedAfterPassage = head != null
                    && WATER_HEADS_BEFORE_LISTED_PLACE.contains(head)
                    && isListedPlace(s, j)
                    && !NEWSPAPERS.contains(s.norm[j]);
            if (head == null
                    || !headAlone
                    || tags[j].startsWith("I-")
                    || tags[j].endsWith("ORG") && !listedAfterPassage // «قناة السويس» over the model's «السويس»
                    || tags[j].endsWith("MISC")
                    || !s.shape[j].equals("ar")
                    || !s.clitic[j].isEmpty()) {
                continue;
            }
            boolean listed = s.place[j].equals(SentenceWords.PLACE) || s.place[j].equals(SentenceWords.PLACE_BEGIN);
            boolean modelName = tags[j].equals("B-LOC") || tags[j].equals("B-PERS");
            boolean plainName = tags[j].equals("O")
                    && !NEVER_NAMES.contains(s.stem[j])
                    && !gazetteer.isCommon(s.stem[j])
                    && ArabicWords.bare(s.stem[j]).length() >= 3;
            if (WATER_HEADS_BEFORE_LISTED_PLACE.contains(head) ? !listed : !(listed || modelName || plainName)) {
                continue;
            }
            int end = listed ? listedPlaceEnd(s, j) : j + 1;
            if (end == j + 1
                    && j + 1 < tags.length
                    && PLACE_NAME_HEADS.contains(s.stem[j])
                    && !tags[j + 1].startsWith("B-ORG")) {
                end = j + 2; // «مضيق باب المندب»: a head word that opens the name takes the word after it
            }
            if (modelName || listedAfterPassage && tags[j].startsWith("B-")) {
                end = Math.max(end, chunkEnd(tags, j, tags[j].substring(2)));
            }
            tag(tags, i, end);
            i = end - 1;
        }
    }

    /**
     * A compass word and the listed place or the model's place after it are one place («شمال العراق», «وجنوب
     * لبنان», «غرب آسيا»); «وسط» only before a listed place.
     */
    void compassRegions(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            int j = i + 1;
            boolean listed = s.place[j].equals(SentenceWords.PLACE) || s.place[j].equals(SentenceWords.PLACE_BEGIN);
            String compass = indefiniteReadingIn(COMPASS_WORDS, s, i);
            boolean modelPlace = tags[j].equals("B-LOC") && !COMPASS_BEFORE_LISTED_PLACE.contains(compass);
            if (!tags[i].equals("O")
                    || compass == null
                    || !(listed || modelPlace)
                    || !(tags[j].equals("O") || tags[j].equals("B-LOC"))) {
                continue;
            }
            int end = listed ? listedPlaceEnd(s, j) : j + 1;
            if (tags[j].equals("B-LOC") && chunkEnd(tags, j, "LOC") > end) {
                continue; // the model's place runs on past the listed one: leave it
            }
            if (listed && !Territories.isTerritory(phrase(s, j, end))) {
                tag(tags, j, end); // «جنوب كابول»: a compass word before a city says where; the city is the place
            } else {
                tag(tags, i, end);
            }
            i = end - 1;
        }
    }

    /**
     * A place chunk of the model's that is a compass word and a listed city («جنوب كابول») is the city: a compass word
     * before a city says where something happened, the news gold lists the city alone. Before a country or world
     * region ({@link Territories}) the compass word names a part of it and stays («شمال العراق», «غرب آسيا»).
     */
    void compassBeforeCities(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            int j = i + 1;
            if (!tags[i].equals("B-LOC")
                    || !tags[j].equals("I-LOC")
                    || indefiniteReadingIn(COMPASS_WORDS, s, i) == null
                    || !isListedPlace(s, j)) {
                continue;
            }
            int end = listedPlaceEnd(s, j);
            if (chunkEnd(tags, i, "LOC") == end && !Territories.isTerritory(phrase(s, j, end))) {
                tags[i] = "O";
                tags[j] = "B-LOC";
            }
        }
    }

    private static final Set<String> FUNCTION_WORDS = org.sahifa.lexicon.Lexicon.words("function-words");

    /** Adjectives that name a quarter of a city: old, eastern, western, northern, southern (feminine, as cities are). */
    private static final Set<String> QUARTER_ADJECTIVES =
            Set.of("القديمه", "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه");

    /**
     * A listed city and an adjective for a quarter of it are one place: «صنعاء القديمة», «القدس الشرقية». Not after a
     * country or region ({@link Territories}: «أوروبا الشرقية» is listed whole where it is one) nor a noun that is also
     * a city's name («المدينة القديمة», the old town), nor after a noun in construct with the city («ضاحية عدن
     * الشمالية» is Aden's northern suburb).
     */
    void cityQuarters(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            if (!tags[i].equals("B-LOC") || !isListedPlace(s, i) || NameWords.PLACE_NOUNS.contains(s.stem[i])) {
                continue;
            }
            int end = listedPlaceEnd(s, i);
            boolean quarter = end < tags.length
                    && chunkEnd(tags, i, "LOC") == end
                    && tags[end].equals("O")
                    && s.clitic[end].isEmpty()
                    && QUARTER_ADJECTIVES.contains(s.norm[end]);
            String place = s.stem[i] + (end > i + 1 ? " " + phrase(s, i + 1, end) : ""); // «بصنعاء» is «صنعاء»
            if (quarter && !Territories.isTerritory(place) && !afterConstructNoun(s, i)) {
                tag(tags, i, end + 1);
                i = end;
            }
        }
    }

    /**
     * «سان»/«سانت»/«سانتا» (saint) and the word after them are one name, whatever part of it the model tagged: «سان
     * بطرسبرج», «سانت لويس», «باريس سان جيرمان». The pair takes the type of the chunk the prefix is in, else of the
     * word after it; the word after it joins the prefix's chunk, whatever clitic it may seem to carry («بطرسبرج»).
     */
    void saintNames(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            int j = i + 1;
            if (indefiniteReadingIn(SAINT_PREFIXES, s, i) == null
                    || !s.shape[j].equals("ar")
                    || s.norm[j].startsWith("و") && !tags[j].startsWith("B-") // «سان وجيرمان»: a second name
                    || NEVER_NAMES.contains(s.norm[j])
                    || tags[i].equals("O") && tags[j].equals("O")) {
                continue;
            }
            String type = tags[i].equals("O") ? tags[j].substring(2) : tags[i].substring(2);
            int end = tags[j].equals("O") ? j + 1 : chunkEnd(tags, j, tags[j].substring(2));
            if (tags[i].equals("O")) {
                tags[i] = "B-" + type;
            }
            for (int k = j; k < end; k++) {
                tags[k] = "I-" + type;
            }
            i = end - 1;
        }
    }

    /**
     * True if the word before the city may be a noun in construct with it, which the adjective may describe instead
     * («ضاحية عدن الشمالية», Aden's northern suburb): an Arabic word without the article, that is not a particle, and
     * the city has no preposition of its own.
     */
    private static boolean afterConstructNoun(SentenceWords s, int i) {
        if (i == 0 || !s.clitic[i].isEmpty() || !s.shape[i - 1].equals("ar")) {
            return false;
        }
        String before = s.norm[i - 1];
        return !before.startsWith("ال") && !FUNCTION_WORDS.contains(before);
    }

    private static boolean isListedPlace(SentenceWords s, int j) {
        return s.place[j].equals(SentenceWords.PLACE) || s.place[j].equals(SentenceWords.PLACE_BEGIN);
    }

    private static String phrase(SentenceWords s, int start, int end) {
        return String.join(" ", java.util.Arrays.asList(s.norm).subList(start, end));
    }

    /** The reading of the word (proclitics off, no article) that is in {@code words}, or null. */
    private static String indefiniteReadingIn(Set<String> words, SentenceWords s, int i) {
        if (!s.shape[i].equals("ar")) {
            return null;
        }
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            if (!reading.startsWith("ال") && words.contains(reading)) {
                return reading;
            }
        }
        return null;
    }

    private static int listedPlaceEnd(SentenceWords s, int start) {
        int end = start + 1;
        while (end < s.length() && s.place[end].equals(SentenceWords.PLACE_INSIDE)) {
            end++;
        }
        return end;
    }

    private static void tag(String[] tags, int start, int end) {
        tags[start] = "B-LOC";
        for (int k = start + 1; k < end; k++) {
            tags[k] = "I-LOC";
        }
    }
}
