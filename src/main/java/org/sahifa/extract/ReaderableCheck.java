package org.sahifa.extract;

import org.jsoup.nodes.Element;

/**
 * Whether a page is an article rather than a home page or a listing: it must have some paragraphs
 * of real length. Each visible run of paragraph text (a {@code <p>}, or text between {@code <br>}s
 * in a div or table cell) longer than {@link #MIN_PARAGRAPH_CHARS} adds the square root of its
 * extra length, so a few long paragraphs count and many short teasers do not. An
 * {@code <article>} element counts as one more paragraph of its whole length.
 */
final class ReaderableCheck {
    static final int MIN_PARAGRAPH_CHARS = 140;
    static final double MIN_SCORE = 20;
    /** An {@code <article>} element counts as a whole too, unless it is mostly links (a teaser card). */
    static final double MAX_ARTICLE_LINK_DENSITY = 0.5;

    private ReaderableCheck() {
    }

    /** Run on a page already stripped of non-text and furniture ({@link PageCleaner}). */
    static boolean isProbablyArticle(Element body) {
        double score = 0;
        for (Element el : body.getAllElements()) {
            if (!ContentHints.isBlock(el) || el.closest("li") != null) {
                continue; // teasers in a list of stories do not count
            }
            if (el.normalName().equals("article") && NodeText.linkDensity(el) < MAX_ARTICLE_LINK_DENSITY) {
                score += bonus(NodeText.length(el));
            }
            for (String run : ContentScorer.runsOf(el)) {
                score += bonus(NodeText.trimmedLength(run));
            }
            if (score > MIN_SCORE) {
                return true;
            }
        }
        return false;
    }

    private static double bonus(int length) {
        return length > MIN_PARAGRAPH_CHARS ? Math.sqrt(length - MIN_PARAGRAPH_CHARS) : 0;
    }
}
