package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Speakers, round 11 (issue 14, docs/quotations.md "Round 11: speakers"): a sentence opened by a preposition («وعن»,
 * «وفي») has no subject right after its first word; its speech verb refers back. Sentences made up for this test,
 * none taken from the evaluation articles.
 */
class SpeakersRound11Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakersOf(List<Block> blocks, List<Entity> entities) {
        return speakers(finder.find(blocks, entities));
    }

    @Test
    void aTopicAfterAnWithAConjunctionIsNoSpeaker() {
        List<Block> blocks = paragraphs(
                "قالت الطبيبة منيرة الخالدي إن \"المرضى كثيرون هذا العام\".",
                "وعن دور الجمعيات الخيرية العاملة في المدينة أمام هذه الحالات، قالت: \"دورها ما زال ضعيفا\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("منيرة الخالدي").build();
        assertEquals(List.of("منيرة الخالدي", "منيرة الخالدي"), speakersOf(blocks, entities));
    }

    @Test
    void aTimePhraseAfterFiWithAConjunctionIsNoSpeaker() {
        List<Block> blocks = paragraphs(
                "قالت الطبيبة منيرة الخالدي إن \"المرضى كثيرون هذا العام\".",
                "وفي ختام حديثنا مع الطبيبة منيرة الخالدي سألناها عن أمنيتها، فقالت: \"أتمنى الصحة للجميع\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("منيرة الخالدي").build();
        assertEquals(List.of("منيرة الخالدي", "منيرة الخالدي"), speakersOf(blocks, entities));
    }
}
