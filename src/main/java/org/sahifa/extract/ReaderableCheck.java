package org.sahifa.extract;

import org.jsoup.nodes.Element;

/**
 * Whether a page is an article rather than a home page or a listing: it must have some paragraphs
 * of real length. Each visible paragraph longer than {@link #MIN_PARAGRAPH_CHARS} adds the square
 * root of its extra length, so one long text counts, and many short teasers do not.
 */
final class ReaderableCheck {
    static final int MIN_PARAGRAPH_CHARS = 140;
    static final double MIN_SCORE = 20;
    /** Paragraph-like elements counted; a div counts when it holds {@code <br>}-separated text. */
    static final String PARAGRAPHS = "p, pre, article, div:has(> br)";

    private ReaderableCheck() {
    }

    /** Run on a page already stripped of non-text and furniture ({@link PageCleaner}). */
    static boolean isProbablyArticle(Element body) {
        double score = 0;
        for (Element el : body.select(PARAGRAPHS)) {
            if (el.normalName().equals("p") && el.closest("li") != null) {
                continue; // teasers in a list of stories
            }
            int length = NodeText.length(el);
            if (length > MIN_PARAGRAPH_CHARS) {
                score += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
                if (score > MIN_SCORE) {
                    return true;
                }
            }
        }
        return false;
    }
}
