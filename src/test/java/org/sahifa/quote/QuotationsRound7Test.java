package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Round 7 (issue 14, blind6 + blind7's classes): a name in marks told at one place is a name at every place, heads of
 * named things (a crater, a monastery, a test, a yacht, films), a found place with its adjective, and pairing of
 * marks of two families. Every sentence is made up for this test.
 */
class QuotationsRound7Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String... paragraphs) {
        return Fixtures.texts(finder.find(paragraphs(paragraphs), List.of()));
    }

    @Test
    void aTitleNamedOnceIsANameWhereverItIsQuoted() {
        assertEquals(
                List.of(),
                quotes(
                        "نجاح \"رحلة النخيل\"",
                        "حقق برنامج \"رحلة النخيل\" نسبة مشاهدة عالية في موسمه الأول.",
                        "ولم تكن بداية \"رحلة النخيل\" سهلة على فريق العمل."));
    }

    @Test
    void theSameWordsSaidAfterACueStayAQuotation() {
        assertEquals(
                List.of("رحلة النخيل"),
                quotes(
                        "حقق برنامج \"رحلة النخيل\" نسبة مشاهدة عالية.",
                        "وسئل المقدم عن أحب أعماله فقال: \"رحلة النخيل\"."));
    }

    @Test
    void wordsNeverNamedStayQuotationsWhenRepeated() {
        assertEquals(
                List.of("لن نتراجع", "لن نتراجع"),
                quotes("وقال الوزير \"لن نتراجع\" أمام الضغوط.", "وكرر المتظاهرون أنهم \"لن نتراجع\" حتى النهاية."));
    }

    @Test
    void headsOfNamedThingsNameTheQuotedStretch() {
        assertEquals(List.of(), quotes("ويمكن رصد فوهة \"كوبرنيكوس\" بالمنظار في الليالي الصافية."));
        assertEquals(List.of(), quotes("وأشار إلى أن المخطوطة حفظت في دير \"مار جرجس\" قرونا طويلة."));
        assertEquals(List.of(), quotes("وأكد أن المتقدمين اجتازوا اختبار \"كفايات\" بنجاح."));
        assertEquals(List.of(), quotes("ورسا يخت \"الأميرة\" في الميناء صباح اليوم."));
        assertEquals(List.of(), quotes("وعرض الجزء الثالث من سلسلة أفلام \"المدينة الضائعة\" في الصالات."));
    }

    @Test
    void aFoundPlaceWithItsAdjectiveIsAName() {
        List<Block> blocks = paragraphs("وأشار إلى أن \"كرواتيا الشمالية\" كانت أكثر المناطق استقبالا للزوار.");
        List<Entity> entities =
                new EntityListBuilder(blocks).location("كرواتيا").build();
        assertEquals(List.of(), Fixtures.texts(finder.find(blocks, entities)));
    }

    @Test
    void aFoundPlaceFollowedBySpeechStaysAQuotation() {
        List<Block> blocks = paragraphs("وقال الوزير إن \"كرواتيا ستبقى شريكا\" في المشروع.");
        List<Entity> entities =
                new EntityListBuilder(blocks).location("كرواتيا").build();
        assertEquals(List.of("كرواتيا ستبقى شريكا"), Fixtures.texts(finder.find(blocks, entities)));
    }

    @Test
    void aQuotationTypedWithTwoKindsOfMarkIsOneQuotation() {
        assertEquals(
                List.of("الموقوفين سيحالون إلى القضاء قريبا", "التحقيق مستمر"),
                quotes("وقالت الوزارة في بيان إن \"الموقوفين سيحالون إلى القضاء قريبا». وأضافت أن «التحقيق مستمر»."));
        assertEquals(List.of("لن نقبل بأي تأجيل"), quotes("وأضاف رئيس البلدية أن «لن نقبل بأي تأجيل\" في ختام حديثه."));
    }

    @Test
    void aMarkLeftOpenIsNotClosedByAMarkOfItsOwnFamilyTwice() {
        assertEquals(List.of("نحن مستعدون", "سنبدأ غدا"), quotes("وقال المدرب \"نحن مستعدون\" ثم أضاف «سنبدأ غدا»."));
    }

    @Test
    void aThingsOwnNameStandsPastAnAdjectiveOrTo() {
        assertEquals(List.of(), quotes("وبعد الحرب تغير اسمه إلى \"النجمة\" ثم عاد إلى اسمه الأول \"الأمل\"."));
        assertEquals(
                List.of("سنبقى في مواقعنا حتى النهاية"),
                quotes("وقال المتحدث باسم الجيش الوطني \"سنبقى في مواقعنا حتى النهاية\"."));
    }

    @Test
    void aKindOfThingWithTheArticleIsFollowedByItsName() {
        assertEquals(List.of(), quotes("ورسا اليخت \"الأميرة\" في الميناء صباح اليوم."));
        assertEquals(List.of("سنرد بقوة"), quotes("وأكد المتحدث أن الحلف \"سنرد بقوة\" على أي اعتداء."));
    }

    @Test
    void aProgrammeHeadOpensAName() {
        assertEquals(List.of(), quotes("ووزع «برنامج الغذاء المحلي» مساعدات على آلاف الأسر."));
    }

    @Test
    void anUnclosedMarkInASentenceOpeningWithASpeechVerbRunsToTheParagraphsEnd() {
        assertEquals(
                List.of("لا بديل عن الحوار. سنواصل العمل حتى النهاية"),
                quotes("وقال الوزير في مؤتمر صحفي يوم الأحد الماضي “لا بديل عن الحوار. سنواصل العمل حتى النهاية."));
        assertEquals(
                List.of("المركز الجديد"),
                quotes("وقال الوزير في الحفل “نحن فخورون بافتتاح \"المركز الجديد\" اليوم. وسئل عن الكلفة فلم يجب."));
        assertEquals(
                List.of(), quotes("وافتتح الوزير في حفل كبير يوم الأحد الماضي “مركز الأمل للتدريب المهني في المدينة."));
    }
}
