package org.sahifa.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Drops wrapper elements that hold nothing at all (no text, no media), in one linear pass.
 *
 * <p>Why first: the later steps measure the text under many elements, so a page of hundreds of thousands of
 * empty boxes (jsoup caps nesting at 512 levels and puts the rest side by side) would cost elements × depth
 * on every pass. Removal rebuilds each parent's child list once instead of removing children one by one,
 * which would shift the siblings each time.
 */
final class EmptyElements {
    /** Tags that are only boxes for their content: empty, they show nothing. */
    private static final Set<String> WRAPPERS = Set.of(
            "div",
            "span",
            "section",
            "p",
            "font",
            "center",
            "blockquote",
            "b",
            "i",
            "em",
            "strong",
            "small",
            "u",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "ul",
            "ol",
            "li");

    private EmptyElements() {}

    static void prune(Element root) {
        List<Element> all = root.getAllElements(); // document order: parents before children
        Set<Element> empty = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = all.size() - 1; i > 0; i--) { // children first, so emptiness rises to the parents
            Element el = all.get(i);
            if (WRAPPERS.contains(el.normalName()) && holdsNothing(el, empty)) {
                empty.add(el);
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        // the parents that keep living but lose children; each rebuilt once
        Set<Element> losing = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : empty) {
            Element parent = el.parent();
            if (parent != null && !empty.contains(parent)) {
                losing.add(parent);
            }
        }
        for (Element el : losing) {
            List<Node> kept = new ArrayList<>();
            for (Node child : el.childNodes()) {
                if (!(child instanceof Element e && empty.contains(e))) {
                    kept.add(child);
                }
            }
            el.empty();
            el.appendChildren(kept);
        }
    }

    private static boolean holdsNothing(Element el, Set<Element> empty) {
        if (!el.attr("id").isEmpty()) {
            return false; // an anchor that links inside the page may point at it
        }
        for (Node child : el.childNodes()) {
            if (!(child instanceof Element e && empty.contains(e))) {
                return false;
            }
        }
        return true;
    }
}
