package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Speakers on unseen news, round 9 (issue 14, docs/news-eval.md "Round 9: speakers"): a sentence opened by a verb
 * that is not a speech verb names its subject behind a role with a long complement or in apposition between commas,
 * and a later «وقال: "…"» refers to that person. Sentences made up for this test, none taken from the evaluation
 * articles.
 */
class SpeakersRound9Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakersOf(List<Block> blocks, List<Entity> entities) {
        return speakers(finder.find(blocks, entities));
    }

    @Test
    void aRoleWithALongComplementAndHonorificsLeadsToTheName() {
        List<Block> blocks = paragraphs(
                "ندد الرئيس العام لجمعية الرفق بالحيوان والعناية بالطيور الشيخ الدكتور سالم العتيبي، بالحادثة التي وقعت أمس.",
                "وقال: \"هذا عمل مرفوض ولن نسكت عنه\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سالم العتيبي").build();
        assertEquals(List.of("سالم العتيبي"), speakersOf(blocks, entities));
    }

    @Test
    void aSpeechVerbsRoleWithAComplementOfSeveralPhrasesLeadsToTheName() {
        List<Block> blocks = paragraphs(
                "ندد الرئيس العام لهيئة الرقابة بالمنطقة والتفتيش عن المخالفات الشيخ الدكتور سالم العتيبي، بالحادثة التي وقعت أمس.",
                "وقال: \"هذا عمل مرفوض ولن نسكت عنه\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سالم العتيبي").build();
        assertEquals(List.of("سالم العتيبي"), speakersOf(blocks, entities));
    }

    @Test
    void aNameBetweenCommasAfterAnAuxiliaryAndARoleIsTheSubject() {
        List<Block> blocks = paragraphs(
                "وكان رئيس لجنة المالية عن محافظة البصرة، ماجد الحسني، قد رفض الموازنة الجديدة.",
                "وأضاف في بيان قائلا: \"الأرقام لا تعكس حاجات المحافظة\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("ماجد الحسني")
                .location("البصرة")
                .build();
        assertEquals(List.of("ماجد الحسني"), speakersOf(blocks, entities));
    }

    @Test
    void aRoleWithTheprepositionBaIsTheObjectNotTheSubject() {
        List<Block> blocks = paragraphs(
                "التقى وزير الخارجية في مكتبه بالسفير نادر سليم لبحث العلاقات الثنائية.",
                "وقال: \"العلاقات بين البلدين متينة\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("نادر سليم").build();
        assertFalse(speakersOf(blocks, entities).contains("نادر سليم"));
    }

    @Test
    void aSecondOfficeAfterTheComplementIsTheObject() {
        List<Block> blocks = paragraphs(
                "استقبل وزير الداخلية في مكتبه السفير نادر سليم لبحث التعاون الأمني.",
                "وقال: \"التعاون بين البلدين متين\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("نادر سليم").build();
        assertFalse(speakersOf(blocks, entities).contains("نادر سليم"));
    }

    @Test
    void aCounterpartIsAnotherPerson() {
        List<Block> blocks = paragraphs(
                "بحث وزير الخارجية الأردني مع نظيره المصري حسام فريد ملفات المنطقة.",
                "وقال: \"المنطقة تمر بمرحلة صعبة\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("حسام فريد").build();
        assertFalse(speakersOf(blocks, entities).contains("حسام فريد"));
    }
}
