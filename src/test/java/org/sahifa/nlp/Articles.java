package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;

/** Runs the bundled recogniser over made-up paragraphs and checks the names it lists, for the entity rule tests. */
final class Articles {
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();

    private Articles() {}

    static List<Entity> recognize(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
        }
        return RECOGNIZER.recognize(blocks);
    }

    static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    /** The entity of that type and name, or null. */
    static Entity find(List<Entity> entities, EntityType type, String name) {
        return entities.stream()
                .filter(e -> e.type() == type && e.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    static void assertListed(EntityType type, String expected, String... paragraphs) {
        List<String> found = names(recognize(paragraphs), type);
        assertTrue(
                found.contains(expected),
                "expected " + type + " «" + expected + "» in " + List.of(paragraphs) + ", got " + found);
    }

    static void assertNoneOf(EntityType type, String... paragraphs) {
        List<String> found = names(recognize(paragraphs), type);
        assertTrue(found.isEmpty(), "expected no " + type + " in " + List.of(paragraphs) + ", got " + found);
    }

    static void assertNotListed(EntityType type, String name, String... paragraphs) {
        List<String> found = names(recognize(paragraphs), type);
        assertFalse(found.contains(name), "did not expect " + type + " «" + name + "» in " + List.of(paragraphs));
    }
}
