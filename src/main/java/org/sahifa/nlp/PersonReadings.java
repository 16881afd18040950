package org.sahifa.nlp;

import java.util.List;

/**
 * Which reading of a person's word keeps its first letters (issue 14 §1.8): the least-stripped reading wins when it is
 * the name. A word news writes with its «و» at least half as often as without it, and whose letters allow a name, is
 * whole after a first name («إليزابيث وارين», Warren; {@link WordEvidence#keepsFirstLetter}), and two letters are not read off a full name's first word for a reading that only
 * the rare Wikidata name words list («فلادمير بوتين» is not «فل» + «ادمير»).
 */
final class PersonReadings {
    /**
     * Letter score ({@link NameLetters}) from which a whole form news prefers is a name: a low bar that only keeps out
     * everyday words («لنصرة» 0.03, «وسمو» 0.04; «وارين» 0.31).
     */
    static final double WHOLE_LETTERS = 0.25;

    private PersonReadings() {}

    /**
     * True if the normalised word keeps its first letter whatever its readings: news writes it so, and its letters
     * say it is a name, and no shorter reading is an Arabic given or family name, an everyday word or a verbal noun («وارين»; «لنصرة» is written
     * more often than «نصرة» too, but is «ل» + an everyday word).
     */
    static boolean keepsWhole(String norm) {
        if (!WordEvidence.shared().keepsFirstLetter(norm)
                || NameLetters.shared().probability(norm) < WHOLE_LETTERS) {
            return false;
        }
        Gazetteer gazetteer = Gazetteer.shared();
        List<String> readings = ArabicWords.procliticSplits(norm);
        for (int r = 1; r < readings.size(); r++) {
            String reading = readings.get(r);
            Gazetteer.Kind kind = gazetteer.nameKind(reading);
            if (kind == Gazetteer.Kind.GIVEN || kind == Gazetteer.Kind.FAMILY) {
                return false; // «وساري» is «و» + the Arabic given name «ساري»
            }
            if (gazetteer.isCommon(reading)
                    || WordEvidence.shared().isEverydayWord(reading)
                    || EverydayPersons.isVerbalNoun(reading)) {
                return false; // «بارتكاب» is «ب» + «ارتكاب», a verbal noun
            }
        }
        return true;
    }

    /**
     * True if {@code reading}, two letters or more shorter than {@code norm}, is too weak a reason to strip them: it is
     * listed only among the rare name words, not as a place or a well-known name.
     */
    static boolean isWeakLongStrip(String norm, String reading, Gazetteer gazetteer) {
        return norm.length() - reading.length() >= 2
                && gazetteer.nameKind(reading) == Gazetteer.Kind.NAME_RARE
                && !gazetteer.isPlace(reading);
    }
}
