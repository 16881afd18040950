package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.sahifa.nlp.Gazetteer;
import org.sahifa.quote.QuoteFinder;

/** Round 6 (issue 14): a cut first name is the whole person; a phrase that is no person is no speaker. Made-up text. */
class SpeakerCheckTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    private static Entity person(String name) {
        return new Entity(EntityType.PERSON, name, List.of(new Mention(0, 0, name.length(), name)));
    }

    private static Quote said(String speaker) {
        return Quote.inBlock("نص", speaker, 0, 0, 2);
    }

    private String checked(String speaker, List<Entity> entities) {
        return SpeakerCheck.checked(List.of(), entities, List.of(said(speaker)), gazetteer)
                .get(0)
                .speaker();
    }

    @Test
    void aFirstNameThatIsAnEverydayWordIsTheOnePersonWhoseNameHoldsIt() {
        assertEquals("أمل الشمري", checked("أمل", List.of(person("أمل الشمري"), person("سعيد ناصر"))));
        assertEquals("سعيد ناصر", checked("ناصر", List.of(person("أمل الشمري"), person("سعيد ناصر"))));
    }

    @Test
    void aPartSharedByTwoPeopleIsLeftAsItIs() {
        assertEquals("محمد", checked("محمد", List.of(person("محمد العلي"), person("محمد الحسن"))));
    }

    @Test
    void everydayPhrasesAndTwoLetterFragmentsAreNoSpeaker() {
        assertTrue(SpeakerCheck.isJunk("تمت مناقشة", gazetteer));
        assertTrue(SpeakerCheck.isJunk("خطوة", gazetteer));
        assertTrue(SpeakerCheck.isJunk("حد", gazetteer));
        assertNull(checked("زمن كنا", List.of(person("سعيد ناصر"))));
    }

    @Test
    void namesSourcesRolesAndBodiesStay() {
        assertFalse(SpeakerCheck.isJunk("سعد مساعد القحطاني", gazetteer));
        assertFalse(SpeakerCheck.isJunk("جيونج جون", gazetteer));
        assertFalse(SpeakerCheck.isJunk("تركي السلطان", gazetteer)); // «X الY»: the shape of a name or a body
        assertFalse(SpeakerCheck.isJunk("خفر السواحل", gazetteer));
        assertFalse(SpeakerCheck.isJunk("شامل ديوراكوفيتش", gazetteer)); // a word on no list
        assertFalse(SpeakerCheck.isJunk("مصدر مطلع", gazetteer));
        assertFalse(SpeakerCheck.isJunk("المتحدث باسم الوزارة", gazetteer));
        assertFalse(SpeakerCheck.isJunk("وزارة النقل", gazetteer));
        assertEquals("مصدر مطلع", checked("مصدر مطلع", List.of()));
    }

    @Test
    void aJunkSpeakerNeverJoinsThePeople() {
        List<Block> blocks =
                List.of(new Block(BlockType.PARAGRAPH, "وأضاف زمن كنا \"نلتقي كل مساء\".", TextDirection.RTL));
        List<Quote> quotes =
                SpeakerCheck.checked(blocks, List.of(), new QuoteFinder().find(blocks, List.of()), gazetteer);
        assertEquals(1, quotes.size());
        assertNull(quotes.get(0).speaker());
        assertTrue(SpeakerPersons.withSpeakers(blocks, List.of(), quotes).isEmpty());
    }

    @Test
    void anEverydayWordWrittenBeforeAFamilyNameInTheArticleIsKept() {
        List<Block> blocks = List.of(
                new Block(
                        BlockType.PARAGRAPH,
                        "ويرى المدربان سالم الحربي وخطوة الراشد أن الفريق جاهز.",
                        TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "وأضاف خطوة \"سنلعب للفوز\".", TextDirection.RTL));
        assertTrue(SpeakerCheck.isJunk("خطوة", gazetteer));
        assertTrue(SpeakerCheck.writtenBeforeFamilyName(blocks, "خطوة"));
        assertEquals(
                "خطوة الراشد", // kept, and completed to the name written in the article
                SpeakerCheck.checked(blocks, List.of(), List.of(said("خطوة")), gazetteer)
                        .get(0)
                        .speaker());
    }

    @Test
    void aFirstNameAloneIsTheFullNameWrittenElsewhereInTheArticle() {
        List<Block> blocks = List.of(
                new Block(BlockType.PARAGRAPH, "التقت الصحيفة بالفنانة أمل صقر في معرضها الأخير.", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "وتقول أمل \"الرسم حياتي\".", TextDirection.RTL));
        assertEquals("أمل صقر", SpeakerCheck.writtenFullName(blocks, "أمل", gazetteer));
        assertEquals(
                "أمل صقر",
                SpeakerCheck.checked(blocks, List.of(), List.of(said("أمل")), gazetteer)
                        .get(0)
                        .speaker());
    }

    @Test
    void aWordFollowedByDifferentNamesOrByEverydayWordsIsNotCompleted() {
        List<Block> blocks = List.of(
                new Block(BlockType.PARAGRAPH, "حضر سالم الحربي وسالم العتيبي الحفل.", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "وأضاف خطوة مهمة في الطريق.", TextDirection.RTL));
        assertNull(SpeakerCheck.writtenFullName(blocks, "سالم", gazetteer));
        assertNull(SpeakerCheck.writtenFullName(blocks, "خطوة", gazetteer));
        List<Block> statement =
                List.of(new Block(BlockType.PARAGRAPH, "ورفضوا البيان الذي نشرته الجماعة.", TextDirection.RTL));
        assertNull(SpeakerCheck.writtenFullName(statement, "البيان", gazetteer)); // a noun, and «الذي» is no name
        assertNull(SpeakerCheck.writtenFullName(
                List.of(new Block(BlockType.PARAGRAPH, "وكان سعيد الذي حضر أمس.", TextDirection.RTL)),
                "سعيد",
                gazetteer));
    }

    @Test
    void aNameReadOnIntoAVerbIsThePersonItsFirstWordsBelongTo() {
        String runOn = "صقر أكدت حرص";
        assertEquals("أمل صقر", SpeakerCheck.personBeforeRunOn(runOn, List.of(person("أمل صقر")), gazetteer));
        assertNull(SpeakerCheck.personBeforeRunOn(runOn, List.of(person("سعيد ناصر")), gazetteer));
        assertEquals("أمل صقر", checked(runOn, List.of(person("أمل صقر"))));
    }

    @Test
    void aPhraseOpenedByAPersonalPronounIsNoSpeaker() {
        assertTrue(SpeakerCheck.isJunk("وهو يمسك", gazetteer));
        assertTrue(SpeakerCheck.isJunk("هي تقول", gazetteer));
    }

    @Test
    void anAddresseeGluedToARecognisedNameIsCutWhenTheArticleWritesItAlone() {
        List<Block> blocks = List.of(
                new Block(BlockType.PARAGRAPH, "ذكرت بلومبرغ أن المحادثات متعثرة.", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "وقال كوستوف لبلومبرغ \"لن نتراجع\".", TextDirection.RTL));
        List<Entity> people = List.of(person("إيفان كوستوف"), person("كوستوف لبلومبرغ"));
        Quote quote = said("كوستوف لبلومبرغ");
        assertEquals(
                "إيفان كوستوف",
                SpeakerCheck.checked(blocks, people, List.of(quote), gazetteer)
                        .get(0)
                        .speaker());
        assertEquals("سعيد لطفي", SpeakerCheck.withoutAddressee(blocks, "سعيد لطفي", people));
    }
}
