package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;

/** Issue 14 §1.8, people round 5: the least-stripped reading of a person's word wins when it is the name. */
class PersonReadingsTest {
    private static final Gazetteer G = Gazetteer.shared();

    @Test
    void twoLettersAreNotReadOffForARareNameWord() {
        // «ادمير» is only a rare Wikidata name word: «فلادمير» keeps «فل»
        assertTrue(PersonReadings.isWeakLongStrip("فلادمير", "ادمير", G));
        // one letter, or a well-known name, is read off as before: «وبمحمد» is «وب» + «محمد»
        assertFalse(PersonReadings.isWeakLongStrip("وادمير", "ادمير", G));
        assertFalse(PersonReadings.isWeakLongStrip("وبمحمد", "محمد", G));
    }

    @Test
    void aWholeFormNeedsTheCorpusAndLettersThatAllowAName() {
        assertTrue(PersonReadings.keepsWhole("وارين"));
        assertFalse(PersonReadings.keepsWhole("واحمد")); // «احمد» is ten times as frequent
        assertFalse(PersonReadings.keepsWhole("لنصره")); // frequent with «ل», but an everyday word by its letters
    }

    @Test
    void aFullNameIsDisplayedWithItsFirstLetters() {
        List<String> people = EntityRecognizer.load()
                .recognize(List.of(new Block(
                        BlockType.PARAGRAPH, "وأعلن فلادمير كوزنيتسوف أمس أن المحادثات انتهت", TextDirection.RTL)))
                .stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::name)
                .toList();
        assertTrue(people.contains("فلادمير كوزنيتسوف"), people.toString());
    }
}
