package org.sahifa.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sahifa.model.Interruption;

/**
 * First steps on a working copy of the page, before any scoring: drop what can never be article
 * text, then page furniture recognised by its markup (names, roles, tags, structure).
 */
final class PageCleaner {
    /** Elements whose content is never read as text. */
    static final Set<String> NEVER_TEXT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "link",
            "meta",
            "input",
            "button",
            "select",
            "textarea",
            "option",
            "marquee",
            "dialog",
            "audio",
            "video",
            "map");
    /** A nav, aside, header or footer holding more than this share of the page's text is the page's frame, not furniture. */
    static final double FRAME_TEXT_SHARE = 0.5;

    /** A link to the non-AMP version of a page, as AMP plugins write it ("Exit mobile version"). */
    private static final Pattern NON_AMP_LINK = Pattern.compile("[?&](noamp|nonamp|amp=0|amp=false)\\b");

    private static final Pattern TAG_REL = Pattern.compile("(?i)(^|\\s)tag(\\s|$)");
    /** Markup of the article itself: an element holding it is never furniture. */
    /** Comment sections, by the ids and classes of common blog and social comment widgets. */
    private static final Set<String> COMMENT_IDS = Set.of("comments", "respond", "disqus_thread");

    private static final Set<String> COMMENT_CLASSES = Set.of("comments-area", "comment-respond", "fb-comments");
    /** Longest introduction to a comments section that is removed with it. */
    static final int MAX_COMMENTS_PREFACE_CHARS = 500;

    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "aside");
    static final String ARTICLE_MARKUP = "article, main, [itemprop=articleBody], [role=main]";

    private PageCleaner() {}

    /** Scripts, styles, embedded objects, form controls, comments, hidden elements. */
    static void removeNonText(Element root) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        return node instanceof Element el
                                        && el != root
                                        && (NEVER_TEXT.contains(el.normalName()) || isHidden(el))
                                ? FilterResult.REMOVE
                                : FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
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
        NodeTraversor.filter(
                new NodeFilter() {
                    /** Depth of tables and code around the current node: names inside them are not judged. */
                    private int inTableOrCode;
                    /** The page's text length, measured when first needed; -1 before. */
                    private int pageText = -1;

                    private int pageText() {
                        if (pageText < 0) {
                            pageText = NodeText.length(body);
                        }
                        return pageText;
                    }

                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof Element el) || el == body) {
                            return FilterResult.CONTINUE;
                        }
                        String tag = el.normalName();
                        if (tag.equals("table") || tag.equals("code")) {
                            inTableOrCode++;
                            return FilterResult.CONTINUE;
                        }
                        if (tag.equals("article") || tag.equals("main") || tag.equals("a")) {
                            return FilterResult.CONTINUE;
                        }
                        if (ContentHints.UNLIKELY_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))
                                || tag.equals("nav")
                                || tag.equals("aside")
                                || tag.equals("header")
                                || tag.equals("footer")) {
                            return isFrame(el, pageText()) ? FilterResult.CONTINUE : FilterResult.REMOVE;
                        }
                        String names = ContentHints.names(el);
                        if (inTableOrCode == 0
                                && !names.isBlank()
                                && ContentHints.UNLIKELY.in(names)
                                && !ContentHints.MAYBE.in(names)
                                && !holdsArticle(el)) {
                            return FilterResult.REMOVE;
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element el
                                && (el.normalName().equals("table")
                                        || el.normalName().equals("code"))) {
                            inTableOrCode--;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
    }

    /**
     * Structural boilerplate anywhere in the page: the AMP "exit mobile version" switcher (a link
     * from an AMP page back to its own non-AMP version), comment forms, lists of tag links.
     */
    static void removeStructuralBoilerplate(Document doc, Element body) {
        removeAmpSwitchers(doc, body);
        for (Element form : body.select("form")) {
            if (form.parent() != null
                    && (!form.select("textarea").isEmpty() || form.attr("id").contains("comment"))) {
                form.remove();
            }
        }
        for (Element link : body.select("a[rel]")) {
            if (!TAG_REL.matcher(link.attr("rel")).find()) {
                continue;
            }
            Element list = outermostTagLinkList(link, body);
            if (list != null) {
                list.remove();
            }
        }
    }

    /**
     * Comment sections with the box that introduces them. Run once, before empty elements are pruned: a
     * comments widget is often an empty element filled by a script.
     */
    static void removeCommentSections(Element body) {
        for (Element el : body.getAllElements()) {
            Interruption.check();
            if (el != body && el.parent() != null && isCommentSection(el)) {
                removeCommentsPreface(el);
                el.remove();
            }
        }
    }

    private static boolean isCommentSection(Element el) {
        if (COMMENT_IDS.contains(el.id())) {
            return true;
        }
        String classes = el.className();
        if (!classes.contains("comment")) {
            return false; // cheap test first: most elements have nothing of the kind
        }
        for (String name : classes.split("\\s+")) {
            if (COMMENT_CLASSES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The short box right before a comments section that introduces it (posting rules with links to
     * the guidelines and privacy pages): a container, not a paragraph, short, with links, skipping
     * empty dividers in between.
     */
    private static void removeCommentsPreface(Element comments) {
        Element before = comments.previousElementSibling();
        while (before != null
                && NodeText.length(before) == 0
                && before.select("img").isEmpty()) {
            before = before.previousElementSibling();
        }
        if (before != null
                && CONTAINER_TAGS.contains(before.normalName())
                && NodeText.length(before) <= MAX_COMMENTS_PREFACE_CHARS
                && !before.select("a[href]").isEmpty()
                && !holdsArticle(before)) {
            before.remove();
        }
    }

    private static void removeAmpSwitchers(Document doc, Element body) {
        Element html = doc.selectFirst("html");
        boolean amp = html != null && (html.hasAttr("amp") || html.hasAttr("\u26A1"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String canonicalUrl = canonical == null ? null : canonical.absUrl("href");
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            boolean toNonAmp = NON_AMP_LINK.matcher(href).find();
            boolean toCanonical =
                    amp && canonicalUrl != null && !canonicalUrl.isEmpty() && canonicalUrl.equals(a.absUrl("href"));
            if (toNonAmp || toCanonical) {
                Element container = a;
                while (container.parent() != null
                        && container.parent() != body
                        && NodeText.length(container.parent()) == NodeText.length(a)) {
                    container = container.parent();
                }
                container.remove();
            }
        }
    }

    /** The largest ancestor of a tag link whose text is all tag links (and a label); null when there is none. */
    private static Element outermostTagLinkList(Element link, Element body) {
        if (link.parent() == null || !CandidateSelector.isAncestor(body, link)) {
            return null;
        }
        Element found = null;
        for (Element el = link.parent(); el != null && el != body; el = el.parent()) {
            if (!isTagLinkList(el)) {
                break;
            }
            found = el;
        }
        return found;
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
}
