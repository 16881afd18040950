package org.sahifa.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sahifa.extract.ContentScorer.Candidate;

/**
 * Chooses the element that holds the article from the scored candidates, then gathers the
 * siblings that belong with it (a lead paragraph, the continuation after an ad slot).
 */
final class CandidateSelector {
    /** How many of the best candidates are weighed when looking for a common container. */
    static final int TOP_CANDIDATES = 5;
    /** Candidates scoring at least this share of the best are "close" to it... */
    static final double CLOSE_SCORE_RATIO = 0.75;
    /** ...and when this many close ones sit in one ancestor, the article is split across it: take the ancestor. */
    static final int CLOSE_CANDIDATES_TO_MERGE = 3;
    /** While climbing, an ancestor scoring below this share of the best ends the climb. */
    static final double CLIMB_FLOOR_RATIO = 1.0 / 3;
    /** A sibling joins when it scores at least this share of the chosen element... */
    static final double SIBLING_SCORE_RATIO = 0.2;
    /** ...or at least this much. */
    static final double SIBLING_MIN_SCORE = 10;
    /** Bonus share for a sibling with the same class as the chosen element. */
    static final double SAME_CLASS_BONUS_RATIO = 0.2;
    /** A sibling paragraph longer than this joins when its link density is below {@link #SIBLING_LONG_LINK_DENSITY}. */
    static final int SIBLING_LONG_CHARS = 80;

    static final double SIBLING_LONG_LINK_DENSITY = 0.25;
    /** A short sibling paragraph joins when it has no links and ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。]\\s*$|\\.( |$)");

    private CandidateSelector() {}

    /** The best element, or null when nothing scored. */
    static Element chooseTop(Map<Element, Candidate> candidates, Element body) {
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        if (ranked.isEmpty()) {
            return null;
        }
        ranked.sort(Comparator.comparingDouble(Candidate::finalScore).reversed());
        Candidate best = ranked.get(0);
        double bestScore = best.finalScore();
        Element top = commonContainerOfClose(best.element, ranked, bestScore, body);
        top = climbToBetterAncestor(top, candidates, bestScore, body);
        return climbOutOfOnlyChild(top, body);
    }

    private static Element commonContainerOfClose(Element top, List<Candidate> ranked, double bestScore, Element body) {
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).finalScore() >= CLOSE_SCORE_RATIO * bestScore) {
                close.add(ranked.get(i).element);
            }
        }
        if (close.size() < CLOSE_CANDIDATES_TO_MERGE) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element other : close) {
                if (isAncestor(ancestor, other)) {
                    inside++;
                }
            }
            if (inside >= CLOSE_CANDIDATES_TO_MERGE) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Moves up to an ancestor that scores higher than the scored element below it, as when the
     * text is split over several nested containers (an intro, then a "read more" box). The climb
     * stops at an ancestor scoring below a third of the best.
     */
    private static Element climbToBetterAncestor(
            Element top, Map<Element, Candidate> candidates, double bestScore, Element body) {
        Candidate own = candidates.get(top);
        double floor = (own == null ? bestScore : own.points) * CLIMB_FLOOR_RATIO;
        double below = own == null ? bestScore : own.points;
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            Candidate c = candidates.get(ancestor);
            if (c == null) {
                continue;
            }
            if (c.points < floor) {
                break;
            }
            if (c.points > below) {
                return ancestor;
            }
            below = c.points;
        }
        return top;
    }

    /** A wrapper whose only content is the chosen element is the same article: take the wrapper, it gives siblings a chance. */
    private static Element climbOutOfOnlyChild(Element top, Element body) {
        Element current = top;
        while (current.parent() != null
                && current.parent() != body
                && current.parent().children().size() == 1
                && hasNoTextOfItsOwn(current.parent())) {
            current = current.parent();
        }
        return current;
    }

    /** No text outside its child elements: its text is its only child's, without walking the subtree. */
    private static boolean hasNoTextOfItsOwn(Element el) {
        for (org.jsoup.nodes.TextNode t : el.textNodes()) {
            if (NodeText.trimmedLength(t.getWholeText()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The chosen element and the siblings that belong with it, in page order. */
    static List<Element> withSiblings(Element top, Map<Element, Candidate> candidates) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        Candidate own = candidates.get(top);
        double topScore = own == null ? 0 : own.finalScore();
        double threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_RATIO);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongsWith(sibling, top, candidates, topScore, threshold)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    private static boolean belongsWith(
            Element sibling, Element top, Map<Element, Candidate> candidates, double topScore, double threshold) {
        Candidate c = candidates.get(sibling);
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? topScore * SAME_CLASS_BONUS_RATIO
                : 0;
        if (c != null && c.finalScore() + bonus >= threshold) {
            return true;
        }
        int length = NodeText.length(sibling);
        double density = NodeText.linkDensity(sibling);
        if (length > SIBLING_LONG_CHARS && density < SIBLING_LONG_LINK_DENSITY) {
            return true; // prose, a data table or a list without links
        }
        if (sibling.normalName().equals("p") || isInlineOnly(sibling)) {
            return length > 0
                    && length <= SIBLING_LONG_CHARS
                    && density == 0
                    && SENTENCE_END.matcher(sibling.text()).find();
        }
        return false;
    }

    /** A div or section with text but no block children: a paragraph in disguise. */
    private static boolean isInlineOnly(Element el) {
        if (!(el.normalName().equals("div") || el.normalName().equals("section"))) {
            return false;
        }
        for (Element child : el.children()) {
            if (ContentHints.isBlock(child)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
