package org.sahifa.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Cleans the chosen article subtree: boilerplate that sits inside articles (share bars, tag lists,
 * "related" and "most read" boxes, newsletter sign-ups) and containers that read like furniture by
 * their mix of links, form fields, images and text.
 */
final class ContentCleaner {
    /** Boilerplate-named elements shorter than this are dropped whatever their links. */
    static final int SHORT_BOILERPLATE_CHARS = 300;
    /** Boilerplate-named elements with a link density above this are dropped whatever their length. */
    static final double BOILERPLATE_LINK_DENSITY = 0.4;
    /** A container with this many commas reads like prose and is always kept. */
    static final int PROSE_COMMAS = 10;
    /** Containers with less text than this are dropped when they also hold links. */
    static final int TINY_TEXT_CHARS = 25;
    /** Link density above which a container of ordinary name is a link box. */
    static final double LINK_BOX_DENSITY = 0.2;
    /** Link density above which even a content-named container is a link box. */
    static final double LINK_BOX_DENSITY_POSITIVE = 0.5;
    /** Link density above which a list is a list of links (related stories, navigation). */
    static final double LINK_LIST_DENSITY = 0.5;
    /** Containers judged by {@link #isFurniture}. */
    static final Set<String> JUDGED_TAGS = Set.of("table", "ul", "ol", "dl", "div", "section", "form", "aside", "header", "footer", "nav", "figure");

    private ContentCleaner() {
    }

    static void clean(Element article, boolean judgeContainers) {
        removeInlineBoilerplate(article);
        removeNegativeHeadings(article);
        if (judgeContainers) {
            removeFurnitureContainers(article);
        }
    }

    static void removeInlineBoilerplate(Element article) {
        for (Element el : article.getAllElements()) {
            if (el == article || el.parent() == null || el.normalName().equals("a") || el.normalName().equals("body")) {
                continue;
            }
            String names = ContentHints.names(el);
            if (names.isBlank() || !ContentHints.INLINE_BOILERPLATE.matcher(names).find()
                    || ContentHints.MAYBE.matcher(names).find() && NodeText.commas(el) >= PROSE_COMMAS) {
                continue;
            }
            if (NodeText.length(el) < SHORT_BOILERPLATE_CHARS || NodeText.linkDensity(el) > BOILERPLATE_LINK_DENSITY) {
                el.remove();
            }
        }
    }

    /** Headings with a negative class or id ("related-title", "comments-heading"). */
    private static void removeNegativeHeadings(Element article) {
        for (Element h : article.select("h1, h2, h3")) {
            if (ContentHints.classWeight(h) < 0) {
                h.remove();
            }
        }
    }

    /** Innermost first, so that an outer container is judged without the junk already removed from it. */
    private static void removeFurnitureContainers(Element article) {
        List<Element> all = article.getAllElements();
        for (int i = all.size() - 1; i >= 1; i--) {
            Element el = all.get(i);
            if (JUDGED_TAGS.contains(el.normalName()) && isFurniture(el)) {
                el.remove();
            }
        }
    }

    /** Paragraphs, images and form fields under the element, in one walk. */
    private static int[] countTags(Element el) {
        int[] counts = new int[3];
        for (Element d : el.getAllElements()) {
            switch (d.normalName()) {
                case "p" -> counts[0]++;
                case "img" -> counts[1]++;
                case "input", "textarea", "select" -> counts[2]++;
                default -> { }
            }
        }
        return counts;
    }

    /** The rules for a container that is not article text. */
    static boolean isFurniture(Element el) {
        int weight = ContentHints.classWeight(el);
        if (weight < 0) {
            return true;
        }
        if (NodeText.commas(el) >= PROSE_COMMAS) {
            return false;
        }
        String tag = el.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        int[] counts = countTags(el);
        int paragraphs = counts[0];
        int images = counts[1];
        int inputs = counts[2];
        int length = NodeText.length(el);
        double linkDensity = NodeText.linkDensity(el);
        if (list) {
            return linkDensity > LINK_LIST_DENSITY;
        }
        if (tag.equals("figure")) {
            return false;
        }
        if (inputs > paragraphs / 3) {
            return true;
        }
        if (length < TINY_TEXT_CHARS && linkDensity > 0) {
            return true;
        }
        if (images > 1 && paragraphs < images / 2.0 && length < TINY_TEXT_CHARS * images) {
            return true;
        }
        return weight < ContentHints.CLASS_WEIGHT ? linkDensity > LINK_BOX_DENSITY : linkDensity > LINK_BOX_DENSITY_POSITIVE;
    }
}
