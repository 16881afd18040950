package org.sahifa.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.TextDirection;

/** The extensions a listed name may take, read from made-up paragraphs (docs/entity-filter.md, "Round 12"). */
class NameExtensionTest {
    static Block block(String text) {
        return new Block(BlockType.PARAGRAPH, text, TextDirection.RTL);
    }

    static Entity listed(EntityType type, String name, List<Block> blocks) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(b, at, at + name.length(), name));
            }
        }
        return new Entity(type, name, mentions);
    }

    private static NameExtension find(List<NameExtension> all, String name) {
        return all.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void theWordsAfterAndBeforeAMentionAreItsExtensions() {
        List<Block> blocks = List.of(
                block("قالت الدكتورة هاجر التاروتي إن المعرض يفتح غدا."), block("وأضافت هاجر التاروتي: نحن مستعدون."));
        Entity cut = listed(EntityType.PERSON, "هاجر", blocks);
        List<NameExtension> all = NameExtension.of(cut, blocks);

        NameExtension family = find(all, "هاجر التاروتي");
        assertEquals(List.of("التاروتي"), family.words());
        assertEquals(2, family.grown().size(), "both mentions carry the family name");
        assertEquals(null, find(all, "هاجر التاروتي إن"), "a function word is never taken into a name");
        assertEquals(null, find(all, "الدكتورة هاجر"), "nor a title before it");
        // the colon after the second mention ends the reading there
        assertEquals(null, find(all, "هاجر التاروتي نحن"));
        assertEquals("إن", family.next());
        assertEquals("الدكتورة", family.outer());

        Entity completed = family.applied();
        assertEquals("هاجر التاروتي", completed.name());
        for (Mention m : completed.mentions()) {
            assertEquals(m.text(), blocks.get(m.block()).text().substring(m.start(), m.end()));
            assertEquals("هاجر التاروتي", m.text());
        }
    }

    @Test
    void punctuationAndJoinedLettersStopTheReading() {
        List<Block> blocks = List.of(block("التقى الوزير بمحمد، ثم غادر."));
        Entity person = listed(EntityType.PERSON, "محمد", blocks);
        assertTrue(NameExtension.of(person, blocks).isEmpty(), "a comma after it, a clitic joined before it");
    }

    @Test
    void theFeaturesSayWhatFollowsAndWhatIsListedThere() {
        List<Block> blocks = List.of(block("وصل أحمد الرياض أمس."));
        Entity person = listed(EntityType.PERSON, "أحمد", blocks);
        Entity city = listed(EntityType.LOCATION, "الرياض", blocks);
        List<NameExtension> all = NameExtension.of(person, blocks);
        List<String> features = find(all, "أحمد الرياض").features(List.of(person, city));
        assertTrue(features.contains("Pa1:overlaps=L"), features.toString());
        assertTrue(features.contains("side=Pa1"));
        assertFalse(features.contains("Pa1:listed=L"), "«أحمد الرياض» is listed nowhere");
    }

    @Test
    void entitiesOfTheSameNameAreMergedIntoTheFirst() {
        List<Block> blocks = List.of(block("قال سعد الحربي إن الحربي سيعود."));
        Entity full = listed(EntityType.PERSON, "سعد الحربي", blocks);
        Entity again = listed(EntityType.PERSON, "سعد الحربي", blocks);
        Entity place = listed(EntityType.LOCATION, "سعد الحربي", blocks);
        List<Entity> merged = NameMender.merged(List.of(full, place, again));
        assertEquals(2, merged.size(), "the second person row joins the first; the place stays");
        assertEquals(1, merged.get(0).mentions().size(), "an overlapping mention is not repeated");
    }
}
