package org.sahifa.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text length and link density of every element under a root, computed in one walk, so that
 * scoring many nested candidates does not walk their subtrees again and again. Valid until the
 * tree changes.
 */
final class TextStats {
    /** Per element: text length, weighted link text length. */
    private final Map<Element, double[]> stats = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats result = new TextStats();
        result.fill(root);
        return result;
    }

    /** Post-order: the children's figures are there when the parent sums them. */
    private void fill(Element el) {
        for (Element child : el.children()) {
            fill(child);
        }
        stats.put(el, sumChildren(el));
    }

    private double[] sumChildren(Element el) {
        double text = 0;
        double links = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                text += NodeText.trimmedLength(t.getWholeText());
            } else if (child instanceof Element e) {
                double[] s = stats.get(e);
                if (s != null) {
                    text += s[0];
                    links += s[1];
                }
            }
        }
        if (el.normalName().equals("a")) {
            String href = el.attr("href");
            links = text * (href.startsWith("#") && href.length() > 1 ? NodeText.IN_PAGE_LINK_WEIGHT : 1);
        }
        return new double[] {text, links};
    }

    /** Characters of text under the element (white space runs counted as one per text node). */
    int length(Element el) {
        double[] s = stats.get(el);
        return s == null ? NodeText.length(el) : (int) s[0];
    }

    /** Share of the element's text in links, in-page links weighted down; 0..1. */
    double linkDensity(Element el) {
        double[] s = stats.get(el);
        if (s == null) {
            return NodeText.linkDensity(el);
        }
        return s[0] == 0 ? 0 : Math.min(1, s[1] / s[0]);
    }
}
