package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Speaker and quotation classes found on the news evaluation's development half (docs/news-eval.md). Sentences
 * made up for this test, none taken from the articles.
 */
class SpeakersRound3Test {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void aRelativeClauseAfterTheRoleDoesNotReplaceTheNamedSubject() {
        List<Block> blocks =
                paragraphs("وقال سامر كوفاليتش رئيس بلدية المدينة التي يعيش فيها ألف شخص \"لن نغادر أرضنا\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سامر كوفاليتش").build();
        assertEquals(List.of("سامر كوفاليتش"), speakers(finder.find(blocks, entities)));
        assertEquals(List.of("سامر كوفاليتش"), speakers(finder.find(blocks, List.of())));
    }

    @Test
    void anIndefiniteRoleWithANisbaIsAnUnnamedSourceAndTheDefiniteRoleLaterRefersToIt() {
        List<Block> blocks = paragraphs(
                "وقال باحث مصري في شؤون الطاقة لـ«النهار» إن «الأسعار سترتفع قريبا في كل الأسواق».",
                "وتراجعت الأسعار أمس في البورصة.",
                "ويضيف الباحث «لا بديل عن الغاز في السنوات القادمة».");
        assertEquals(List.of("باحث مصري", "باحث مصري"), speakers(finder.find(blocks, List.of())));
        List<Block> listed = paragraphs(
                "وأشار مصدر أمني مطلع إلى أن «التحقيقات ما زالت جارية».", "وقال دبلوماسي غربي إن «المفاوضات متعثرة».");
        assertEquals(List.of("مصدر أمني مطلع", "دبلوماسي غربي"), speakers(finder.find(listed, List.of())));
    }

    @Test
    void aNounOfSayingWithLamNamesItsSpeaker() {
        List<Block> blocks = paragraphs(
                "ورفع المحتجون لوحة كتب فيها نص تصريح لميلوفيتش أدلى به قبل عام مطالبا \"بطرد الجميع من البلدة\".");
        assertEquals(List.of("ميلوفيتش"), speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aQuotedNameBeforeAColonIsTheSpeakerNotAQuotation() {
        List<Block> blocks = paragraphs(
                "وقال المتحدث باسم الهيئة فهد العتيبي: \"نعمل ليلا ونهارا\".وأردف \"العتيبي\": \"الأعداد تتزايد كل عام\".",
                "وتابع «الزهراني»: «سنفتح مركزين جديدين».");
        List<Quote> quotes = finder.find(blocks, List.of());
        assertEquals(
                List.of("نعمل ليلا ونهارا", "الأعداد تتزايد كل عام", "سنفتح مركزين جديدين"), Fixtures.texts(quotes));
        assertEquals(List.of("فهد العتيبي", "فهد العتيبي", "الزهراني"), speakers(quotes));
    }

    @Test
    void aShortQuotedNameDescribedByARelativeClauseIsNotAQuotation() {
        List<Block> blocks = paragraphs(
                "ووزع الأهالي صورا عليها \"وردة الجبل\" التي ترمز إلى الصمود، وأطلقوا «عملية النور» الذي بدأ أمس.",
                "وقال المدير إن المشروع \"ناجح جدا\" الذي لا شك فيه.");
        assertEquals(List.of("ناجح جدا"), Fixtures.texts(finder.find(blocks, List.of())));
    }

    @Test
    void aRoleWithANationalityTakesThePersonItWasGivenInAppositionEarlier() {
        List<Block> blocks = paragraphs(
                "أكد يوهان كارلسون، رئيس جمهورية فنلندا، أن بلاده «مستعدة للحوار مع الجميع».",
                "وتحدث عن زيارته للعاصمة.",
                "وأشار إلى إعجابه بالرئيس الأمريكي.",
                "وعن علاقات بلاده، قال الرئيس الفنلندي «لن نتراجع عن موقفنا أبدا».");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("يوهان كارلسون").build();
        assertEquals(List.of("يوهان كارلسون", "يوهان كارلسون"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aNameTheRecogniserCutShortIsReadUpToTheColon() {
        List<Block> blocks = paragraphs("وقال المتحدث باسم الهيئة بالمنطقة سعد مساعد القحطاني: \"نعمل ليلا ونهارا\".");
        List<Entity> entities = new EntityListBuilder(blocks).person("سعد").build();
        assertEquals(List.of("سعد مساعد القحطاني"), speakers(finder.find(blocks, entities)));
        List<Block> longRole = paragraphs(
                "وقال المتحدث الرسمي باسم جمعية الإسعاف الأهلية بمحافظة الطائف سعد مساعد القحطاني: \"نعمل ليلا\".");
        List<Entity> found = new EntityListBuilder(longRole).person("سعد").build();
        assertEquals(List.of("سعد مساعد القحطاني"), speakers(finder.find(longRole, found)));
    }

    @Test
    void aSingleQuotedWordWithTheArticleAfterAVerbOrAConstructNounIsAName() {
        List<Block> blocks = paragraphs(
                "وقد أصابت «الدرون» عشرة مسلحين، فيما تتولى إدارة «الحسبة» شؤون السوق.",
                "وندد بسياسة الولايات المتحدة «الخطيرة» حيال جيرانها.",
                "وقال إن الخطة «الأفضل» لهم.");
        assertEquals(List.of("الخطيرة", "الأفضل"), Fixtures.texts(finder.find(blocks, List.of())));
    }
}
