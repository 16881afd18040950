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
            if (head == null
                    || !headAlone
                    || tags[j].startsWith("I-")
                    || tags[j].endsWith("ORG")
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
            if (modelName) {
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
            tag(tags, i, end);
            i = end - 1;
        }
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
