package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;

/**
 * A person's name whose first letter looks like a clitic keeps it (issue 14, round 4): «بيار» is not «ب» + «يار»,
 * «فالنتينا» is not «ف» + «النتينا»; a real «و» before a name still goes. Sentences made up for this test.
 */
class NameFirstLetterTest {
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load();
    }

    private static List<String> people(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
        }
        return recognizer.recognize(blocks).stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::name)
                .toList();
    }

    @Test
    void aFirstLetterThatIsPartOfTheNameStays() {
        List<String> people =
                people("وقال الخبير الفرنسي بيار باسكاري إن التحقيق طويل. وأضافت فالنتينا هدو أن الوضع صعب.");
        assertTrue(people.contains("بيار باسكاري"), people.toString());
        assertTrue(people.contains("فالنتينا هدو"), people.toString());
    }

    @Test
    void aConjunctionBeforeANameStillGoes() {
        List<String> people = people("التقى الوزير بالسفير، وحضر اللقاء وعلي الأحمد وسامي العتيبي ومحمد الكعبي.");
        assertTrue(people.stream().noneMatch(p -> p.startsWith("و")), people.toString());
    }
}
