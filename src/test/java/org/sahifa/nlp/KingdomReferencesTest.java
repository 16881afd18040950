package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A bare «المملكة» is a place, and one more mention of the one kingdom the article names (sentences made up). */
class KingdomReferencesTest {
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load();
    }

    private static List<Entity> places(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
        }
        return recognizer.recognize(blocks).stream()
                .filter(e -> e.type() == EntityType.LOCATION)
                .toList();
    }

    private static Entity named(List<Entity> places, String name) {
        return places.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no place «" + name + "» in " + places));
    }

    @Test
    void theKingdomAloneIsAPlaceWithItsClitics() {
        List<Entity> places = places("وصل وفد تجاري إلى المملكة أمس، وسيزور الوفد مصانع بالمملكة خلال أسبوع.");
        Entity kingdom = named(places, "المملكة");
        assertEquals(2, kingdom.mentions().size(), kingdom.toString());
    }

    @Test
    void itJoinsTheOneKingdomTheArticleNames() {
        List<Entity> places =
                places("أعلنت السعودية عن برنامج جديد للإسكان.", "وقال مسؤول إن المملكة ستبني آلاف المنازل للمواطنين.");
        Entity saudi = named(places, "السعودية");
        assertEquals(
                List.of("السعودية", "المملكة"),
                saudi.mentions().stream().map(m -> m.text()).toList());
        assertTrue(places.stream().noneMatch(e -> e.name().equals("المملكة")), "one row, not two: " + places);
    }

    @Test
    void aLongerKingdomNameIsNotCutToTheKingdom() {
        List<Entity> places = places("وقعت المملكة المتحدة اتفاقا تجاريا مع اليابان.");
        assertTrue(places.stream().noneMatch(e -> e.name().equals("المملكة")), places.toString());
    }

    @Test
    void withTwoKingdomsNamedTheWordListDoesNotChoose() {
        List<Entity> places = places("زار ملك الأردن المغرب أمس.", "وقال مسؤول إن المملكة ترحب بالزيارة.");
        named(places, "الأردن");
        named(places, "المغرب");
        assertEquals(1, named(places, "المملكة").mentions().size());
    }
}
