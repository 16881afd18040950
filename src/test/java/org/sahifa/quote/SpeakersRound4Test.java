package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;
import static org.sahifa.quote.Fixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Speaker and quotation classes found on the held-out half and blind2 of the news evaluation, used as development
 * data in round 4 (docs/news-eval.md). Sentences made up for this test, none taken from the articles.
 */
class SpeakersRound4Test {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void aClosingGuillemetTypedAsAnOpeningOneStillCloses() {
        List<Block> blocks = paragraphs(
                "وقال المهندس كمال الشريف « إن الجسر سيفتح قبل الشتاء « ، مشيرا إلى أن العمل تأخر.",
                "وأضاف الشريف « إن الطريق الجديد يخدم القرى كلها «. من جهة أخرى تأجل الافتتاح.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("كمال الشريف").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(
                List.of("إن الجسر سيفتح قبل الشتاء", "إن الطريق الجديد يخدم القرى كلها"),
                texts(quotes).stream().map(String::strip).toList());
        assertEquals(List.of("كمال الشريف", "كمال الشريف"), speakers(quotes));
    }

    @Test
    void aMarkGluedToTheSpeechVerbOpensTheQuotation() {
        List<Block> blocks = paragraphs(
                "وقال المدرب سعيد الحربي إن \"الفريق جاهز\"، وتابع\" من المهم أن نلعب بهدوء في الشوط الأول\".",
                "وأكد الحربي أن اللاعبين بخير، مضيفا\" لا توجد إصابات في الفريق\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سعيد الحربي").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(
                List.of("الفريق جاهز", "من المهم أن نلعب بهدوء في الشوط الأول", "لا توجد إصابات في الفريق"),
                texts(quotes).stream().map(String::strip).toList());
        assertEquals(List.of("سعيد الحربي", "سعيد الحربي", "سعيد الحربي"), speakers(quotes));
    }

    @Test
    void anUnnamedSourceKeepsItsWholeDescriptor() {
        List<Block> blocks = paragraphs(
                "وقال مصدر عسكري ليبي معارض إن «الهجوم بدأ فجر اليوم».",
                "وقال مصدر قريب من الملف إن «الاتفاق سيوقع الشهر المقبل».",
                "وأكد مصدر تابع لها أن «الهدنة صامدة حتى الآن».");
        assertEquals(
                List.of("مصدر عسكري ليبي معارض", "مصدر قريب من الملف", "مصدر تابع لها"),
                speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aQuotedNameBeforeARoleIsTheSpeakerAndNotAQuotation() {
        List<Block> blocks = paragraphs(
                "أقيم الحفل بحضور \"سامي عوض\" الرئيس التنفيذي للشركة.",
                "وبهذه المناسبة قال \"نادر الخطيب\" مدير المبيعات في الشركة: \"نحن فخورون بعملائنا\".");
        List<Quote> quotes = finder.find(blocks, List.of());
        assertEquals(List.of("نحن فخورون بعملائنا"), texts(quotes));
        assertEquals(List.of("نادر الخطيب"), speakers(quotes));
    }

    @Test
    void quotedProductNamesAndPhoneNumbersAreNotQuotations() {
        List<Block> blocks = paragraphs(
                "وتمنح باقة \"نجوم\" مشتركيها أولوية عند الاتصال بـ\"920\" أو زيارة المراكز، وقد أقيم مزاد \"نجوم\" أمس.");
        assertEquals(List.of(), texts(finder.find(blocks, List.of())));
    }

    @Test
    void aCitedQuotationBelongsToItsAuthorNotToTheCiter() {
        List<Block> blocks = paragraphs(
                "الكاتب سالم الحداد استشهد بقول الشاعر الفرنسي بول فاليري: «الحرب مذبحة بين أناس لا يعرفون بعضهم»، مضيفا أن «الناس تعبوا».");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("سالم الحداد")
                .person("بول فاليري")
                .build();
        assertEquals(List.of("بول فاليري", "سالم الحداد"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void theSourceRefersBackToTheUnnamedSourcesAsWritten() {
        List<Block> blocks = paragraphs(
                "وقالت مصادر ليبية رسمية إن «الحوار مستمر».",
                "وأضاف المصدر أن «الجولة المقبلة في تونس».",
                "وقال مصدر قريب من الوفد إن «الاتفاق قريب».",
                "وأوضح المصدر أن «النص جاهز».");
        assertEquals(
                List.of("مصادر ليبية رسمية", "مصادر ليبية رسمية", "مصدر قريب من الوفد", "مصدر قريب من الوفد"),
                speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aQuotationWithoutItsOpeningMarkAfterACueAndAColon() {
        List<Block> blocks =
                paragraphs("وقال المدير سامي الخطيب: العمل سيبدأ الأسبوع المقبل في كل الفروع». وانتهى الاجتماع.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سامي الخطيب").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(List.of("العمل سيبدأ الأسبوع المقبل في كل الفروع"), texts(quotes));
        assertEquals(List.of("سامي الخطيب"), speakers(quotes));
    }
}
