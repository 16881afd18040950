package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;

/**
 * A bare «المملكة» («the Kingdom»): the country the article is about, as Saudi, Moroccan, Jordanian and Bahraini news
 * write it for their own country. It is a place, and when the article names exactly one kingdom («السعودية», «المملكة
 * المغربية», «بريطانيا»), one more mention of that place rather than a second row.
 */
final class KingdomReferences {
    /** «المملكة» as {@link SentenceWords#stem} has it (folded, clitics off). */
    static final String THE_KINGDOM = ArabicWords.normalize("المملكة");
    /** The kingdoms a bare «المملكة» can stand for, folded. */
    static final Set<String> KINGDOMS = Lexicon.words("kingdoms");

    private KingdomReferences() {}

    /**
     * Tags «المملكة» (with any proclitic: «بالمملكة», «للمملكة») as a place where the model left it untagged and no
     * agreeing adjective follows to make it a longer name («المملكة المتحدة», «المملكة الأردنية»).
     */
    static void tagBareKingdom(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("O") && THE_KINGDOM.equals(s.stem[i]) && !adjectiveFollows(s, i)) {
                tags[i] = "B-LOC";
            }
        }
    }

    /** A definite feminine word after position {@code i} («المتحدة», «العربية»): it agrees with «المملكة». */
    private static boolean adjectiveFollows(SentenceWords s, int i) {
        if (i + 1 >= s.norm.length) {
            return false;
        }
        String next = s.norm[i + 1];
        return next.startsWith("ال") && next.endsWith("ه") && next.length() > 4;
    }

    /**
     * The entities with a bare «المملكة» place joined to the one kingdom the article names, if it names exactly one;
     * otherwise unchanged («المملكة» stays a place of its own).
     */
    static List<Entity> joinToNamedKingdom(List<Entity> entities) {
        Entity bare = null;
        Entity kingdom = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            String folded = Lexicon.fold(e.name());
            if (folded.equals(THE_KINGDOM)) {
                bare = e;
            } else if (KINGDOMS.contains(folded)) {
                if (kingdom != null) {
                    return entities; // two kingdoms: which one is meant is not for a word list to say
                }
                kingdom = e;
            }
        }
        if (bare == null || kingdom == null) {
            return entities;
        }
        List<Mention> mentions = new ArrayList<>(kingdom.mentions());
        mentions.addAll(bare.mentions());
        mentions.sort(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start));
        List<Entity> joined = new ArrayList<>(entities.size() - 1);
        for (Entity e : entities) {
            if (e == kingdom) {
                joined.add(new Entity(EntityType.LOCATION, kingdom.name(), mentions));
            } else if (e != bare) {
                joined.add(e);
            }
        }
        return joined;
    }
}
