package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;

class HtmlExtractorTest {

    @Nested
    class WordPressPageWithJsonLd {
        private final Article article = Fixtures.extractHtml("wordpress-jsonld.html");
        private final String text = Fixtures.allText(article);

        @Test
        void metadataComesFromJsonLd() {
            assertEquals("مهرجان الزيتون يعود إلى القرى الجبلية بعد غياب خمس سنوات", article.title());
            assertEquals("ليلى منصور", article.byline());
            assertEquals("2024-10-21T09:30:00+03:00", article.published());
            assertEquals("صحيفة الساحل", article.site());
            assertEquals("ar", article.lang());
            assertEquals(TextDirection.RTL, article.dir());
            assertTrue(article.readerable());
        }

        @Test
        void keepsEveryParagraphOfTheArticleInOrder() {
            List<String> starts = List.of(
                    "عاد مهرجان الزيتون",
                    "وقال رئيس جمعية المزارعين",
                    "عودة الحرف القديمة",
                    "وخصص المنظمون",
                    "الزيتون عندنا ليس محصولا",
                    "وتضمن برنامج المهرجان",
                    "مسابقة لأفضل زيت",
                    "ورشات لتعليم الأطفال",
                    "أمسية شعرية",
                    "ويأمل المزارعون");
            int from = 0;
            for (String start : starts) {
                int at = text.indexOf(start, from);
                assertTrue(at >= from, "missing or out of order: " + start);
                from = at;
            }
        }

        @Test
        void typesTheBlocks() {
            assertEquals(
                    "عودة الحرف القديمة",
                    Fixtures.firstOfType(article, BlockType.HEADING).text());
            assertEquals(
                    "مزارعون يقطفون الزيتون في قرية عين الصفا (الساحل)",
                    Fixtures.firstOfType(article, BlockType.CAPTION).text());
            assertTrue(Fixtures.firstOfType(article, BlockType.BLOCKQUOTE)
                    .text()
                    .startsWith("الزيتون عندنا ليس محصولا فقط"));
            assertEquals(
                    3,
                    article.blocks().stream()
                            .filter(b -> b.type() == BlockType.LISTITEM)
                            .count());
            assertEquals(
                    BlockType.PARAGRAPH,
                    Fixtures.firstOfType(article, BlockType.PARAGRAPH).type());
        }

        @Test
        void titleIsNotRepeatedAsTheFirstHeading() {
            assertFalse(article.blocks().stream().anyMatch(b -> b.text().equals(article.title())));
        }

        @Test
        void dropsShareBarsCommentsRelatedTagsNewsletterTickerCookiesAndMobileSwitcher() {
            for (String boilerplate : List.of(
                    "شارك الخبر",
                    "شارك هذا",
                    "فيسبوك",
                    "واتساب",
                    "اترك تعليقاً",
                    "إرسال التعليق",
                    "أخبار ذات صلة",
                    "افتتاح سوق للمنتجات",
                    "الوسوم",
                    "مهرجانات",
                    "النشرة البريدية",
                    "اشترك",
                    "انقطاع الكهرباء",
                    "عاجل",
                    "ملفات تعريف الارتباط",
                    "الخروج من نسخة الهاتف",
                    "الأكثر قراءة",
                    "جميع الحقوق محفوظة",
                    "الرئيسية",
                    "بقلم")) {
                assertFalse(text.contains(boilerplate), "kept boilerplate: " + boilerplate);
            }
        }

        @Test
        void blocksAreRightToLeft() {
            assertTrue(article.blocks().stream().allMatch(b -> b.dir() == TextDirection.RTL));
        }
    }

    @Nested
    class LegacyWindows1256PageWithTables {
        private final Article article = Fixtures.extractHtml("legacy-windows-1256.html");
        private final String text = Fixtures.allText(article);

        @Test
        void decodesWithoutAnyDeclaration() {
            assertTrue(text.contains("افتتح محافظ المدينة صباح أمس المكتبة العامة الجديدة"), text);
            assertFalse(text.contains("\uFFFD"));
        }

        @Test
        void isRightToLeftWithoutDirAttribute() {
            assertEquals(TextDirection.RTL, article.dir());
            assertEquals("ar", article.lang());
        }

        @Test
        void bylineWrittenAsTextIsFoundAndTakenOutOfTheText() {
            assertEquals("سامر الحلبي", article.byline());
            assertFalse(text.contains("كتب:"));
        }

        @Test
        void titleLosesTheSiteAndSectionNames() {
            assertEquals("افتتاح مكتبة عامة جديدة في المدينة القديمة", article.title());
        }

        @Test
        void splitsBrSeparatedTextIntoParagraphsAndKeepsTheDataTable() {
            long paragraphs = article.blocks().stream()
                    .filter(b -> b.text().startsWith("وتضم المكتبة")
                            || b.text().startsWith("وقال المحافظ")
                            || b.text().startsWith("من جهته"))
                    .count();
            assertEquals(3, paragraphs);
            assertTrue(text.contains("التاريخ والجغرافيا"));
            assertTrue(text.contains("\"ستكون بيتا لكل قارئ\""));
        }

