package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyFurnitureTest {
    private static final String STORY = "<p>افتتح الوزير المستشفى الجديد صباح أمس.</p>";

    private static String cleaned(String html) {
        Element body = Jsoup.parse("<body>" + html + "</body>").body();
        LegacyFurniture.remove(body);
        return body.text();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<font><a href=/>الرئيسية</a> &gt; <a href=/b>بنوك</a></font>",
                "<div><a href=/>الرئيسية</a> › <a href=/h>صحة</a> › افتتاح مستشفى جديد</div>",
                "<td><a href=/>الرئيسية</a> &raquo; <a href=/c>ثقافة</a> &raquo; <a href=/t>مسرح</a></td>",
                "<p><a href=/>Home</a> / <a href=/n>News</a> / <a href=/w>World</a></p>",
                "<div><a href=/>Home</a> \\ <a href=/n>News</a></div>",
                "<span><a href=/>الرئيسية</a> &laquo; <a href=/s>رياضة</a></span>",
            })
    void breadcrumbTrailsAreRemoved(String trail) {
        assertEquals("افتتح الوزير المستشفى الجديد صباح أمس.", cleaned(trail + STORY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=/p>طباعة</a> | <a href=/s>أرسل لصديق</a> | <a href=#>تكبير الخط</a>",
                "<a href=/p>اطبع</a> · <a href=/m>إرسال لصديق</a> · <a href=/f>تكبير الخط</a> · <a href=/f>تصغير الخط</a>",
                "<a href=/p>Print</a> | <a href=/e>Email</a> | <a href=/s>Share</a>",
            })
    void toolRowsAreRemoved(String row) {
        assertEquals("افتتح الوزير المستشفى الجديد صباح أمس.", cleaned("<div>" + row + "</div>" + STORY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div><a href=/>الرئيسية</a> | <a href=/l>محليات</a> | <a href=/e>اقتصاد</a></div>",
                "<p>قال <a href=/a>الوزير</a> إن العائد &gt; <a href=/b>التضخم</a> هذا العام بكثير.</p>",
                "<div><a href=/p>طباعة</a> | <a href=/n>أخبار المدينة</a></div>",
                "<ul><li><a href=/b>Blob</a>/ <a href=/f>File</a> objects can be read.</li></ul>",
            })
    void menusAndProseWithLinksStay(String html) {
        String before = Jsoup.parse(html).body().text();
        assertEquals(before, cleaned(html));
    }

    @Test
    void aCommentsHeadingTakesTheCommentsAfterItButNotTheStoryBeforeIt() {
        String html = "<table><tr><td>" + STORY + "</td></tr><tr><td><font><b>التعليقات (2)</b></font></td></tr>"
                + "<tr><td><b>سعاد</b><br>قرار ممتاز.</td></tr><tr><td><b>منير</b><br>ومن يعوض المدخرين؟</td></tr></table>";
        assertEquals("افتتح الوزير المستشفى الجديد صباح أمس.", cleaned(html));
        String inline = "<div>" + STORY + "<b>تعليقات القراء</b><br>كمال: رائع.<br>هالة: أين الحجز؟</div>";
        assertEquals("افتتح الوزير المستشفى الجديد صباح أمس.", cleaned(inline));
    }

    @Test
    void aCommentCountLinkInTheToolsIsNotAHeading() {
        String html = "<div><a href=#c>التعليقات (5)</a></div>" + STORY;
        assertEquals("التعليقات (5) افتتح الوزير المستشفى الجديد صباح أمس.", cleaned(html));
    }

    @Test
    void siteNameFromTitleLogoOrCopyright() {
        Document titled = Jsoup.parse("<title>البنك يخفض الفائدة - صحيفة الأفق</title><body></body>");
        assertEquals("صحيفة الأفق", SiteNameFallback.find(titled, "البنك يخفض الفائدة"));
        Document siteFirst = Jsoup.parse("<title>جريدة الوادي - أخبار محلية - افتتاح مكتبة</title><body></body>");
        assertEquals("جريدة الوادي", SiteNameFallback.find(siteFirst, "افتتاح مكتبة"));
        Document logo = Jsoup.parse("<title>مسرحية تعود</title><body><img src=/a.gif alt=إعلان>"
                + "<img src=/img/logo.gif alt='شبكة النهار الإخبارية'></body>");
        assertEquals("شبكة النهار الإخبارية", SiteNameFallback.find(logo, "مسرحية تعود"));
        Document copyright = Jsoup.parse("<title>افتتاح مستشفى</title><body><p>نص</p>"
                + "<div>جميع الحقوق محفوظة © 2024 مؤسسة الرأي للصحافة والنشر</div></body>");
        assertEquals("مؤسسة الرأي للصحافة والنشر", SiteNameFallback.find(copyright, "افتتاح مستشفى"));
        Document copyrightFirst = Jsoup.parse("<body><div>© 2003-2024 Daily Planet. All rights reserved.</div></body>");
        assertEquals("Daily Planet", SiteNameFallback.find(copyrightFirst, null));
        assertNull(SiteNameFallback.find(Jsoup.parse("<title>عنوان فقط</title><body><p>نص</p></body>"), "عنوان فقط"));
    }
}
