package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Speakers no candidate holds, round 13 (issue 14 §1 class 9, docs/quotations.md "Round 13: speakers no candidate
 * holds"). Sentences made up for this test, none taken from the evaluation articles.
 */
class SpeakersRound13Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakersOf(List<Block> blocks, List<Entity> entities) {
        return speakers(finder.find(blocks, entities));
    }

    @Test
    void aNameInMarksAfterATitleIsTheSpeakerNotTheTitle() {
        List<Block> blocks = paragraphs(
                "وقال الشيخ \"عبدالله درع المطيري\" المتحدث الرسمي باسم المجلس، إن \"الوضع مستقر تماما في المدينة\".");
        assertEquals(List.of("عبدالله درع المطيري"), speakersOf(blocks, List.of()));
        List<Entity> found =
                new EntityListBuilder(blocks).person("عبدالله درع المطيري").build();
        assertEquals(List.of("عبدالله درع المطيري"), speakersOf(blocks, found));
    }

    @Test
    void aNameInMarksAfterARoleThatOpensTheSentenceIsTheSpeaker() {
        List<Block> blocks =
                paragraphs("أما العروس «سلمى هانسن» فقد قالت لصحيفة محلية: «لم أكن خائفة أبدا من البحر ولا من الموج».");
        List<Entity> found = new EntityListBuilder(blocks).person("سلمى هانسن").build();
        assertEquals(List.of("سلمى هانسن"), speakersOf(blocks, found));
    }

    @Test
    void aNameAfterAnAbbreviatedTitleIsRead() {
        List<Block> blocks = paragraphs("وقال المهندس م. سعد القحطاني إن \"المشروع سينتهي قبل نهاية العام الجاري\".");
        assertEquals(List.of("سعد القحطاني"), speakersOf(blocks, List.of()));
        List<Block> afterRole = paragraphs(
                "أما رجل الأعمال م. سعد القحطاني فأشار إلى أن السوق مستقرة، مضيفا \"إن الطلب سيرتفع في الصيف المقبل\".");
        List<Entity> found =
                new EntityListBuilder(afterRole).person("سعد القحطاني").build();
        assertEquals(List.of("سعد القحطاني"), speakersOf(afterRole, found));
    }

    @Test
    void aNameReadFromTheWordsStopsAtAWordOfTime() {
        List<Block> blocks =
                paragraphs("وقال ستافروبولوس قبيل بدء الاجتماع إن المحادثات \"وصلت إلى مرحلة حاسمة جدا\".");
        assertEquals(List.of("ستافروبولوس"), speakersOf(blocks, List.of()));
    }

    @Test
    void aNameInMarksAfterARoleWithoutTheArticleIsItsComplement() {
        List<Block> blocks = paragraphs(
                "ذكر العميد سالم الكعبي أن الشرطة تلقت البلاغ مساء الخميس.",
                "وقال مدير «عمليات» الشرطة، إن «الدوريات وصلت إلى الموقع خلال دقائق معدودة».");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سالم الكعبي").build();
        assertFalse(speakersOf(blocks, entities).contains("عمليات"));
    }

    @Test
    void aNameInMarksKeepsTheWordsTheRecogniserCut() {
        List<Block> blocks = paragraphs(
                "وقال الشيخ \"عبدالله درع المطيري\" المتحدث الرسمي باسم المجلس، إن \"الوضع مستقر تماما في المدينة\".");
        List<Entity> cut = new EntityListBuilder(blocks).person("عبدالله درع").build();
        assertEquals(List.of("عبدالله درع المطيري"), speakersOf(blocks, cut));
    }

    @Test
    void aFamilyNameAloneInMarksAfterASpeechVerbIsThePersonNamedBefore() {
        List<Block> blocks = paragraphs(
                "أكد المتحدث الرسمي سالم عوض الكعبي أن الإدارة تتابع الموضوع منذ أسابيع.",
                "وأوضح \"الكعبي\" أن \"العمل جار على إصلاح الشبكة في الأحياء المتضررة كلها\".");
        assertEquals(List.of("الكعبي"), speakersOf(blocks, List.of()));
        List<Entity> listed =
                new EntityListBuilder(blocks).person("سالم عوض الكعبي").build();
        assertEquals(List.of("سالم عوض الكعبي"), speakersOf(blocks, listed));
    }

    @Test
    void aWordInMarksNeverNamedBeforeIsNoSpeaker() {
        List<Block> blocks = paragraphs(
                "وأوضح \"المصدر\" أن \"العمل جار على إصلاح الشبكة في الأحياء المتضررة كلها\".",
                "وأكد \"الاتحاد\" أن \"المباراة ستقام في موعدها المحدد دون أي تأجيل\".");
        List<String> found = speakersOf(blocks, List.of());
        assertFalse(found.contains("المصدر") || found.contains("الاتحاد"), found.toString());
    }

    @Test
    void aCutNameReadsOnToTheCommaBeforeARoleInApposition() {
        List<Block> blocks = paragraphs(
                "وقال كوامي أوسي، محلل الأسواق لدى بنك الخليج: \"الأسواق تتجه إلى الاستقرار في الربع المقبل\".");
        List<Entity> cut = new EntityListBuilder(blocks).person("كوامي").build();
        assertEquals(List.of("كوامي أوسي"), speakersOf(blocks, cut));
    }

    @Test
    void anUnnamedSourceKeepsTheBodyItIsInButNotItsPlace() {
        List<Block> blocks = paragraphs(
                "وقال مصدر مطلع من داخل الاتحاد الآسيوي يوم الاثنين إن \"موعد البطولة لن يتغير هذا العام\".",
                "وقال موظف في شركة الكهرباء الوطنية إن \"الانقطاع سيستمر حتى صباح الغد\".",
                "وقال مصدر مطلع من ريف المدينة إن \"القصف استمر طوال الليل دون توقف\".",
                "وقال مصدر في الشرطة إن \"التحقيق ما زال في بدايته ولم يعتقل أحد\".");
        assertEquals(
                List.of(
                        "مصدر مطلع من داخل الاتحاد الآسيوي",
                        "موظف في شركة الكهرباء الوطنية",
                        "مصدر مطلع",
                        "مصدر في الشرطة"),
                speakersOf(blocks, List.of()));
    }

    @Test
    void aNameInMarksIsNoQuotationOfItsBearer() {
        assertTrue(PhraseWords.namesItsSpeaker("الأستاذ سالم عوض الكعبي", "سالم عوض الكعبي"));
        assertFalse(PhraseWords.namesItsSpeaker("نعم", "سالم الكعبي"));
        assertFalse(PhraseWords.namesItsSpeaker("سالم الكعبي رجل صادق", "سالم الكعبي"));
    }

    @Test
    void theSameSourceReferredToAgainIsNoWordOfSameness() {
        List<Block> blocks = paragraphs(
                "وقال مصدر في مستشفى المدينة العام إن \"الشخص الذي ظهر في المقطع ليس من الموظفين\".",
                "وأضاف: إن \"الإدارة فتحت تحقيقا في الواقعة منذ يومين\".",
                "وأوضح المصدر ذاته إن \"الإدارة لم تحدد بعد تاريخ تصوير المقطع\".");
        List<String> found = speakersOf(blocks, List.of());
        assertEquals(List.of("مصدر في مستشفى المدينة", "مصدر في مستشفى المدينة"), found.subList(0, 2));
        assertFalse(found.get(2).contains("ذاته"), found.get(2));
    }
}
