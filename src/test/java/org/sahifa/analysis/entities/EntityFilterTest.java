package org.sahifa.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.PlainTextExtractor;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;

/** The entity filter on made-up articles (docs/entity-filter.md). */
class EntityFilterTest {
    private static final String FIRST =
            "أرجو أن يكون الاجتماع مثمرا، وقال الأمير محمد بن عبدالله العتيبي إن المشروع سيكتمل قريبا.";
    private static final String SECOND = "وأضاف محمد بن عبدالله العتيبي أن العمل بدأ في الرياض منذ عامين.";
    private static final String FULL_NAME = "محمد بن عبدالله العتيبي";

    private static final List<Block> BLOCKS = List.of(
            new Block(BlockType.PARAGRAPH, FIRST, TextDirection.RTL),
            new Block(BlockType.PARAGRAPH, SECOND, TextDirection.RTL));

    private static Mention mention(int block, String text) {
        String b = BLOCKS.get(block).text();
        int at = b.indexOf(text);
        return new Mention(block, at, at + text.length(), text);
    }

    /** «أرجو» (an everyday word at a sentence's start) taken for a person, a full name after a title, a city. */
    private static final Entity EVERYDAY = new Entity(EntityType.PERSON, "أرجو", List.of(mention(0, "أرجو")));

    private static final Entity PERSON =
            new Entity(EntityType.PERSON, FULL_NAME, List.of(mention(0, FULL_NAME), mention(1, FULL_NAME)));
    private static final Entity CITY = new Entity(EntityType.LOCATION, "الرياض", List.of(mention(1, "الرياض")));
    private static final List<Entity> ENTITIES = List.of(EVERYDAY, PERSON, CITY);
    private static final List<Quote> QUOTES =
            List.of(Quote.inBlock("المشروع سيكتمل قريبا", FULL_NAME, 0, FIRST.indexOf("المشروع"), FIRST.length() - 1));

    @Test
    void theFeaturesSayWhatTheListsKnow() {
        List<String> everyday = EntityFeatures.of(EVERYDAY, ENTITIES, BLOCKS, QUOTES);
        assertTrue(everyday.contains("P:first.everyday"), everyday.toString());
        assertTrue(everyday.contains("P:before=none"), everyday.toString());
        assertTrue(everyday.contains("P:words=<=1"), everyday.toString());
        List<String> person = EntityFeatures.of(PERSON, ENTITIES, BLOCKS, QUOTES);
        assertTrue(person.contains("P:before=title"), person.toString());
        assertTrue(person.contains("speaker=same"), person.toString());
        assertTrue(person.contains("P:mentions=<=2"), person.toString());
        assertTrue(person.contains("P:first.kind=GIVEN"), person.toString());
        List<String> city = EntityFeatures.of(CITY, ENTITIES, BLOCKS, QUOTES);
        assertTrue(city.contains("L:name=place"), city.toString());
        assertTrue(city.contains("L:before=function"), city.toString());
    }

    @Test
    void theBundledFilterDropsTheEverydayWordAndKeepsTheFullName() {
        EntityFilter filter = EntityFilter.bundledFilter();
        double everyday = filter.probability(EntityType.PERSON, EntityFeatures.of(EVERYDAY, ENTITIES, BLOCKS, QUOTES));
        double person = filter.probability(EntityType.PERSON, EntityFeatures.of(PERSON, ENTITIES, BLOCKS, QUOTES));
        assertTrue(everyday < filter.threshold(EntityType.PERSON), "everyday word kept: " + everyday);
        assertTrue(person > 0.5, "full name judged unlikely: " + person);
        assertEquals(List.of(PERSON, CITY), filter.filter(BLOCKS, ENTITIES, QUOTES));
    }

    @Test
    void theAnalyzerRunsTheFilterOnItsFinalList() {
        Analyzer unfiltered = new Analyzer(EntityRecognizer.load(), new QuoteFinder());
        Article article = PlainTextExtractor.extract(
                "قال الرئيس الأمريكي باراك أوباما في واشنطن إن المحادثات مع إيران مستمرة.", "made-up");
        List<Entity> all = unfiltered.analyze(article).entities();
        assertTrue(all.stream().anyMatch(e -> e.type() == EntityType.PERSON), all.toString());
        assertTrue(all.stream().anyMatch(e -> e.type() == EntityType.LOCATION), all.toString());
        // a person threshold no probability reaches: every person goes, nothing else changes
        EntityFilter noPeople = EntityFilter.bundledFilter().with(Map.of(EntityType.PERSON, 1.01));
        List<Entity> filtered =
                unfiltered.withEntityFilter(noPeople).analyze(article).entities();
        assertEquals(all.stream().filter(e -> e.type() != EntityType.PERSON).toList(), filtered);
    }

    @Test
    void organisationsHaveTheirOwnModelThatDropsASetPhrase() {
        String text = "وجه خادم الحرمين الشريفين الملك سلمان - حفظه الله - وزارة الصحة بافتتاح المستشفى الجديد.";
        List<Block> blocks = List.of(new Block(BlockType.PARAGRAPH, text, TextDirection.RTL));
        Entity phrase = new Entity(EntityType.ORGANIZATION, "حفظه الله", List.of(at(text, "حفظه الله")));
        Entity ministry = new Entity(EntityType.ORGANIZATION, "وزارة الصحة", List.of(at(text, "وزارة الصحة")));
        Entity king = new Entity(EntityType.PERSON, "سلمان", List.of(at(text, "سلمان")));
        List<Entity> all = List.of(king, phrase, ministry);
        EntityFilter filter = EntityFilter.bundledFilter();
        List<String> f = EntityFeatures.of(phrase, all, blocks, List.of());
        assertNotEquals(filter.probability(EntityType.PERSON, f), filter.probability(EntityType.ORGANIZATION, f));
        List<Entity> kept = filter.filter(blocks, all, List.of());
        assertTrue(kept.contains(ministry), kept.toString());
        assertFalse(kept.contains(phrase), kept.toString());
    }

    private static Mention at(String text, String name) {
        int start = text.indexOf(name);
        return new Mention(0, start, start + name.length(), name);
    }

    @Test
    void aFilterOnlyDropsAndAThresholdOfZeroKeepsEverything() {
        EntityFilter filter = EntityFilter.bundledFilter();
        List<Entity> kept = filter.filter(BLOCKS, ENTITIES, QUOTES);
        assertTrue(ENTITIES.containsAll(kept));
        EntityFilter off = filter.with(Map.of());
        assertEquals(ENTITIES, off.filter(BLOCKS, ENTITIES, QUOTES));
    }

    @Test
    void trainingTwiceWritesTheSameBytesAndTheModelReadBackScoresTheSame(@TempDir Path dir) throws IOException {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Entity e : ENTITIES) {
                features.add(EntityFeatures.of(e, ENTITIES, BLOCKS, QUOTES));
                labels.add(e != EVERYDAY);
            }
        }
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        EntityFilter first = EntityFilter.train(features, labels, 1);
        first.write(EntityType.PERSON, a);
        EntityFilter.train(features, labels, 1).write(EntityType.PERSON, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        EntityFilter back;
        try (InputStream in = Files.newInputStream(a)) {
            back = EntityFilter.read(in, Map.of(EntityType.PERSON, 0.5));
        }
        List<String> f = EntityFeatures.of(EVERYDAY, ENTITIES, BLOCKS, QUOTES);
        assertEquals(first.probability(EntityType.PERSON, f), back.probability(EntityType.PERSON, f), 1e-12);
        assertEquals(List.of(PERSON, CITY), back.filter(BLOCKS, ENTITIES, QUOTES));
    }
}
