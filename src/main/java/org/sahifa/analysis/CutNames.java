package org.sahifa.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.quote.QuoteFinder;

/**
 * A person the recogniser cut short and the quote step read in full (issue 14 §1 class 9: «سعد» of «سعد مساعد
 * القحطاني:») takes the full name: where the full name is written over the short mention, the mention grows to it,
 * and the entity is named by it. Other mentions of the short form stay the person's.
 */
final class CutNames {
    private CutNames() {}

    static List<Entity> completed(List<Block> blocks, List<Entity> entities, List<Quote> quotes) {
        List<Entity> result = new ArrayList<>(entities);
        for (Quote q : quotes) {
            String speaker = q.speaker();
            if (speaker == null || !QuoteFinder.isPersonName(speaker)) {
                continue;
            }
            for (int e = 0; e < result.size(); e++) {
                Entity person = result.get(e);
                if (person.type() == EntityType.PERSON && speaker.startsWith(person.name() + " ")) {
                    Entity grown = grown(blocks, person, speaker);
                    if (grown != null) {
                        result.set(e, grown);
                    }
                }
            }
        }
        return result;
    }

    /** The person named {@code full}, its mentions grown where {@code full} is written over them; or null. */
    private static Entity grown(List<Block> blocks, Entity person, String full) {
        List<Mention> mentions = new ArrayList<>();
        boolean grew = false;
        for (Mention m : person.mentions()) {
            String text = blocks.get(m.block()).text();
            int end = m.start() + full.length();
            boolean written = text.startsWith(full, m.start()) && !SpeakerPersons.letterAt(text, end);
            mentions.add(written ? new Mention(m.block(), m.start(), end, full) : m);
            grew |= written;
        }
        if (!grew) {
            return null;
        }
        mentions.sort(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start));
        return new Entity(EntityType.PERSON, full, mentions);
    }
}
