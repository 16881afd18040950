package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReaderableCheckTest {
    private static final String SENTENCE =
            "وقال المتحدث باسم الوزارة إن العمل في المشروع سيبدأ الشهر المقبل، على أن ينتهي خلال عامين.";

    private static boolean readerable(String body) {
        return ReaderableCheck.isProbablyArticle(
                Jsoup.parse("<body>" + body + "</body>").body());
    }

    /** Old Arabic pages write a sentence a paragraph, each shorter than Readability's 140 characters. */
    @Test
    void aColumnOfShortSentencesIsAnArticle() {
        assertTrue(SENTENCE.length() < ReaderableCheck.MIN_PARAGRAPH_CHARS);
        assertTrue(readerable(
                "<table><tr><td><font>" + ("<p>" + SENTENCE + "</p>").repeat(5) + "</font></td></tr></table>"));
        assertTrue(readerable("<td>" + (SENTENCE + "<br><br>").repeat(5) + "</td>"));
        assertFalse(readerable("<td>" + ("<p>" + SENTENCE + "</p>").repeat(3) + "</td>"));
    }

    @Test
    void aNewsBriefOfTwoParagraphsIsAnArticle() {
        String paragraph = SENTENCE + " " + SENTENCE + " وأضاف أن كلفته معروفة.";
        assertTrue(paragraph.length() < 2 * ReaderableCheck.MIN_PARAGRAPH_CHARS); // too short for Readability's rule
        assertTrue(readerable("<div><p>" + paragraph + "</p><p>" + paragraph + "</p></div>"));
    }

    @Test
    void teasersAndLinksAreNot() {
        String teaser = "<div class=item><h3><a href=/n>عنوان الخبر</a></h3><p>" + SENTENCE + "</p></div>";
        assertFalse(readerable(teaser.repeat(12)));
        String links = "<div>" + ("<p><a href=/x>" + SENTENCE + "</a></p>").repeat(6) + "</div>";
        assertFalse(readerable(links));
    }
}
