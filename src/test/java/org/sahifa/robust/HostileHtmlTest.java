package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.FileLoader;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

/**
 * Pages built to hurt the HTML extractor: very deep nesting and very many elements. They must give an
 * article (or none) without a stack overflow and in bounded time. The guard is generous: it only tells
 * "finishes" from "hangs or goes quadratic", it is not a speed measurement.
 */
class HostileHtmlTest {
    private static final int DEPTH = 200_000;
    private static final int ELEMENTS = 500_000;
    /** Far above the measured time (500,000 elements: parse 2.6 s, extract 14 s on a busy 2-core VM). */
    private static final Duration GUARD = Duration.ofSeconds(120);

    private static final String SENTENCE = "قال الوزير إن المفاوضات مستمرة.";

    private static Article extract(String html) throws Exception {
        RawDocument doc =
                FileLoader.fromBytes("hostile.html", html.getBytes(StandardCharsets.UTF_8), DocumentKind.HTML);
        return assertTimeoutPreemptively(GUARD, () -> ArticleExtractor.extract(doc));
    }

    @Test
    void deeplyNestedDivsDoNotOverflowTheStack() throws Exception {
        String html = "<html><body>" + "<div>".repeat(DEPTH) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(DEPTH)
                + "</body></html>";
        Article article = extract(html);
        assertTrue(article.blocks().stream().anyMatch(b -> b.text().equals(SENTENCE)), "the paragraph is kept");
    }

    /*
     * KNOWN FAILURE, for the owner of org.sahifa.extract: no stack overflow (jsoup caps the tree at 512 levels),
     * but HtmlExtractor.extract runs root.select(CONTENT) and then el.select(CONTENT) twice for every content
     * element, so its cost is elements x subtree size. Measured on this page alone (no other load):
     * 5,000 levels 5.6 s, 20,000 levels 9.7 s, 40,000 levels 13.7 s; 200,000 levels ran past a 60 s guard.
     * A fix: decide "has content descendants" in one bottom-up pass (or stop at the first nested match)
     * instead of selecting the whole subtree per element. Enable this test with the fix.
     */
    @Test
    void deeplyNestedContentBlocksDoNotOverflowTheStack() throws Exception {
        // Nested blockquotes are content blocks inside content blocks, the extractor's worst case.
        String html = "<html><body>" + "<blockquote>".repeat(DEPTH) + SENTENCE + "</blockquote>".repeat(DEPTH)
                + "</body></html>";
        Article article = extract(html);
        assertFalse(article.blocks().isEmpty(), "some text is kept");
    }

    @Test
    void halfAMillionElementsAreExtractedInBoundedTime() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < ELEMENTS / 2; i++) {
            html.append("<p><span>").append(i % 100 == 0 ? SENTENCE : "ا").append("</span></p>");
        }
        html.append("</article></body></html>");
        Article article = extract(html.toString());
        assertEquals(ELEMENTS / 2, article.blocks().size(), "one block per paragraph");
    }

    @Test
    void halfAMillionNestedListItemsAreExtractedInBoundedTime() throws Exception {
        String html = "<html><body><ul>" + "<li>نص<ul>".repeat(ELEMENTS / 2 / 100)
                + "</ul></li>".repeat(ELEMENTS / 2 / 100) + "</ul></body></html>";
        Article article = extract(html);
        assertFalse(article.blocks().isEmpty(), "some text is kept");
    }
}
