package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Issue 14 §1 class 9: a speaker the recogniser missed joins the entity list as a person, on made-up sentences. */
class SpeakerPersonsTest {
    private static List<Block> paragraphs(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(t -> new Block(BlockType.PARAGRAPH, t, TextDirection.RTL))
                .toList();
    }

    @Test
    void aSpeakerReadFromTheTextBecomesAPersonWithExactMentions() {
        List<Block> blocks = paragraphs(
                "وقال كبير الباحثين في مركز الدراسات البحرية سامي الهاشمي إن \"المياه ترتفع\".",
                "وأوضح الهاشمي أن العمل مستمر، وأكد سامي الهاشمي ذلك.");
        List<Quote> quotes = new QuoteFinder().find(blocks, List.of());
        List<Entity> entities = SpeakerPersons.withSpeakers(blocks, List.of(), quotes);
        assertEquals(1, entities.size());
        Entity person = entities.get(0);
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("سامي الهاشمي", person.name());
        assertEquals(2, person.mentions().size());
        for (Mention m : person.mentions()) {
            assertEquals(blocks.get(m.block()).text().substring(m.start(), m.end()), m.text());
        }
    }

    @Test
    void unnamedSourcesAndKnownEntitiesAreNotAdded() {
        List<Block> blocks = paragraphs(
                "وقال مسؤول أمريكي إن \"المحادثات مستمرة\"، وقال أحد موظفي الشركة \"لا نعرف\".",
                "وقالت الأمم المتحدة إن \"المساعدات وصلت\".");
        List<Entity> known = List.of(
                new Entity(EntityType.ORGANIZATION, "الأمم المتحدة", List.of(new Mention(1, 6, 19, "الأمم المتحدة"))));
        List<Quote> quotes = new QuoteFinder().find(blocks, known);
        assertTrue(quotes.stream().anyMatch(q -> "مسؤول أمريكي".equals(q.speaker())), quotes.toString());
        assertEquals(known, SpeakerPersons.withSpeakers(blocks, known, quotes));
    }

    @Test
    void aNameOnlyInsideAQuotationOrAMentionIsNotAdded() {
        List<Block> blocks = paragraphs("وقال سامي الهاشمي إن \"المياه ترتفع\".");
        List<Entity> known = List.of(
                new Entity(EntityType.PERSON, "د. سامي الهاشمي", List.of(new Mention(0, 5, 17, "سامي الهاشمي"))));
        List<Quote> quotes = List.of(new Quote("المياه ترتفع", "سامي الهاشمي", 0, 22, 0, 34));
        assertEquals(known, SpeakerPersons.withSpeakers(blocks, known, quotes));
    }

    @Test
    void aPrepositionsObjectIsNotAPerson() {
        List<Block> blocks = paragraphs("واصل الفريق الأول لكرة القدم تدريباته باستخدام تقنية \"جي بي أس\" الحديثة.");
        List<Quote> quotes = List.of(new Quote("جي بي أس", "لكرة القدم", 0, 54, 0, 62));
        assertEquals(List.of(), SpeakerPersons.withSpeakers(blocks, List.of(), quotes));
        for (Quote q : new QuoteFinder().find(blocks, List.of())) {
            assertTrue(q.speaker() == null || !q.speaker().contains("لكرة"), q.toString());
        }
    }

    @Test
    void fragmentsOfOtherSpeakersDoNotJoinThePeople() {
        List<Block> blocks = paragraphs(
                "قال مصدر قريب من الوفد إن شركة النخيل ومكتب المحافظ ووزارة النقل ومصدر معارض لم يعلقوا.",
                "وقال كريم بلعيد إن \"العمل مستمر\".");
        List<Quote> quotes = new java.util.ArrayList<>();
        for (String fragment : List.of("قريب", "شركة", "مكتب", "وزارة النقل", "معارض")) {
            quotes.add(new Quote("العمل مستمر", fragment, 1, 22, 1, 33));
        }
        quotes.add(new Quote("العمل مستمر", "كريم بلعيد", 1, 22, 1, 33));
        List<Entity> entities = SpeakerPersons.withSpeakers(blocks, List.of(), quotes);
        assertEquals(List.of("كريم بلعيد"), entities.stream().map(Entity::name).toList());
    }

    /** A speaker made of words news seldom writes beside names (PersonCandidates) does not join the people. */
    @Test
    void aSpeakerThatIsAnEverydayPhraseIsNotAdded() {
        List<Block> blocks = paragraphs("وأكد دور المنظمات الدولية في الاجتماع أن \"الأسعار سترتفع\" هذا العام.");
        List<Quote> quotes = List.of(new Quote("الأسعار سترتفع", "دور المنظمات الدولية", 0, 42, 0, 56));
        assertEquals(List.of(), SpeakerPersons.withSpeakers(blocks, List.of(), quotes));
    }
}