        @Test
        void dropsLayoutNavigationAndFooter() {
            for (String boilerplate :
                    List.of("أقسام الجريدة", "كاريكاتير", "عربي ودولي", "جميع الحقوق محفوظة", "أرسل لصديق")) {
                assertFalse(text.contains(boilerplate), "kept boilerplate: " + boilerplate);
            }
        }
    }

    @Nested
    class ArabicAndEnglishParagraphs {
        private final Article article = Fixtures.extractHtml("mixed-arabic-english.html");

        @Test
        void eachBlockHasTheDirectionOfItsOwnLetters() {
            Block english = article.blocks().stream()
                    .filter(b -> b.text().startsWith("The organisers"))
                    .findFirst()
                    .orElseThrow();
            Block arabic = article.blocks().stream()
                    .filter(b -> b.text().startsWith("وعرض فريق"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(TextDirection.LTR, english.dir());
            assertEquals(TextDirection.RTL, arabic.dir());
        }

        @Test
        void englishQuoteIsABlockQuoteAndTheArticleIsArabic() {
            Block quote = Fixtures.firstOfType(article, BlockType.BLOCKQUOTE);
            assertNotNull(quote);
            assertTrue(quote.text().startsWith("We cannot call a technology universal"));
            assertEquals(TextDirection.RTL, article.dir());
            assertEquals("ar", article.lang());
        }

        @Test
        void keepsAllSixParagraphsAndNoLinks() {
            assertEquals(6, article.blocks().size(), article.blocks().toString());
            String text = Fixtures.allText(article);
            assertFalse(text.contains("Privacy"));
            assertFalse(text.contains("Home"));
        }
    }

    @Nested
    class PageThatIsNotAnArticle {
        @Test
        void saysSoAndCanStillGiveAllItsText() {
            Document doc = ArticleExtractor.parseHtml(Fixtures.html("listing-home.html", null));
            Article article = HtmlExtractor.extract(doc, "listing-home.html");
            assertFalse(article.readerable());
            Article all = HtmlExtractor.extractAllText(doc, "listing-home.html");
            String text = Fixtures.allText(all);
            assertTrue(text.contains("مهرجان الزيتون يعود إلى القرى الجبلية"));
            assertTrue(text.contains("انطلاق بطولة المدارس لكرة السلة"));
            assertEquals("صحيفة الساحل", all.site());
            assertEquals(TextDirection.RTL, all.dir());
        }
    }

    @Test
    void dirComesFromTheNearestAncestorOfTheArticle() {
        String paragraph =
                "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>";
        Document doc = Jsoup.parse("<html dir='ltr'><body><div dir='rtl'><article>" + paragraph.repeat(6)
                + "</article></div></body></html>");
        assertEquals(TextDirection.RTL, HtmlExtractor.extract(doc, "t").dir());
    }

    @Test
    void arabicPageWithoutDirIsRightToLeftAndLatinPageLeftToRight() {
        String arabic =
                "<p>قال الوزير في مؤتمر صحفي إن الحكومة ستعلن خطة جديدة لدعم المزارعين، وإن الخطة تشمل قروضا ميسرة.</p>";
        String latin =
                "<p>The minister said at a press conference that the government will announce a new plan for farmers.</p>";
        assertEquals(
                TextDirection.RTL,
                HtmlExtractor.extract(Jsoup.parse("<body>" + arabic.repeat(5)), "a")
                        .dir());
        assertEquals(
                TextDirection.LTR,
                HtmlExtractor.extract(Jsoup.parse("<body>" + latin.repeat(5)), "b")
                        .dir());
    }

    @Test
    void doesNotChangeTheCallersDocument() {
        Document doc = ArticleExtractor.parseHtml(Fixtures.html("wordpress-jsonld.html", null));
        String before = doc.outerHtml();
        HtmlExtractor.extract(doc, "x");
        assertEquals(before, doc.outerHtml());
    }

    @Test
    void emptyPageGivesNoBlocksAndIsNotReaderable() {
        Article article =
                HtmlExtractor.extract(Jsoup.parse("<html><head><title>x</title></head><body></body></html>"), "e");
        assertTrue(article.blocks().isEmpty());
        assertFalse(article.readerable());
        assertNull(article.byline());
    }

    @Test
    void dropsTheTimestampLineAndTheCommentsPrefaceBeforeACommentsBox() {
        Article article = Fixtures.extractHtml("comments-preface.html");
        String text = Fixtures.allText(article);
        assertTrue(text.startsWith("عادت الأمطار إلى السهول الشرقية"), text);
        assertTrue(text.contains("أسواق البذور في القرى"), text);
        for (String preface : List.of("آخر تحديث", "نرحب بآرائكم", "إرشادات النشر", "التعليقات أدناه")) {
            assertFalse(text.contains(preface), "kept: " + preface);
        }
    }
}
