package org.sahifa.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article's metadata from the page head and markup, most specific source first:
 * JSON-LD, then Open Graph / Dublin Core / named meta tags, then the markup ({@code <title>},
 * {@code <h1>}, byline elements, {@code <time>}).
 */
final class MetadataReader {
    /** Separators between a title and the site name in {@code <title>}: "Title | Site", "Title - Site". */
    static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»·:] ");
    /** A title cut down to fewer words than this was probably cut wrongly; try the other side or keep it whole. */
    static final int MIN_TITLE_WORDS = 3;
    /** A cleaned title of at most this many words is kept only when it came from a plain "Title | Site" split. */
    static final int SHORT_TITLE_WORDS = 4;
    /** Elements that show a page's headline: headings, the bold and big-font text of old pages, elements named title or headline. */
    static final String HEADLINE_MARKUP =
            "h1, h2, h3, b, strong, font, [class~=(?i)title|headline], [id~=(?i)title|headline], [itemprop=headline]";
    /**
     * A byline written as text, as old pages do: «كتب: سامر الحلبي - السبت 12 آذار 2005»,
     * «بقلم ليلى منصور», "By Jane Doe | May 3". Group 1 (Arabic) or 2 (Latin, capitalised words) is the name.
     */
    static final Pattern TEXT_BYLINE =
            Pattern.compile("^(?:(?:كتب|كتبت|بقلم|إعداد)\\s*[:：]?\\s*(\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,4})"
                    + "|(?:[Bb]y|[Pp]ar|[Vv]on)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))"
                    + "(?:\\s+[-–—|•]\\s+.*)?$");
    /** How many leading blocks of the article may hold a text byline. */
    static final int TEXT_BYLINE_WINDOW = 4;
    /** Inside byline markup, the element that holds the name itself. */
    static final String BYLINE_NAME_MARKUP =
            "[itemprop~=name], [rel=author], a[href*=/author/], [class~=(?i)author-?name|^author$|^fn$]";
    /** Byline markup longer than this is a bio or a paragraph, not a byline. */
    static final int MAX_BYLINE_CHARS = 100;

    private static final List<String> TITLE_METAS =
            List.of("dc:title", "dcterm:title", "og:title", "title", "twitter:title", "parsely-title");
    private static final List<String> BYLINE_METAS =
            List.of("dc:creator", "dcterm:creator", "author", "parsely-author", "article:author");
    private static final List<String> DATE_METAS = List.of(
            "article:published_time",
            "parsely-pub-date",
            "og:published_time",
            "datepublished",
            "dc.date.issued",
            "dc.date",
            "dcterms.date",
            "date",
            "pubdate");
    private static final List<String> SITE_METAS = List.of("og:site_name", "application-name");

    private MetadataReader() {}

    static PageMetadata read(Document doc) {
        List<Element> metaAndScripts = doc.select("meta, script"); // one walk for both
        JsonLdArticle ld = JsonLdArticle.find(metaAndScripts);
        Map<String, String> metas = metaValues(metaAndScripts);
        String byline = byline(doc, ld, metas);
        boolean fromText = false;
        if (byline == null) {
            byline = textByline(doc.body());
            fromText = byline != null;
        }
        String title = title(doc, ld, metas);
        String site = site(ld, metas);
        if (site == null) {
            site = SiteNameFallback.find(doc, title);
        }
        return new PageMetadata(
                title,
                byline,
                published(doc, ld, metas),
                site,
                lang(doc, metas),
                fromText,
                LeadImageFinder.fromMetadata(ld, metas, doc.baseUri()));
    }

    /**
     * Meta tag contents by lower-cased {@code property}/{@code name}/{@code itemprop} (space-separated lists count
     * once each); the first wins. Only the {@code meta} elements of {@code elements} are read.
     */
    static Map<String, String> metaValues(List<Element> elements) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : elements) {
            if (!meta.normalName().equals("meta")) {
                continue;
            }
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String key : meta.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(key.replace("dcterms:", "dcterm:"), content);
                    }
                }
            }
        }
        return values;
    }

    static String title(Document doc, JsonLdArticle ld, Map<String, String> metas) {
        String documentTitle = doc.title().strip();
        if (ld != null) {
            String fromLd = closerTo(documentTitle, ld.headline(), ld.name());
            if (fromLd != null) {
                return fromLd;
            }
        }
        String fromMeta = first(metas, TITLE_METAS);
        if (fromMeta != null) {
            return fromMeta;
        }
        if (!documentTitle.isEmpty()) {
            return cleanDocumentTitle(documentTitle, doc);
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    /** Of the JSON-LD headline and name, the one sharing more words with the page title (they differ on some sites). */
    private static String closerTo(String documentTitle, String headline, String name) {
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        return TitleSimilarity.of(documentTitle, name) > TitleSimilarity.of(documentTitle, headline) ? name : headline;
    }

    /**
     * {@code <title>} without the site name: "Article | Site" gives "Article"; "Site | Article"
     * (what is left is too short) gives "Article"; "Site: Article" gives "Article" when a heading
     * of the page says so; a title cut down to a few words is kept whole.
     */
    static String cleanDocumentTitle(String original, Document doc) {
        String title = original.replaceAll("\\s+", " ");
        String shown = segmentsShownOnPage(title, doc);
        if (shown != null) {
            return shown;
        }
        String cleaned = title;
        var separators = TITLE_SEPARATOR.matcher(title);
        int firstEnd = -1;
        int last = -1;
        int count = 0;
        boolean colonOnly = true;
        while (separators.find()) {
            if (firstEnd < 0) {
                firstEnd = separators.end();
            }
            last = separators.start();
            count++;
            colonOnly &= separators.group().equals(" : ");
        }
        boolean hierarchical = count > 0 && !colonOnly;
        if (hierarchical) {
            cleaned = title.substring(0, last);
            if (words(cleaned) < MIN_TITLE_WORDS) {
                cleaned = title.substring(firstEnd);
                if (words(cleaned) <= SHORT_TITLE_WORDS) {
                    return title.strip(); // "Mozilla - Wikipedia": which side is the site is unclear
                }
            }
        } else if (title.contains(": ")) {
            String afterColon = title.substring(title.lastIndexOf(": ") + 2);
            boolean headingSaysSo = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().strip().equals(afterColon.strip())) {
                    headingSaysSo = true;
                }
            }
            if (headingSaysSo) {
                cleaned = afterColon;
            }
        } else if (title.length() > 150 || title.length() < 15) {
            var h1s = doc.select("h1");
            if (h1s.size() == 1 && !h1s.get(0).text().isBlank()) {
                cleaned = h1s.get(0).text();
            }
        }
        cleaned = cleaned.strip();
        int cleanedWords = words(cleaned);
        boolean plainSplit = hierarchical
                && cleanedWords == words(TITLE_SEPARATOR.matcher(title).replaceAll(" ")) - 1;
        if (cleaned.isEmpty() || cleanedWords <= SHORT_TITLE_WORDS && !plainSplit) {
            return title.strip();
        }
        return cleaned;
    }

    /**
     * The part of a "Site - Section - Article" title that the page also shows as a text of its own
     * (its headline): which side the site name is on then does not matter.
     */
    static String segmentsShownOnPage(String title, Document doc) {
        String[] segments = TITLE_SEPARATOR.split(title);
        if (segments.length < 2 || doc.body() == null) {
            return null;
        }
        java.util.Set<String> candidates = new java.util.HashSet<>();
        for (String segment : segments) {
            if (words(segment) >= MIN_TITLE_WORDS) {
                candidates.add(segment.strip());
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        for (Element el : doc.body().select(HEADLINE_MARKUP)) {
            String text = el.ownText().strip();
            if (!text.isEmpty() && candidates.contains(text.replaceAll("\\s+", " "))) {
                return text.replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    static String byline(Document doc, JsonLdArticle ld, Map<String, String> metas) {
        if (ld != null && ld.author() != null) {
            return ld.author();
        }
        for (String key : BYLINE_METAS) {
            String v = metas.get(key);
            if (v != null && !looksLikeUrl(v)) {
                return v;
            }
        }
        Element markup = bylineElement(doc.body());
        return markup == null ? null : bylineText(markup);
    }

    /** The first short text of the page that reads as a byline ({@link #TEXT_BYLINE}), or null. */
    static String textByline(Element body) {
        if (body == null) {
            return null;
        }
        for (Element el : body.getAllElements()) {
            String own = el.ownText().strip();
            if (own.isEmpty() || own.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            String text = el.text().strip();
            if (text.length() <= MAX_BYLINE_CHARS) {
                var m = TEXT_BYLINE.matcher(text);
                if (m.matches()) {
                    return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                }
            }
        }
        return null;
    }

    /**
     * The name in byline markup: the most specific author element inside it (an
     * {@code itemprop=name}, a {@code rel=author} link, an author-named element), else its text
     * without dates and without trailing separators.
     */
    static String bylineText(Element byline) {
        Element name = byline.selectFirst(BYLINE_NAME_MARKUP);
        if (name != null && name != byline && !name.text().isBlank()) {
            return trimSeparators(name.text());
        }
        Element copy = byline.clone();
        copy.select("time, [class~=(?i)date|time], [itemprop~=date]").remove();
        String text = trimSeparators(copy.text());
        return text.isEmpty() ? trimSeparators(byline.text()) : text;
    }

    /** Without the separators and spaces around it: a scan from both ends (the pattern it replaces was quadratic). */
    static String trimSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSeparator(s.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || "|•·,،:—–-".indexOf(c) >= 0;
    }

    /** The first visible element marked as the byline: {@code rel=author}, {@code itemprop=author}, or a byline/author class or id. */
    static Element bylineElement(Element root) {
        if (root == null) {
            return null;
        }
        for (Element el : root.getAllElements()) {
            String rel = el.attr("rel").toLowerCase(Locale.ROOT);
            String itemprop = el.attr("itemprop").toLowerCase(Locale.ROOT);
            boolean marked = rel.equals("author")
                    || itemprop.contains("author")
                    || ContentHints.BYLINE.in(ContentHints.names(el));
            if (!marked || PageCleaner.isHidden(el)) {
                continue;
            }
            String text = el.text().strip();
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
                return el;
            }
        }
        return null;
    }

    /** The publication date, as ISO-8601 ({@link PublishedDate}), or null. */
    static String published(Document doc, JsonLdArticle ld, Map<String, String> metas) {
        String written = publishedAsWritten(doc, ld, metas);
        String published = PublishedDate.normalise(written);
        if (published == null && written != null) {
            LocalDate date = ArabicDates.find(written);
            published = date == null ? null : date.toString();
        }
        // old pages print the date under the headline, with the month's name: «الخميس 14 نوفمبر 2024»
        return published != null ? published : ArabicDates.findInPage(doc.body());
    }

    private static String publishedAsWritten(Document doc, JsonLdArticle ld, Map<String, String> metas) {
        if (ld != null && ld.datePublished() != null) {
            return ld.datePublished();
        }
        String fromMeta = first(metas, DATE_METAS);
        if (fromMeta != null) {
            return fromMeta;
        }
        Element time = doc.selectFirst(
                "[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime], time[datetime]");
        return time == null || time.attr("datetime").isBlank()
                ? null
                : time.attr("datetime").strip();
    }

    static String site(JsonLdArticle ld, Map<String, String> metas) {
        String fromMeta = first(metas, SITE_METAS);
        if (fromMeta != null) {
            return fromMeta;
        }
        return ld == null ? null : ld.publisher();
    }

    /** The declared language: {@code <html lang>}, else a Content-Language or language meta. */
    static String lang(Document doc, Map<String, String> metas) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").strip();
        }
        if (lang.isEmpty()) {
            lang = metas.getOrDefault("content-language", metas.getOrDefault("language", ""))
                    .strip();
        }
        return lang.isEmpty() ? null : lang;
    }

    private static String first(Map<String, String> metas, List<String> keys) {
        for (String key : keys) {
            String v = metas.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
