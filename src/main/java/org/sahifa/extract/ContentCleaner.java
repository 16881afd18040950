package org.sahifa.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.sahifa.model.Interruption;

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
    static final Set<String> JUDGED_TAGS =
            Set.of("table", "ul", "ol", "dl", "div", "section", "form", "aside", "header", "footer", "nav", "figure");

    private ContentCleaner() {}

    static void clean(Element article, boolean judgeContainers) {
        removeInlineBoilerplate(article);
        removeNegativeHeadings(article);
        if (judgeContainers) {
            removeFurnitureContainers(article);
        }
    }

    static void removeInlineBoilerplate(Element article) {
        for (Element el : article.getAllElements()) {
            Interruption.check();
            if (el == article
                    || el.parent() == null
                    || el.normalName().equals("a")
                    || el.normalName().equals("body")) {
                continue;
            }
            String names = ContentHints.names(el);
            if (names.isBlank()
                    || !ContentHints.INLINE_BOILERPLATE.in(names)
                    || ContentHints.MAYBE.in(names) && NodeText.commas(el) >= PROSE_COMMAS) {
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

    /** What {@link #isFurniture} weighs: text, weighted link text, commas, paragraphs, images and form fields under an element. */
    static final class Mix {
        double text;
        double links;
        int commas;
        int paragraphs;
        int images;
        int inputs;

        void add(Mix other) {
            text += other.text;
            links += other.links;
            commas += other.commas;
            paragraphs += other.paragraphs;
            images += other.images;
            inputs += other.inputs;
        }

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, links / text);
        }
    }

    /**
     * Innermost first, so that an outer container is judged without the junk already removed from
     * it; each element's mix is summed from its children's, so the whole tree is walked once.
     */
    private static void removeFurnitureContainers(Element article) {
        for (Element child : new java.util.ArrayList<>(article.children())) {
            judge(child);
        }
    }

    /** The mix under {@code el} after its furniture is removed; an empty mix when {@code el} itself goes. */
    private static Mix judge(Element el) {
        Mix mix = new Mix();
        for (org.jsoup.nodes.Node child : new java.util.ArrayList<>(el.childNodes())) {
            if (child instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                mix.text += NodeText.trimmedLength(s);
                mix.commas += NodeText.commas(s);
            } else if (child instanceof Element e) {
                mix.add(judge(e));
            }
        }
        switch (el.normalName()) {
            case "a" -> {
                String href = el.attr("href");
                mix.links = mix.text * (href.startsWith("#") && href.length() > 1 ? NodeText.IN_PAGE_LINK_WEIGHT : 1);
            }
            case "p" -> mix.paragraphs++;
            case "img" -> mix.images++;
            case "input", "textarea", "select" -> mix.inputs++;
            default -> {}
        }
        if (JUDGED_TAGS.contains(el.normalName()) && isFurniture(el, mix)) {
            el.remove();
            return new Mix();
        }
        return mix;
    }

    /** The rules for a container that is not article text, given what is under it. */
    static boolean isFurniture(Element el, Mix mix) {
        int weight = ContentHints.classWeight(el);
        if (weight < 0) {
            return true;
        }
        if (mix.commas >= PROSE_COMMAS) {
            return false;
        }
        String tag = el.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double linkDensity = mix.linkDensity();
        if (list) {
            return linkDensity > LINK_LIST_DENSITY;
        }
        if (tag.equals("figure")) {
            return false;
        }
        if (mix.inputs > mix.paragraphs / 3) {
            return true;
        }
        if (mix.text < TINY_TEXT_CHARS && linkDensity > 0) {
            return true;
        }
        if (mix.images > 1 && mix.paragraphs < mix.images / 2.0 && mix.text < TINY_TEXT_CHARS * mix.images) {
            return true;
        }
        return weight < ContentHints.CLASS_WEIGHT
                ? linkDensity > LINK_BOX_DENSITY
                : linkDensity > LINK_BOX_DENSITY_POSITIVE;
    }
}
