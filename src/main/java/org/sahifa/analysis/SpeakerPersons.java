package org.sahifa.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.nlp.PersonCandidates;
import org.sahifa.quote.QuoteFinder;

/**
 * Adds to the entity list, as people, the speakers the quotation step read from the text and the recogniser missed
 * (issue 14 §1 class 9). A speaker joins only when it is a name (not an unnamed source such as «مسؤول أمريكي», not
 * a phrase with the article such as «الأمم المتحدة») and the text names it outside every quotation and every
 * mention found already; each such place is a mention whose text is the block's substring. Fragments of other
 * speakers never join: an organisation's head noun («شركة»), an adjective of a source («قريب», «معارض»).
 */
final class SpeakerPersons {
    /** Letters that may be joined before a name: «وقال لافروف» has «و» before the mention. */
    private static final String PROCLITICS = "وفبلك";

    private SpeakerPersons() {}

    static List<Entity> withSpeakers(List<Block> blocks, List<Entity> found, List<Quote> quotes) {
        List<Entity> entities = CutNames.completed(blocks, found, quotes);
        Set<String> known = entities.stream().map(Entity::name).collect(Collectors.toSet());
        List<Entity> result = new ArrayList<>(entities);
        List<String> added = new ArrayList<>();
        for (Quote q : quotes) {
            String speaker = q.speaker();
            if (speaker == null
                    || known.contains(speaker)
                    || added.contains(speaker)
                    || !QuoteFinder.isNameLikeSpeaker(speaker)
                    || !PersonCandidates.isNameLike(speaker)) {
                continue;
            }
            List<Mention> mentions = mentionsOf(speaker, blocks, entities, quotes);
            if (!mentions.isEmpty()) {
                result.add(new Entity(EntityType.PERSON, speaker, mentions));
                added.add(speaker);
            }
        }
        return result;
    }

    /** Whole-word places of {@code name} (a proclitic may stand before it) outside quotations and known mentions. */
    static List<Mention> mentionsOf(String name, List<Block> blocks, List<Entity> entities, List<Quote> quotes) {
        List<Mention> mentions = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (wordStartsAt(text, at) && !letterAt(text, end) && !covered(b, at, end, entities, quotes)) {
                    mentions.add(new Mention(b, at, end, name));
                }
            }
        }
        return mentions;
    }

    static boolean wordStartsAt(String text, int at) {
        if (at == 0 || !letterAt(text, at - 1)) {
            return true;
        }
        boolean oneClitic = PROCLITICS.indexOf(text.charAt(at - 1)) >= 0 && (at == 1 || !letterAt(text, at - 2));
        boolean twoClitics = at >= 2
                && PROCLITICS.indexOf(text.charAt(at - 1)) >= 0
                && "وف".indexOf(text.charAt(at - 2)) >= 0
                && (at == 2 || !letterAt(text, at - 3));
        return oneClitic || twoClitics;
    }

    static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean covered(int b, int from, int to, List<Entity> entities, List<Quote> quotes) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.block() == b && m.start() < to && from < m.end()) {
                    return true;
                }
            }
        }
        for (Quote q : quotes) {
            boolean startsBefore = q.block() < b || (q.block() == b && q.start() < to);
            boolean endsAfter = q.endBlock() > b || (q.endBlock() == b && q.end() > from);
            if (startsBefore && endsAfter) {
                return true;
            }
        }
        return false;
    }
}
