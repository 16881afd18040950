package org.sahifa.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Measures of the text under an element, computed without building its text. The walks recurse
 * over child lists rather than using Jsoup's traversor, which re-indexes siblings after the
 * removals the pipeline makes.
 */
final class NodeText {
    /** Weight of the text of in-page links ({@code href="#..."}) in the link density: they are rarely navigation. */
    static final double IN_PAGE_LINK_WEIGHT = 0.3;

    private NodeText() {}

    /** Characters of text under the element, white space runs counted as one. */
    static int length(Element el) {
        double[] totals = {0, 0};
        walkText(el, 0, totals);
        return (int) totals[0];
    }

    /** Share of the element's text that is link text, 0..1; one walk over the subtree. */
    static double linkDensity(Element el) {
        double[] totals = {0, 0}; // all text, weighted link text
        walkText(el, 0, totals);
        return totals[0] == 0 ? 0 : Math.min(1, totals[1] / totals[0]);
    }

    private static void walkText(Node node, double linkWeight, double[] totals) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                int n = trimmedLength(t.getWholeText());
                totals[0] += n;
                totals[1] += n * linkWeight;
            } else if (child instanceof Element e) {
                double weight = linkWeight;
                if (linkWeight == 0 && e.normalName().equals("a")) {
                    String href = e.attr("href");
                    weight = href.startsWith("#") && href.length() > 1 ? IN_PAGE_LINK_WEIGHT : 1;
                }
                walkText(e, weight, totals);
            }
        }
    }

    /** Commas of both scripts: {@code ,} and Arabic {@code ،}, and the full-width one. */
    static int commas(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C') {
                n++;
            }
        }
        return n;
    }

    static int commas(Element el) {
        int n = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                n += commas(t.getWholeText());
            } else if (child instanceof Element e) {
                n += commas(e);
            }
        }
        return n;
    }

    /** Length with leading/trailing white space removed and inner runs folded to one character. */
    static int trimmedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                space = true;
            } else {
                if (space && n > 0) {
                    n++;
                }
                space = false;
                n++;
            }
        }
        return n;
    }

    /** White space or a no-break space; letters answer on the first test. */
    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }

    /** True when the node is an element with one of the tags. */
    static boolean isTag(Node node, String tag) {
        return node instanceof Element e && e.normalName().equals(tag);
    }
}
