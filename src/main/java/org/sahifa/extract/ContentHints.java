package org.sahifa.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class names, ids and roles of page elements say about them. Matching is on
 * {@code class + " " + id}, lower-cased; words are matched as parts of names ("post-share-bar").
 */
final class ContentHints {
    /** Names of page furniture that is almost never the article. */
    static final Hint UNLIKELY = new Hint(
            "-ad-|\\bads?\\b|adsense|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie"
                    + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|masthead|menu|most-?read|mostpopular"
                    + "|navbar|newsletter|outbrain|pager|pagination|popup|related|remark|replies|rss"
                    + "|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|taboola|ticker|yom-remote");
    /** Names that rescue an element from {@link #UNLIKELY}: the article may sit in "main-content-header". */
    static final Hint MAYBE = new Hint("and|article|body|column|content|main|shadow|story|entry|post-text");
    /** Names that raise an element's score. */
    static final Hint POSITIVE = new Hint(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|matn|nass|maqal");
    /** Names that lower an element's score. */
    static final Hint NEGATIVE = new Hint(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|newsletter|subscribe|ticker|most-?read|popular|trending|author-bio|byline-bio");
    /**
     * Boilerplate that is removed even inside the article when its text is short: share bars, tags,
     * newsletter boxes, the date line (the reader shows the date in the header).
     */
    static final Hint INLINE_BOILERPLATE = new Hint(
            "share|sharing|social|\\btags?\\b|tag-?list|post-tags|entry-tags|keywords|newsletter|subscribe|signup|popular|trending|promo"
                    + "|related|most-?read|read-?more|more-stories|recommended|ticker|breaking-news|cookie|consent|gdpr"
                    + "|\\bad\\b|\\bads\\b|advert|sponsor|comment-?form|respond|print-?link"
                    + "|tmstmp|timestamp|entry-?date|post-?date|publish(ed)?-?date|article-?date");
    /** Byline markup. */
    static final Hint BYLINE = new Hint("byline|author|dateline|writtenby|p-author");
    /** ARIA roles of furniture. */
    static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu",
            "menubar",
            "complementary",
            "navigation",
            "alert",
            "alertdialog",
            "dialog",
            "banner",
            "contentinfo");

    /** Block-level elements: they end the running paragraph. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "html",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    /** Elements that hold one paragraph of text. */
    static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "caption", "address", "th");

    static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private ContentHints() {}

    /**
     * A pattern searched in class-and-id strings, with its answers remembered: a page repeats a few
     * hundred distinct names over thousands of elements, and each extraction pass asks again.
     */
    static final class Hint {
        /** Distinct names remembered before the memory is emptied (names of many pages pass through). */
        private static final int MAX_REMEMBERED = 20_000;

        private final Pattern pattern;
        private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

        Hint(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        /** True when the pattern is found in {@code names}. */
        boolean in(String names) {
            Boolean found = answers.get(names);
            if (found == null) {
                found = pattern.matcher(names).find();
                if (answers.size() >= MAX_REMEMBERED) {
                    answers.clear();
                }
                answers.put(names, found);
            }
            return found;
        }
    }

    static String names(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return " "; // most elements: no allocation
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean isBlock(Element el) {
        return BLOCK_TAGS.contains(el.normalName());
    }

    /** +{@link #CLASS_WEIGHT} for a positive class or id, minus as much for a negative one. */
    static int classWeight(Element el) {
        int weight = 0;
        String cls = el.className().toLowerCase(Locale.ROOT);
        String id = el.id().toLowerCase(Locale.ROOT);
        for (String name : new String[] {cls, id}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.in(name)) {
                weight -= CLASS_WEIGHT;
            }
            if (POSITIVE.in(name)) {
                weight += CLASS_WEIGHT;
            }
        }
        return weight;
    }

    static final int CLASS_WEIGHT = 25;
}
