package org.sahifa.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.nlp.ArabicWords;

/**
 * A speaker phrase that holds a found person's name with more words around it is that person (issue 14 §1 class 9,
 * round 11, docs/quotations.md "Round 11: speakers"): the phrase reader read a role and its complement, or words after
 * the name, into the speaker. «رئيس جامعة المدينة الدكتور سالم العتيبي» and «نادي الشباب سالم العتيبي» give «سالم
 * العتيبي»; «الأسير فلان» gives «فلان».
 *
 * <p>A name after a preposition stays where it is: «مصدر مقرب من الوزير سالم العتيبي» is the unnamed source, not the
 * minister.
 */
final class PersonInSpeaker {
    /** Prepositions (normalised) that make the name after them a complement of the phrase's head, not the speaker. */
    private static final Set<String> PREPOSITIONS =
            Set.of("من", "عن", "مع", "الي", "لدي", "علي", "في", "حول", "ضد", "بين", "عند", "منذ");

    /** Titles of address, learning and rank that stand right before a name: «الدكتور», «الشيخة» (shared lexicon). */
    private static final Set<String> HONORIFICS = Lexicon.words("titles-of-address");

    private PersonInSpeaker() {}

    /**
     * «رئيس جامعة المدينة الدكتور سالم العتيبي» when the recogniser found no person in it: the two or more words
     * after a title of address that follows the role, or null. Not after a preposition («مصدر مقرب من الشيخ …»).
     */
    static String afterHonorific(String speaker) {
        List<String> phrase = words(speaker);
        String[] written = speaker.strip().split("\\s+");
        if (written.length != phrase.size()) {
            return null;
        }
        for (int i = 1; i + 2 < phrase.size(); i++) {
            if (PREPOSITIONS.contains(phrase.get(i - 1))) {
                return null;
            }
            if (HONORIFICS.contains(phrase.get(i))) {
                return String.join(" ", java.util.Arrays.asList(written).subList(i + 1, written.length));
            }
        }
        return null;
    }

    /** The person whose name {@code speaker} holds with other words around it, or null. */
    static String named(String speaker, List<Entity> entities) {
        List<String> phrase = words(speaker);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || words(e.name()).size() < 2) {
                // «باحث يمني»: a one-word "person" is too often an adjective the recogniser took for a name
                continue;
            }
            for (String form : forms(e)) {
                List<String> name = words(form);
                int at = indexOfRun(phrase, name);
                boolean whole = at == 0 && name.size() == phrase.size();
                boolean shortInside = name.size() < 2 && at + name.size() != phrase.size();
                if (at < 0 || whole || shortInside || prepositionBefore(phrase, at)) {
                    continue;
                }
                if (at < bestAt || (at == bestAt && name.size() > bestLength)) {
                    best = e.name();
                    bestAt = at;
                    bestLength = name.size();
                }
            }
        }
        return best;
    }

    private static List<String> forms(Entity e) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        for (Mention m : e.mentions()) {
            forms.add(m.text());
        }
        return forms;
    }

    private static boolean prepositionBefore(List<String> phrase, int at) {
        for (int i = 0; i < at; i++) {
            if (PREPOSITIONS.contains(phrase.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfRun(List<String> whole, List<String> part) {
        if (part.isEmpty()) {
            return -1;
        }
        for (int at = 0; at + part.size() <= whole.size(); at++) {
            if (whole.subList(at, at + part.size()).equals(part)) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicWords.normalize(text == null ? "" : text.strip()).split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
