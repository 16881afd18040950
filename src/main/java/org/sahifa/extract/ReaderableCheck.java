package org.sahifa.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Whether a page is an article rather than a home page or a listing: it must have some paragraphs
 * of real length. Each visible run of paragraph text (a {@code <p>}, or text between {@code <br>}s
 * in a div or table cell) longer than {@link #MIN_PARAGRAPH_CHARS} adds the square root of its
 * extra length, so a few long paragraphs count and many short teasers do not. An
 * {@code <article>} element counts as one more paragraph of its whole length. A column of
 * {@link #MIN_PROSE_RUNS} shorter sentences of prose, or of {@link #MIN_PROSE_CHARS} of prose in
 * all, counts as well (old Arabic news pages write a sentence a paragraph; news briefs are short).
 */
final class ReaderableCheck {
    static final int MIN_PARAGRAPH_CHARS = 140;
    static final double MIN_SCORE = 20;
    /** An {@code <article>} element counts as a whole too, unless it is mostly links (a teaser card). */
    static final double MAX_ARTICLE_LINK_DENSITY = 0.5;

    /**
     * Older Arabic news pages write one sentence a paragraph, often shorter than {@link #MIN_PARAGRAPH_CHARS}:
     * a column (the element holding the paragraphs, or the text between its {@code <br>}s) of this many
     * sentences of prose makes an article too.
     */
    static final int MIN_PROSE_RUNS = 5;
    /** A run of prose: at least this long, with a comma or a sentence end, not a link. */
    static final int MIN_PROSE_RUN_CHARS = 80;
    /** A column with this much prose in all is an article too, however few its paragraphs (a news brief). */
    static final int MIN_PROSE_CHARS = 400;
    /**
     * An {@code <article>} element with its own headline and this many paragraphs of prose is an article, however
     * short: a site that marks up its story as one says what it is, and only its length was in doubt.
     */
    static final int MIN_PROSE_PARAGRAPHS_UNDER_HEADLINE = 3;

    private ReaderableCheck() {}

    /** Run on a page already stripped of non-text and furniture ({@link PageCleaner}). */
    static boolean isProbablyArticle(Element body) {
        double score = 0;
        Map<Element, int[]> prose = new HashMap<>(); // per column: runs, characters
        for (Element el : body.getAllElements()) {
            if (!ContentHints.isBlock(el) || el.closest("li") != null) {
                continue; // teasers in a list of stories do not count
            }
            if (el.normalName().equals("article") && NodeText.linkDensity(el) < MAX_ARTICLE_LINK_DENSITY) {
                if (isHeadlinedStory(el)) {
                    return true;
                }
                score += bonus(NodeText.length(el));
            }
            Element column =
                    ContentHints.PARAGRAPH_TAGS.contains(el.normalName()) && el.parent() != null ? el.parent() : el;
            for (String run : ContentScorer.runsOf(el)) {
                score += bonus(NodeText.trimmedLength(run));
                if (isProse(run)) {
                    int[] sums = prose.computeIfAbsent(column, c -> new int[2]);
                    sums[0]++;
                    sums[1] += NodeText.trimmedLength(run);
                    if ((sums[0] >= MIN_PROSE_RUNS || sums[1] >= MIN_PROSE_CHARS)
                            && NodeText.linkDensity(column) < MAX_ARTICLE_LINK_DENSITY) {
                        return true;
                    }
                }
            }
            if (score > MIN_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** An {@code <article>} holding a headline and {@link #MIN_PROSE_PARAGRAPHS_UNDER_HEADLINE} paragraphs of prose. */
    private static boolean isHeadlinedStory(Element article) {
        if (article.selectFirst("h1, h2") == null) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : article.select("p")) {
            if (p.closest("li") == null && isProse(p.text()) && NodeText.linkDensity(p) < MAX_ARTICLE_LINK_DENSITY) {
                paragraphs++;
            }
        }
        return paragraphs >= MIN_PROSE_PARAGRAPHS_UNDER_HEADLINE;
    }

    private static boolean isProse(String run) {
        return NodeText.trimmedLength(run) >= MIN_PROSE_RUN_CHARS
                && (NodeText.commas(run) > 0 || run.contains(".") || run.contains("؟") || run.contains("!"));
    }

    private static double bonus(int length) {
        return length > MIN_PARAGRAPH_CHARS ? Math.sqrt(length - MIN_PARAGRAPH_CHARS) : 0;
    }
}
