package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Speakers, round 12 (issue 14, docs/quotations.md "Round 12: speakers (rules)"). Sentences made up for this test, none
 * taken from the evaluation articles.
 */
class SpeakersRound12Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakersOf(List<Block> blocks, List<Entity> entities) {
        return speakers(finder.find(blocks, entities));
    }

    @Test
    void aSentenceOpenedByAParticipleHasItsObjectAfterIt() {
        List<Block> blocks = paragraphs(
                "وانتقد الوزير سالم العتيبي قرار المجلس في مؤتمر صحفي عقده أمس في العاصمة. واصفا الأردن بـ\"الشريك الذي لا غنى عنه في المنطقة كلها\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("سالم العتيبي")
                .location("الأردن")
                .build();
        assertEquals(List.of("سالم العتيبي"), speakersOf(blocks, entities));
    }

    @Test
    void aSourceCloseToAPersonReadsOnOverTheName() {
        List<Block> blocks = paragraphs(
                "وقال مصدر مقرب من الوزير سالم العتيبي إن \"الوزير يدرس الترشح منذ أسابيع بجدية\".",
                "وقال مصدر قريب من الملف إن \"المفاوضات متعثرة ولا حل قريبا في الأفق\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سالم العتيبي").build();
        assertEquals(List.of("مصدر مقرب من الوزير سالم العتيبي", "مصدر قريب من الملف"), speakersOf(blocks, entities));
    }

    @Test
    void theSourceReferredToLaterKeepsThePersonItIsCloseTo() {
        List<Block> blocks = paragraphs(
                "أعلن مصدر مقرب من الوزير سالم العتيبي أن الوزير يدرس الترشح.",
                "وقال المصدر إن \"الوزير يدرس الأمر بجدية منذ أسابيع\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سالم العتيبي").build();
        assertEquals(List.of("مصدر مقرب من الوزير سالم العتيبي"), speakersOf(blocks, entities));
    }
}
