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

    /** A short story marked up as one: an {@code <article>} with its headline and three paragraphs of prose. */
    @Test
    void aShortStoryUnderItsOwnHeadlineIsAnArticle() {
        String story = "<h1>عنوان الخبر</h1>" + ("<p>" + SENTENCE + "</p>").repeat(3);
        assertTrue(readerable("<article>" + story + "</article>"));
        // the same paragraphs without the story's markup, or with only two of them, are still too little to tell
        assertFalse(readerable("<div>" + story + "</div>"));
        assertFalse(readerable("<article><h1>عنوان الخبر</h1>" + ("<p>" + SENTENCE + "</p>").repeat(2) + "</article>"));
        // a card of links under a headline is not a story
        String linked = "<article><h2>أخبار</h2>" + ("<p><a href=/x>" + SENTENCE + "</a></p>").repeat(4) + "</article>";
        assertFalse(readerable(linked));
    }
}
