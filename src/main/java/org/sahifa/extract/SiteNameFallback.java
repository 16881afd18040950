package org.sahifa.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's name for pages that do not declare one ({@code og:site_name}, JSON-LD publisher), as
 * older news pages do not: the part of {@code <title>} beside the article's title («… - صحيفة
 * الأفق»), else the alt text of the logo, else the name in the copyright line («جميع الحقوق محفوظة
 * © 2024 مؤسسة الرأي للصحافة والنشر»).
 */
final class SiteNameFallback {
    /** A site name has at most this many words; longer text is a slogan or a sentence. */
    static final int MAX_SITE_WORDS = 6;

    static final int MAX_SITE_CHARS = 60;
    /** Copyright lines longer than this are paragraphs that mention copyright. */
    static final int MAX_COPYRIGHT_LINE_CHARS = 150;

    private static final Pattern COPYRIGHT_MARK =
            Pattern.compile("©|&copy;|\\(c\\)|copyright|حقوق|الحقوق", Pattern.CASE_INSENSITIVE);
    /** The words of a copyright line around the owner's name. */
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile(
            "(?i)(?:جميع|كل|كافة)\\s+الحقوق\\s+محفوظة|حقوق\\s+(?:النشر|الطبع)(?:\\s+والنشر)?(?:\\s+محفوظة)?|الحقوق\\s+محفوظة|محفوظة"
                    + "|all\\s+rights\\s+reserved|copyright|©|\\(c\\)|(?<!\\d)(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?(?!\\d)");
    /** What is left around the name once the copyright words are gone: separators, «لـ», «ل». */
    private static final Pattern EDGES =
            Pattern.compile("^[\\s.,،:;|\\-–—_]*(?:لـ|ل(?=\\s))?[\\s.,،:;|\\-–—_]*|[\\s.,،:;|\\-–—_]+$");

    /** Words that make a short line a copyright notice («جميع الحقوق محفوظة», "All rights reserved"). */
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(
            "(?i)(?:جميع|كل|كافة)\\s+الحقوق\\s+محفوظة|حقوق\\s+(?:النشر|الطبع)(?:\\s+والنشر)?\\s+محفوظة|all\\s+rights\\s+reserved");

    private SiteNameFallback() {}

    /** A short line that is the page's copyright notice, not article text. */
    static boolean isCopyrightLine(String text) {
        return text.length() <= MAX_COPYRIGHT_LINE_CHARS
                && (text.contains("محفوظة") || text.contains("eserved") || text.contains("ESERVED"))
                && RIGHTS_RESERVED.matcher(text).find();
    }

    /** The site's name, or null. {@code title} is the article's title as read from the page (it may be null). */
    static String find(Document doc, String title) {
        String name = fromTitle(doc.title(), title);
        if (name == null) {
            name = fromLogo(doc.body());
        }
        if (name == null) {
            name = fromCopyright(doc.body());
        }
        return name;
    }

    /** «Article - Site» or «Site - Section - Article»: the end of {@code <title>} away from the article's title. */
    static String fromTitle(String documentTitle, String title) {
        String[] segments = MetadataReader.TITLE_SEPARATOR.split(
                documentTitle.replaceAll("\\s+", " ").strip());
        if (segments.length < 2 || title == null) {
            return null;
        }
        String first = segments[0].strip();
        String last = segments[segments.length - 1].strip();
        String clean = title.replaceAll("\\s+", " ").strip();
        if (first.equals(clean) || clean.startsWith(first) && !clean.startsWith(last)) {
            return siteSized(last);
        }
        if (last.equals(clean) || clean.endsWith(last)) {
            return siteSized(first);
        }
        return null;
    }

    /** The alt text of the first image whose address, class or id says logo. */
    static String fromLogo(Element body) {
        if (body == null) {
            return null;
        }
        for (Element img : body.select("img[alt]")) {
            String marks = (img.attr("src") + " " + img.className() + " " + img.id()
                            + (img.parent() == null
                                    ? ""
                                    : " " + img.parent().className() + " "
                                            + img.parent().id()))
                    .toLowerCase(Locale.ROOT);
            if (marks.contains("logo")) {
                String name = siteSized(img.attr("alt"));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The owner named in the last short line of the page that reads as a copyright notice. */
    static String fromCopyright(Element body) {
        if (body == null) {
            return null;
        }
        String found = null;
        for (Element el : body.getAllElements()) {
            String own = el.ownText();
            if (own.isBlank() || !COPYRIGHT_MARK.matcher(own).find()) {
                continue;
            }
            String text = el.text().strip();
            if (text.length() <= MAX_COPYRIGHT_LINE_CHARS) {
                String name = siteSized(EDGES.matcher(COPYRIGHT_WORDS
                                .matcher(text)
                                .replaceAll(" ")
                                .replaceAll("\\s+", " ")
                                .strip())
                        .replaceAll(""));
                if (name != null) {
                    found = name;
                }
            }
        }
        return found;
    }

    private static String siteSized(String s) {
        String name = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return name.isEmpty()
                        || name.length() > MAX_SITE_CHARS
                        || MetadataReader.words(name) > MAX_SITE_WORDS
                        || !name.chars().anyMatch(Character::isLetter)
                ? null
                : name;
    }
}
