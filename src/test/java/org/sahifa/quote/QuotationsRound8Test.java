package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Round 8 (issue 14, blind8's and the development splits' false quotations): lists of quoted names, the subject of a
 * speech verb in marks, a name described by a relative pronoun, the writer's «يذكر أن», site names and a place with a
 * compass word. Every sentence is made up for this test.
 */
class QuotationsRound8Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String... paragraphs) {
        return Fixtures.texts(finder.find(paragraphs(paragraphs), List.of()));
    }

    @Test
    void aListWithOneNameIsAListOfNames() {
        // «تطبيق» names the first member; the others take its kind, though a cue stands earlier in the sentence
        assertEquals(
                List.of(),
                quotes("وأوضح الخبير أن المطورين يستخدمون تطبيق \"سريع\" و\"نجمة\" و\"دفتر الألوان\" في أعمالهم."));
        assertEquals(
                List.of(),
                quotes("وأشار التقرير إلى أن اللاعبين يفضلون نادي «الساحل»، و«الرمال» أو «النجوم الزرق» هذا الموسم."));
    }

    @Test
    void aListOfQuotationsWithNoNameStaysQuotations() {
        assertEquals(List.of("مرهق", "طويل"), quotes("ووصف المدرب الموسم بأنه كان \"مرهق\" و\"طويل\" على اللاعبين."));
    }

    @Test
    void aListMemberRightAfterACueOrEndingASentenceStaysAQuotation() {
        List<Block> blocks = paragraphs("وقال: \"كفى\" و\"مسرح الضوء\" ثم غادر القاعة.");
        // «مسرح» makes the second a name; the first, right after the colon, is what he said
        assertEquals(List.of("كفى"), Fixtures.texts(finder.find(blocks, List.of())));
        assertEquals(
                List.of("لن نتراجع عن قرارنا."), quotes("وعرضت فرقة \"النهار\" و\"لن نتراجع عن قرارنا.\" مسرحيتها."));
    }

    @Test
    void quotedStretchesApartAreNoList() {
        assertEquals(
                List.of("سنعود أقوى"),
                quotes("وحضر لاعبو نادي \"الساحل\" الحفل، وقال قائدهم \"سنعود أقوى\" في الموسم المقبل."));
    }

    @Test
    void aShortStretchBetweenASpeechVerbAndThatIsTheSpeaker() {
        assertEquals(List.of(), quotes("وذكر \"سالم\" أنه انتظر ساعات طويلة في المستشفى."));
        assertEquals(List.of(), quotes("وأوضح \"الفارس\"، أن اللجنة ستعلن النتائج الأسبوع المقبل."));
        assertEquals(List.of(), quotes("وقال «شمس النهار» إن الأسعار ارتفعت للشهر الثالث."));
        assertEquals(List.of(), quotes("وبين \"الشمري\" أن الطريق سيفتح قريبا."));
    }

    @Test
    void speechBeforeThatStaysAQuotation() {
        // a sentence in marks ends in punctuation; a stretch after a noun is no verb's subject
        assertEquals(List.of("انتظرنا طويلا،"), quotes("وقال \"انتظرنا طويلا،\" أن الصبر نفد."));
        assertEquals(List.of("هي الأهم"), quotes("وأكد الوزير \"هي الأهم\" في المنطقة."));
    }

    @Test
    void fourWordsDescribedByARelativePronounAreAName() {
        assertEquals(
                List.of(),
                quotes(
                        "واحتفل السكان بتخريج الدفعة من خلال \"مهرجان الربيع الثقافي الأول\" الذي أقيم في ساحة البلدة."));
    }

    @Test
    void fourWordsWithARelativePronounAfterASpeechCueStayAQuotation() {
        assertEquals(
                List.of("الحلول المؤقتة لم تنجح"),
                quotes("وقال الوزير إن \"الحلول المؤقتة لم تنجح\" التي طرحت سابقا."));
    }

    @Test
    void theWritersItIsMentionedThatIsNoSpeechCue() {
        assertEquals(
                List.of(), quotes("يذكر أن الموقع يقع قرب \"الحمراء\" في شمال الوادي، فيما يقع \"البيضاء\" جنوبه."));
        // the active verb with its subject is speech
        assertEquals(List.of("البيضاء"), quotes("ويذكر الباحث أن الموقع يقع قرب \"البيضاء\" منذ قرون."));
    }

    @Test
    void aSiteOrBrandWrittenWithDotsIsAName() {
        assertEquals(List.of(), quotes("وقال مسؤول إن الوثائق التي نشرها موقع إخباري \"الخليج.نت\" صحيحة."));
        assertEquals(List.of(), quotes("وأكد أن شركة السيارات و\"بي.إم.دبليو\" اتفقتا على الصفقة."));
        assertEquals(List.of("انتهى. لن نعود"), quotes("وقال: \"انتهى. لن نعود\""));
    }

    @Test
    void aFoundPlaceWithACompassWordIsAName() {
        List<Block> blocks = paragraphs("وطالب الانفصاليون في «قرطاج جنوب» بالاستقلال، كما قال المؤرخ.");
        List<Entity> entities = new EntityListBuilder(blocks).location("قرطاج").build();
        assertEquals(List.of(), Fixtures.texts(finder.find(blocks, entities)));
    }

    @Test
    void aNameRepeatedAfterAColonWithNoCueIsStillTheName() {
        assertEquals(
                List.of(),
                quotes(
                        "ورسا اليخت \"النورس\" في الميناء صباح اليوم.",
                        "رابط الخبر بصحيفة المساء: \"النورس\" يعود إلى الميناء"));
        // after a cue and a colon the same words are said
        assertEquals(
                List.of("النورس"),
                quotes("ورسا اليخت \"النورس\" في الميناء.", "وسئل القبطان عن أحب السفن إليه فقال: \"النورس\""));
    }

    @Test
    void aStretchRightAfterThatItIsIsWhatItWasCalledNotAName() {
        List<Block> blocks = paragraphs("وأشار المحقق إلى أنه \"لاعب ماهر\" لا يخسر كثيرا.");
        // even when the recogniser takes the quoted words for a body
        List<Entity> entities =
                new EntityListBuilder(blocks).organization("لاعب ماهر").build();
        assertEquals(List.of("لاعب ماهر"), Fixtures.texts(finder.find(blocks, entities)));
        assertEquals(List.of("مسرح الجريمة"), quotes("ووصف الضابط المكان بأنه \"مسرح الجريمة\" الحقيقي."));
    }

    @Test
    void anEnglishTitleWrittenInArabicLettersIsAName() {
        assertEquals(List.of(), quotes("وأشارت دراسة عن \"ذا سولار ريفيو\" إلى أن الغبار يقلل إنتاج الألواح."));
        assertEquals(List.of(), quotes("وقال الممثل إن دوره في فيلم جديد يشبه دوره في «ذا لونغ نايت» كثيرا."));
        // «ذا» in an Arabic description after «بأنه» is what was said
        assertEquals(List.of("ذا أهمية كبرى"), quotes("ووصف الوزير الاتفاق بأنه \"ذا أهمية كبرى\" للبلدين."));
    }
}
