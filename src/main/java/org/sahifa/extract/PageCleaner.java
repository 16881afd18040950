package org.sahifa.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * First steps on a working copy of the page, before any scoring: drop what can never be article
 * text, then page furniture recognised by its markup (names, roles, tags, structure).
 */
final class PageCleaner {
    /** Elements whose content is never read as text. */
    static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, link, meta,"
            + " input, button, select, textarea, option, marquee, dialog, audio, video, map";
    /** A nav, aside, header or footer holding more than this share of the page's text is the page's frame, not furniture. */
    static final double FRAME_TEXT_SHARE = 0.5;

    /** Markup of the article itself: an element holding it is never furniture. */
    static final String ARTICLE_MARKUP = "article, main, [itemprop=articleBody], [role=main]";

    private PageCleaner() {
    }

    /** Scripts, styles, embedded objects, form controls, comments, hidden elements. */
    static void removeNonText(Element root) {
        root.select(NEVER_TEXT).remove();
        for (Element el : root.getAllElements()) {
            if (el.parent() != null && isHidden(el)) {
                el.remove();
            }
        }
        removeComments(root);
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof org.jsoup.nodes.Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    /**
     * Furniture by its markup: ARIA roles of menus and dialogs; nav and aside; elements whose class
     * or id reads like furniture ({@link ContentHints#UNLIKELY}) unless it also reads like content.
     * Tables and code are left alone (layout tables of old pages carry furniture-like names).
     */
    static void removeUnlikelyCandidates(Element body) {
        int pageText = NodeText.length(body);
        for (Element el : body.getAllElements()) {
            if (el == body || el.parent() == null || isDetached(el, body)) {
                continue;
            }
            String tag = el.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("a") || tag.equals("body")) {
                continue;
            }
            if (ContentHints.UNLIKELY_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))
                    || tag.equals("nav") || tag.equals("aside") || tag.equals("header") || tag.equals("footer")) {
                if (!isFrame(el, pageText)) {
                    el.remove();
                }
                continue;
            }
            String names = ContentHints.names(el);
            if (names.isBlank() || inTableOrCode(el, body)) {
                continue;
            }
            if (ContentHints.UNLIKELY.matcher(names).find() && !ContentHints.MAYBE.matcher(names).find()
                    && !holdsArticle(el)) {
                el.remove();
            }
        }
    }

    /**
     * Structural boilerplate anywhere in the page: the AMP "exit mobile version" switcher (a link
     * from an AMP page back to its own non-AMP version), comment forms, lists of tag links.
     */
    static void removeStructuralBoilerplate(Document doc, Element body) {
        removeAmpSwitchers(doc, body);
        for (Element form : body.select("form")) {
            if (form.parent() != null && (!form.select("textarea").isEmpty() || form.attr("id").contains("comment"))) {
                form.remove();
            }
        }
        for (Element el : body.select("#comments, #respond, #disqus_thread, .comments-area, .comment-respond")) {
            if (el.parent() != null) {
                el.remove();
            }
        }
        for (Element el : body.select("ul, ol, div, p, span")) {
            if (el.parent() != null && isTagLinkList(el)) {
                el.remove();
            }
        }
    }

    private static void removeAmpSwitchers(Document doc, Element body) {
        Element html = doc.selectFirst("html");
        boolean amp = html != null && (html.hasAttr("amp") || html.hasAttr("\u26A1"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String canonicalUrl = canonical == null ? null : canonical.absUrl("href");
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            boolean toNonAmp = href.matches(".*[?&](noamp|nonamp|amp=0|amp=false)\\b.*");
            boolean toCanonical = amp && canonicalUrl != null && !canonicalUrl.isEmpty() && canonicalUrl.equals(a.absUrl("href"));
            if (toNonAmp || toCanonical) {
                Element container = a;
                while (container.parent() != null && container.parent() != body
                        && NodeText.length(container.parent()) == NodeText.length(a)) {
                    container = container.parent();
                }
                container.remove();
            }
        }
    }

    /** A block all of whose text is in {@code rel=tag} links (a "Tags:" line may add a label). */
    private static boolean isTagLinkList(Element el) {
        var tagLinks = el.select("a[rel~=tag]");
        if (tagLinks.isEmpty()) {
            return false;
        }
        int linkText = 0;
        for (Element a : tagLinks) {
            linkText += NodeText.length(a);
        }
        return NodeText.length(el) - linkText < 30;
    }

    /** A frame of the page (a wrapper named "header-wrap" around everything) rather than furniture inside it. */
    private static boolean isFrame(Element el, int pageText) {
        return holdsArticle(el) || pageText > 0 && NodeText.length(el) > FRAME_TEXT_SHARE * pageText;
    }

    private static boolean holdsArticle(Element el) {
        return !el.select(ARTICLE_MARKUP).isEmpty();
    }

    private static boolean isDetached(Element el, Element body) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == body) {
                return false;
            }
        }
        return true;
    }

    private static boolean inTableOrCode(Element el, Element body) {
        for (Element p = el.parent(); p != null && p != body; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("table") || t.equals("code")) {
                return true;
            }
        }
        return false;
    }
}
