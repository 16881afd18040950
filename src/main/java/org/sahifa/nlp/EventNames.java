package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * A fair, festival, conference or marathon named for its city is one name, and the city in it is neither the
 * organisation nor a place mentioned: «معرض الرياض الدولي للكتاب» listed «الرياض» as an organisation (a city before
 * a masculine adjective reads as a club, {@link OrganisationRules#clubsNamedForCities}). The event noun
 * ({@code event-heads.tsv}), a listed city (not a country or region, {@link Territories}: «بطولة إسبانيا»), its
 * adjectives with the article and a «لـ» tail of one or two definite words are tagged an organisation, as the
 * conventions list events at most as optional. Article mode only.
 */
final class EventNames {
    private static final Set<String> HEADS = Lexicon.words("event-heads");
    /** Most words of a «لـ» tail («للكتاب», «لتقنية الفضاء»). */
    private static final int MAX_TAIL_WORDS = 2;

    private EventNames() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            int city = i + 1;
            if (!anyReadingIn(HEADS, s, i)
                    || s.clitic[city].length() > 0
                    || !tags[city].startsWith("B-")
                    || !s.place[city].equals(SentenceWords.PLACE)
                    || chunkEnd(tags, city, tags[city].substring(2)) != city + 1
                    || Territories.isTerritory(s.stem[city])) {
                continue;
            }
            int end = city + 1;
            while (end < tags.length && tags[end].equals("O") && s.clitic[end].isEmpty() && isNisba(s, end)) {
                end++; // «الدولي», «السنوي»
            }
            if (end < tags.length
                    && tags[end].equals("O")
                    && s.clitic[end].equals("ل")
                    && s.stem[end].startsWith("ال")) {
                int tailEnd = end + 1;
                while (tailEnd < tags.length
                        && tailEnd - end < MAX_TAIL_WORDS
                        && tags[tailEnd].equals("O")
                        && s.clitic[tailEnd].isEmpty()
                        && s.norm[tailEnd].startsWith("ال")) {
                    tailEnd++;
                }
                end = tailEnd; // «للكتاب»
            }
            for (int k = i; k < end; k++) {
                tags[k] = k == i ? "B-ORG" : "I-ORG";
            }
            i = end - 1;
        }
    }
}
