package org.sahifa.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sahifa.model.Interruption;

/**
 * Scores the elements that may hold the article. Each run of paragraph text (a {@code <p>}, or the
 * text of a {@code <div>}/{@code <td>} between block children and {@code <br>}s) earns points for
 * its length and its commas, and gives them to the element holding it and, less and less, to its
 * ancestors. An element's final score is scaled down by its link density.
 */
final class ContentScorer {
    /** Runs shorter than this are captions, labels or buttons and earn nothing. */
    static final int MIN_RUN_CHARS = 25;
    /** Every scoring run earns this much. */
    static final double RUN_BASE_POINTS = 1;
    /** One point per this many characters of the run... */
    static final int CHARS_PER_POINT = 100;
    /** ...up to this many. */
    static final double MAX_LENGTH_POINTS = 3;
    /** How many ancestors above the holder share a run's points. */
    static final int ANCESTOR_LEVELS = 5;

    /** A scored element: its points and, once asked, the final score. */
    static final class Candidate {
        final Element element;
        double points;
        private double finalScore = Double.NaN;

        Candidate(Element element, double initial) {
            this.element = element;
            this.points = initial;
        }

        /** Points scaled down by link density; set once scoring is done. */
        double finalScore() {
            if (Double.isNaN(finalScore)) {
                finalScore = points * (1 - NodeText.linkDensity(element));
            }
            return finalScore;
        }
    }

    private final boolean weighClasses;
    private final Map<Element, Candidate> candidates = new IdentityHashMap<>();

    private ContentScorer(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    /** All candidates under {@code root}, keyed by element (identity). */
    static Map<Element, Candidate> score(Element root, boolean weighClasses) {
        ContentScorer scorer = new ContentScorer(weighClasses);
        for (Element el : root.getAllElements()) {
            Interruption.check();
            if (ContentHints.isBlock(el)) {
                scorer.scoreRunsOf(el);
            }
        }
        TextStats stats = TextStats.of(root);
        for (Candidate c : scorer.candidates.values()) {
            c.finalScore = c.points * (1 - stats.linkDensity(c.element));
        }
        return scorer.candidates;
    }

    /** The runs of paragraph text directly in a block: all of a paragraph element, or the {@code <br>}-separated pieces of a container's own text. */
    static List<String> runsOf(Element block) {
        boolean paragraph = ContentHints.PARAGRAPH_TAGS.contains(block.normalName());
        return paragraph ? List.of(inlineText(block, false)) : splitRuns(inlineText(block, true));
    }

    private void scoreRunsOf(Element block) {
        boolean paragraph = ContentHints.PARAGRAPH_TAGS.contains(block.normalName());
        for (String run : runsOf(block)) {
            int length = NodeText.trimmedLength(run);
            if (length < MIN_RUN_CHARS) {
                continue;
            }
            double points = RUN_BASE_POINTS
                    + NodeText.commas(run)
                    + Math.min((double) length / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            Element holder = paragraph ? block.parent() : block;
            for (int level = 0; holder != null && level <= ANCESTOR_LEVELS; level++, holder = holder.parent()) {
                if (holder.normalName().equals("#root") || holder.parent() == null) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                candidate(holder).points += points / divider;
            }
        }
    }

    private Candidate candidate(Element el) {
        return candidates.computeIfAbsent(
                el, e -> new Candidate(e, tagBonus(e) + (weighClasses ? ContentHints.classWeight(e) : 0)));
    }

    /** Prior for an element by its tag: containers of prose up, lists and headings down. */
    static double tagBonus(Element el) {
        return switch (el.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * The text of the element outside its block children; {@code <br>} gives {@code '\n'} when
     * {@code breakLines}, else a space. Block children are skipped, they are scored on their own.
     */
    static String inlineText(Element el, boolean breakLines) {
        StringBuilder sb = new StringBuilder();
        appendInline(el, sb, breakLines);
        return sb.toString();
    }

    private static void appendInline(Element el, StringBuilder sb, boolean breakLines) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    sb.append(breakLines ? '\n' : ' ');
                } else if (!ContentHints.isBlock(e)) {
                    appendInline(e, sb, breakLines);
                }
            }
        }
    }

    private static List<String> splitRuns(String text) {
        List<String> runs = new ArrayList<>();
        for (String run : text.split("\n")) {
            if (!run.isBlank()) {
                runs.add(run);
            }
        }
        return runs;
    }
}
