package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.nlp.Gazetteer;

/**
 * Round 9 (issue 14, docs/news-eval.md "Round 9: speakers"): a one-word speaker that is a preposition on an everyday
 * word is no speaker, even when the recogniser tagged it; listed names that begin with the same letters stay.
 * Made-up text.
 */
class SpeakersRound9CheckTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    private static Entity person(String name) {
        return new Entity(EntityType.PERSON, name, List.of(new Mention(0, 0, name.length(), name)));
    }

    private String checked(String speaker, List<Entity> entities) {
        return SpeakerCheck.checked(List.of(), entities, List.of(Quote.inBlock("نص", speaker, 0, 0, 2)), gazetteer)
                .get(0)
                .speaker();
    }

    @Test
    void aPrepositionOnAnEverydayWordIsNoSpeakerEvenWhenTagged() {
        assertNull(checked("بجهود", List.of(person("بجهود"))));
        assertNull(checked("بتصريح", List.of()));
        assertNull(checked("لوزير", List.of()));
    }

    @Test
    void listedNamesThatBeginLikeAPrepositionStay() {
        assertEquals("بدر", checked("بدر", List.of(person("بدر"))));
        assertEquals("لبنى", checked("لبنى", List.of(person("لبنى"))));
        assertEquals("كوفي", checked("كوفي", List.of(person("كوفي"))));
        assertEquals("بلال", checked("بلال", List.of()));
    }
}
