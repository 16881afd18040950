package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Furniture of older news pages that has no telling class or id, found by its structure and words:
 * <ul>
 *   <li>a breadcrumb trail: short links joined by › &gt; / » (and the current page's name after them),
 *       «الرئيسية &gt; بنوك»;</li>
 *   <li>a row of page tools, every item of which is one: «طباعة | أرسل لصديق | تكبير الخط»;</li>
 *   <li>a comments section opened by a heading such as «التعليقات (2)» or «تعليقات القراء»: the
 *       heading and everything after it in its container.</li>
 * </ul>
 * A "row" is a run of an element's child nodes between {@code <br>}s and block children.
 */
final class LegacyFurniture {
    /** A link of a breadcrumb trail is at most this long; the current page's name after the last link, at most the other. */
    static final int MAX_CRUMB_CHARS = 40;

    static final int MAX_LAST_CRUMB_CHARS = 100;
    /** A row of page tools is at most this long, its separators included. */
    static final int MAX_TOOL_ROW_CHARS = 200;
    /** Rows with more text than this (white space included) are neither trails nor tool rows. */
    static final int MAX_ROW_CHARS = 600;
    /** A comments heading is at most this long. */
    static final int MAX_COMMENTS_HEADING_CHARS = 40;

    /**
     * Separators of breadcrumb trails («&gt;» and «/» also in right-to-left pages, «‹ <» in pages that point
     * the other way); a slash only with spaces around it, as «Blob/File» in prose is not a trail.
     */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:[›>»«‹<→←]|::)\\s*|\\s+[/\\\\]\\s+");
    /** Separators between the items of a tool row. */
    private static final Pattern TOOL_SEPARATOR = Pattern.compile("[\\s|·•\\-–—/,،]+");
    /** The page tools, folded ({@link ArabicDates#fold}): print, send to a friend, font size, save, share. */
    private static final Pattern TOOL = Pattern.compile(
            "(?:طباعه|اطبع|طباعه الخبر|طباعه المقال|نسخه للطباعه|ارسل|ارسال|ارسل لصديق|ارسال لصديق|ارسل الخبر|ارسال الخبر"
                    + "|ارسل المقال|ارسال المقال|ارسل الي صديق|ارسال الي صديق|ارسل بالبريد|تكبير الخط|تصغير الخط|تكبير|تصغير|حجم الخط"
                    + "|الخط|حفظ|مشاركه|شارك|اضف تعليق|اضف تعليقك|اضافه تعليق|تعليق|قراءه|print|email|e-mail|send to a friend"
                    + "|font size|a\\+|a-|save|share|\\+|-)",
            Pattern.CASE_INSENSITIVE);
    /** The heading of a comments section, folded: «التعليقات (2)», «تعليقات القراء», «آراء القراء: 3». */
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(?:(?:ال)?تعليقات(?:\\s+(?:القراء|الزوار))?|اراء\\s+القراء|comments|reader comments)"
                    + "\\s*:?(?:\\s*[(\\[]?\\s*\\d+\\s*[)\\]]?)?\\s*:?",
            Pattern.CASE_INSENSITIVE);

    private LegacyFurniture() {}

    static void remove(Element body) {
        removeCommentSections(body);
        for (Element el : body.getAllElements()) {
            if (el.parent() != null && directLinks(el) >= 2) {
                for (List<Node> row : rows(el)) {
                    if (textLongerThan(row, MAX_ROW_CHARS)) {
                        continue; // prose with links: not worth reading piece by piece
                    }
                    if (isBreadcrumb(row) || isToolRow(row)) {
                        row.forEach(Node::remove);
                    }
                }
            }
        }
    }

    /** True when the text under the row's nodes is longer than {@code limit}; stops reading once it is. */
    static boolean textLongerThan(List<Node> row, int limit) {
        int[] left = {limit};
        for (Node node : row) {
            NodeTraversor.filter(
                    new NodeFilter() {
                        @Override
                        public FilterResult head(Node n, int depth) {
                            if (n instanceof TextNode t) {
                                left[0] -= t.getWholeText().length();
                            }
                            return left[0] < 0 ? FilterResult.STOP : FilterResult.CONTINUE;
                        }

                        @Override
                        public FilterResult tail(Node n, int depth) {
                            return FilterResult.CONTINUE;
                        }
                    },
                    node);
            if (left[0] < 0) {
                return true;
            }
        }
        return false;
    }

    private static int directLinks(Element el) {
        int links = 0;
        for (Element child : el.children()) {
            if (child.normalName().equals("a")) {
                links++;
            }
        }
        return links;
    }

    /** The runs of child nodes of {@code el} between {@code <br>}s and block children. */
    static List<List<Node>> rows(Element el) {
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        for (Node child : el.childNodes()) {
            boolean boundary = child instanceof Element e && (e.normalName().equals("br") || ContentHints.isBlock(e));
            if (boundary) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                row.add(child);
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Links and the text between them, in order: a link's text, or a piece of plain text (null for an image). */
    private record Piece(String text, boolean link) {}

    private static List<Piece> pieces(List<Node> row) {
        List<Piece> pieces = new ArrayList<>();
        for (Node node : row) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    pieces.add(new Piece(t.text(), false)); // spaces kept: they tell a separator from a slash in a word
                }
            } else if (node instanceof Element e) {
                boolean link = e.normalName().equals("a");
                String text = e.text().strip();
                if (!text.isEmpty()) {
                    pieces.add(new Piece(text, link));
                } else if (!e.select("img").isEmpty() && link) {
                    pieces.add(new Piece(e.selectFirst("img").attr("alt").strip(), true));
                }
            }
        }
        return pieces;
    }

    /** Links joined by breadcrumb separators, with at most one short unlinked name at the end. */
    static boolean isBreadcrumb(List<Node> row) {
        if (!(row.get(0) instanceof Element first && first.normalName().equals("a"))
                && !(row.get(0) instanceof TextNode t && t.isBlank() && row.size() > 1)) {
            return false; // a trail starts with a link
        }
        List<Piece> pieces = pieces(row);
        int links = 0;
        boolean separatorSeen = false;
        boolean needSeparator = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.link()) {
                if (needSeparator || p.text().length() > MAX_CRUMB_CHARS) {
                    return false;
                }
                links++;
                needSeparator = true;
                continue;
            }
            // plain text: a separator, optionally followed by the current page's name (last piece only)
            String raw = p.text();
            var sep = CRUMB_SEPARATOR.matcher(raw);
            if (!sep.lookingAt() || !needSeparator) {
                return false;
            }
            separatorSeen = true;
            needSeparator = false;
            String rest = raw.substring(sep.end()).strip();
            if (!rest.isEmpty()) {
                boolean last = i == pieces.size() - 1;
                if (!last
                        || rest.length() > MAX_LAST_CRUMB_CHARS
                        || CRUMB_SEPARATOR.matcher(rest).find()) {
                    return false;
                }
                links++;
            }
        }
        return separatorSeen && links >= 2;
    }

    /** Every item of the row is a page tool (print, send to a friend, font size…), and there are at least two. */
    static boolean isToolRow(List<Node> row) {
        StringBuilder text = new StringBuilder();
        for (Piece p : pieces(row)) {
            text.append(p.text()).append(p.link() ? " | " : " ");
            if (text.length() > MAX_TOOL_ROW_CHARS) {
                return false;
            }
        }
        String folded = ArabicDates.fold(text.toString()).strip();
        String[] items = folded.split("\\s*[|·•،,]\\s*|\\s+[-–—/]\\s+");
        int tools = 0;
        for (String item : items) {
            String it = item.strip();
            if (it.isEmpty()) {
                continue;
            }
            if (!TOOL.matcher(it).matches()) {
                return false;
            }
            tools++;
        }
        return tools >= 2;
    }

    /** The comments heading, the box it stands in, and everything after that box in its container. */
    static void removeCommentSections(Element body) {
        for (Element el : body.getAllElements()) {
            if (el.parent() == null || el == body || !mayBeCommentsHeading(el)) {
                continue; // cheap tests first: most elements have no text of their own, or much
            }
            String text = el.text().strip();
            if (text.length() > MAX_COMMENTS_HEADING_CHARS
                    || !COMMENTS_HEADING.matcher(ArabicDates.fold(text)).matches()
                    || el.closest("a") != null) {
                continue;
            }
            Element box = el;
            while (box.parent() != null
                    && box.parent() != body
                    && box.parent().text().strip().equals(text)) {
                box = box.parent();
            }
            removeFrom(box);
        }
    }

    /**
     * True when the element's own text nodes hold at most {@link #MAX_COMMENTS_HEADING_CHARS} and name
     * comments («تعليق», «آراء», "comment"): a cheap test before the element's whole text is read.
     */
    private static boolean mayBeCommentsHeading(Element el) {
        int length = 0;
        boolean named = false;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                length += NodeText.trimmedLength(text);
                if (length > MAX_COMMENTS_HEADING_CHARS) {
                    return false;
                }
                named |= text.contains("تعليق")
                        || text.contains("راء")
                        || text.contains("omment")
                        || text.contains("OMMENT");
            }
        }
        return named;
    }

    /** Removes {@code box} and its following siblings, stopping at one that holds article markup. */
    private static void removeFrom(Node box) {
        List<Node> doomed = new ArrayList<>();
        for (Node n = box; n != null; n = n.nextSibling()) {
            if (n instanceof Element e && !e.select(PageCleaner.ARTICLE_MARKUP).isEmpty()) {
                break;
            }
            doomed.add(n);
        }
        doomed.forEach(Node::remove);
    }
}
