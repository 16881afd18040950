package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.quote.QuoteFinder;

/** A person the recogniser cut short takes the full name the quote step read (made-up sentences). */
class CutNamesTest {
    private static final String TEXT =
            "وقال المتحدث باسم الهيئة سعد مساعد القحطاني: \"نعمل ليلا ونهارا\". وزار سعد المركز.";

    private static List<Block> blocks() {
        return List.of(new Block(BlockType.PARAGRAPH, TEXT, TextDirection.RTL));
    }

    private static Mention mention(String text, int from) {
        int at = TEXT.indexOf(text, from);
        return new Mention(0, at, at + text.length(), text);
    }

    @Test
    void theShortPersonGrowsToTheSpeakersFullName() {
        Entity cut = new Entity(EntityType.PERSON, "سعد", List.of(mention("سعد", 0), mention("سعد", 50)));
        List<Quote> quotes = new QuoteFinder().find(blocks(), List.of(cut));
        assertEquals("سعد مساعد القحطاني", quotes.get(0).speaker());
        List<Entity> entities = SpeakerPersons.withSpeakers(blocks(), List.of(cut), quotes);
        assertEquals(1, entities.size());
        Entity person = entities.get(0);
        assertEquals("سعد مساعد القحطاني", person.name());
        assertEquals(
                List.of("سعد مساعد القحطاني", "سعد"),
                person.mentions().stream().map(Mention::text).toList());
        for (Mention m : person.mentions()) {
            assertEquals(TEXT.substring(m.start(), m.end()), m.text());
        }
    }

    @Test
    void aSpeakerThatMerelyStartsLikeAnotherPersonDoesNotTakeTheirPlace() {
        Entity other = new Entity(EntityType.PERSON, "سعد", List.of(mention("سعد", 50)));
        List<Quote> quotes = List.of(new Quote("نعمل ليلا ونهارا", "سعد مساعد القحطاني", 0, 47, 0, 63));
        List<Entity> entities = SpeakerPersons.withSpeakers(blocks(), List.of(other), quotes);
        assertEquals("سعد", entities.get(0).name());
    }
}
