package org.sahifa.nlp;

import java.util.HashSet;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * A listed one-word place that the model tagged an organisation is a place where its context says so: right after a
 * word that introduces places («في», «إلى», «من», «قرب», «مدينة», «شمال» …: {@code place-cues}) or a kind of land
 * («ريف درعا»). The model reads an unseen city after a body's name as part of it («مكتب حركة … في درعا» gave the
 * organisation «درعا»). Newspapers named for a city («الرياض», «المدينة») stay as the model or the quotation rule read
 * them.
 */
final class PlacesReadAsOrganisations {
    private static final Set<String> CUES = cues();
    private static final Set<String> NEWSPAPERS = Lexicon.words("newspaper-names");

    private PlacesReadAsOrganisations() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            boolean oneWord = tags[i].equals("B-ORG") && (i + 1 == tags.length || !tags[i + 1].equals("I-ORG"));
            if (oneWord
                    && s.place[i].equals(SentenceWords.PLACE)
                    && s.clitic[i].isEmpty()
                    && !NEWSPAPERS.contains(s.norm[i])
                    && tags[i - 1].equals("O")
                    && CUES.contains(s.stem[i - 1])) {
                tags[i] = "B-LOC";
            }
        }
    }

    private static Set<String> cues() {
        Set<String> cues = new HashSet<>(NameWords.PLACE_CUES);
        cues.addAll(Lexicon.words("landform-nouns"));
        return Set.copyOf(cues);
    }
}
