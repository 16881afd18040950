package org.sahifa.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sahifa.model.LeadImage;
import org.sahifa.text.TextCleaner;

/**
 * Finds the picture an article opens with. Nothing is fetched: this only reads the page.
 *
 * <p>In order: the JSON-LD article's {@code image}, then {@code og:image} / {@code twitter:image}, else in the
 * article's content the first {@code <img>} (or {@code <picture>} source) before the first paragraph, else the one
 * in its first {@code <figure>}. Addresses are resolved against the page's base URI (a {@code file:} URI for a
 * local file). Icons, sprites, logos, tracking pixels, placeholders of lazy loading and pictures JavaFX cannot
 * draw (SVG, ICO) are passed over; so are {@code file:} addresses in a page that is not itself a local file.
 */
final class LeadImageFinder {
    /** A picture declaring a width or height below this (pixels) is an icon, a button or a tracking pixel. */
    static final int MIN_DECLARED_SIDE = 100;
    /** A {@code data:} URI shorter than this is a lazy-loading placeholder (a 1×1 GIF is about 70 characters). */
    static final int MIN_DATA_URI_CHARS = 1_000;
    /** A {@code data:} URI longer than this is not taken (the page would carry the picture itself, inline). */
    static final int MAX_DATA_URI_CHARS = 256 * 1024;
    /** From a {@code srcset}, the widest candidate up to this width is taken (wider ones cost bytes for nothing). */
    static final int PREFERRED_SRCSET_WIDTH = 1600;

    /** Meta tags naming the page's picture, most specific first. */
    private static final List<String> IMAGE_METAS =
            List.of("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src");

    private static final List<String> IMAGE_ALT_METAS = List.of("og:image:alt", "twitter:image:alt");
    /** Where lazy-loading scripts keep the real address while {@code src} holds a placeholder. */
    private static final List<String> LAZY_SOURCES =
            List.of("data-src", "data-lazy-src", "data-original", "data-url", "data-full-src");

    private static final List<String> SRCSETS = List.of("srcset", "data-srcset", "data-lazy-srcset");
    /** Words in an address, class or id that mark a picture as page furniture rather than the article's. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "sprite",
            "sprites",
            "icon",
            "icons",
            "favicon",
            "logo",
            "logos",
            "avatar",
            "avatars",
            "pixel",
            "spacer",
            "blank",
            "tracking",
            "tracker",
            "badge",
            "emoji",
            "placeholder",
            "1x1",
            "transparent",
            "gravatar",
            "ads",
            "advert");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    /** File types JavaFX cannot draw, so never worth fetching. */
    private static final Pattern UNDRAWABLE = Pattern.compile("(?i)\\.(?:svgz?|ico)$");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,6})");
    /** {@code <source type>} values JavaFX cannot draw. */
    private static final Set<String> UNDRAWABLE_TYPES =
            Set.of("image/webp", "image/avif", "image/svg+xml", "image/jxl");

    private LeadImageFinder() {}

    /** The picture the page's JSON-LD or meta tags name, resolved against {@code baseUri}, or null. */
    static LeadImage fromMetadata(JsonLdArticle ld, Map<String, String> metas, String baseUri) {
        if (ld != null && ld.image() != null) {
            LeadImage image = resolved(ld.image(), baseUri);
            if (image != null) {
                return image;
            }
        }
        for (String key : IMAGE_METAS) {
            String url = metas.get(key);
            if (url == null || url.isBlank()) {
                continue;
            }
            String alt = null;
            for (String altKey : IMAGE_ALT_METAS) {
                alt = alt != null ? alt : clean(metas.get(altKey));
            }
            LeadImage image = resolved(
                    new LeadImage(
                            url.strip(),
                            null,
                            alt,
                            pixels(metas.getOrDefault("og:image:width", "")),
                            pixels(metas.getOrDefault("og:image:height", ""))),
                    baseUri);
            if (image != null) {
                return image;
            }
        }
        return null;
    }

    /**
     * In the article's content: the first usable picture before the first paragraph, else the first usable one
     * in its first {@code <figure>}; null when there is none.
     */
    static LeadImage inContent(Element content, String baseUri) {
        Element firstFigure = content.selectFirst("figure");
        for (Element el : content.getAllElements()) {
            String tag = el.normalName();
            if (tag.equals("p") && !el.text().isBlank() && el.closest("figure") == null) {
                Element opening = openingImage(el);
                LeadImage image = opening == null ? null : fromImg(opening, baseUri);
                return image != null ? image : inFigure(firstFigure, baseUri); // the article's text has started
            }
            if (tag.equals("img")) {
                LeadImage image = fromImg(el, baseUri);
                if (image != null) {
                    return image;
                }
            }
        }
        return inFigure(firstFigure, baseUri);
    }

    private static LeadImage inFigure(Element figure, String baseUri) {
        if (figure != null) {
            for (Element img : figure.select("img")) {
                LeadImage image = fromImg(img, baseUri);
                if (image != null) {
                    return image;
                }
            }
        }
        return null;
    }

    /** The {@code <img>} a paragraph opens with, before any of its text ({@code <p><img …>Text</p>}), or null. */
    private static Element openingImage(Element paragraph) {
        for (org.jsoup.nodes.Node node : paragraph.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode text) {
                if (!text.isBlank()) {
                    return null;
                }
            } else if (node instanceof Element child) {
                if (child.normalName().equals("img")) {
                    return child;
                }
                Element inner = child.selectFirst("img");
                if (inner != null || !child.text().isBlank()) {
                    return inner != null && child.text().isBlank() ? inner : null;
                }
            }
        }
        return null;
    }

    /**
     * The page's named picture, with the caption and alternative text of the same picture in the content when
     * the page names none; else the content's picture.
     */
    static LeadImage choose(LeadImage named, LeadImage inContent) {
        if (named == null) {
            return inContent;
        }
        if (inContent == null || !fileName(named.url()).equals(fileName(inContent.url()))) {
            return named;
        }
        return new LeadImage(
                named.url(),
                named.caption() != null ? named.caption() : inContent.caption(),
                named.alt() != null ? named.alt() : inContent.alt(),
                named.width() > 0 ? named.width() : inContent.width(),
                named.height() > 0 ? named.height() : inContent.height());
    }

    /** The picture of an {@code <img>} (its {@code <picture>} sources when it has no usable address), or null. */
    static LeadImage fromImg(Element img, String baseUri) {
        int width = pixels(img.attr("width"));
        int height = pixels(img.attr("height"));
        if (isTiny(width, height) || isFurniture(img.className() + " " + img.id())) {
            return null;
        }
        Element figure = img.closest("figure");
        String caption = null;
        if (figure != null) {
            Element figcaption = figure.selectFirst("figcaption");
            caption = figcaption == null ? null : clean(figcaption.text());
        }
        String alt = clean(img.attr("alt"));
        for (String candidate : addressesOf(img)) {
            LeadImage image = resolved(new LeadImage(candidate, caption, alt, width, height), baseUri);
            if (image != null) {
                return image;
            }
        }
        return null;
    }

    /** The addresses an {@code <img>} offers, most likely the real picture first. */
    private static List<String> addressesOf(Element img) {
        List<String> out = new java.util.ArrayList<>();
        String src = img.attr("src").strip();
        for (String lazy : LAZY_SOURCES) {
            String value = img.attr(lazy).strip();
            if (!value.isEmpty()) {
                out.add(value); // a lazy-loading page's src is a placeholder
            }
        }
        if (!src.isEmpty()) {
            out.add(src);
        }
        for (String attr : SRCSETS) {
            String pick = fromSrcset(img.attr(attr));
            if (pick != null) {
                out.add(pick);
            }
        }
        Element picture = img.parent();
        if (picture != null && picture.normalName().equals("picture")) {
            for (Element source : picture.select("source[srcset]")) {
                if (!UNDRAWABLE_TYPES.contains(source.attr("type").strip().toLowerCase(Locale.ROOT))) {
                    String pick = fromSrcset(source.attr("srcset"));
                    if (pick != null) {
                        out.add(pick);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The candidate of a {@code srcset} ("a.jpg 480w, b.jpg 1200w" or "a.jpg 1x, b.jpg 2x"): the widest up to
     * {@link #PREFERRED_SRCSET_WIDTH}, else the narrowest; null for an empty set.
     */
    static String fromSrcset(String srcset) {
        String best = null;
        double bestSize = -1;
        String narrowest = null;
        double narrowestSize = Double.MAX_VALUE;
        for (String part : srcset.split(",\\s+|,$")) {
            String[] fields = part.strip().split("\\s+");
            if (fields.length == 0 || fields[0].isEmpty()) {
                continue;
            }
            double size = descriptorWidth(fields.length > 1 ? fields[1] : "1x");
            if (size <= PREFERRED_SRCSET_WIDTH && size > bestSize) {
                best = fields[0];
                bestSize = size;
            }
            if (size < narrowestSize) {
                narrowest = fields[0];
                narrowestSize = size;
            }
        }
        return best != null ? best : narrowest;
    }

    /** A srcset descriptor as a width: "1200w" is 1200; "2x" counts as 2 (density only ranks among densities). */
    private static double descriptorWidth(String descriptor) {
        String d = descriptor.toLowerCase(Locale.ROOT);
        try {
            if (d.endsWith("w") || d.endsWith("x")) {
                return Double.parseDouble(d.substring(0, d.length() - 1));
            }
        } catch (NumberFormatException e) {
            // an odd descriptor ranks lowest
        }
        return 0;
    }

    /**
     * The image with its address made absolute, or null when it is not worth fetching: a scheme other than
     * http(s), data (within its caps) or file (only when the page itself is a file), furniture, or undrawable.
     */
    static LeadImage resolved(LeadImage image, String baseUri) {
        String url = absolute(image.url(), baseUri);
        if (url == null || isTiny(image.width(), image.height())) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            boolean drawable = lower.startsWith("data:image/png")
                    || lower.startsWith("data:image/jpeg")
                    || lower.startsWith("data:image/jpg")
                    || lower.startsWith("data:image/gif");
            return drawable && url.length() >= MIN_DATA_URI_CHARS && url.length() <= MAX_DATA_URI_CHARS ? image : null;
        }
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        boolean localFile = lower.startsWith("file:")
                && baseUri != null
                && baseUri.toLowerCase(Locale.ROOT).startsWith("file:");
        if (!web && !localFile) {
            return null;
        }
        String path = pathOf(url);
        if (UNDRAWABLE.matcher(path).find() || isFurniture(path)) {
            return null;
        }
        return new LeadImage(url, image.caption(), image.alt(), image.width(), image.height());
    }

    private static String absolute(String url, String baseUri) {
        String u = url.strip();
        if (u.isEmpty()) {
            return null;
        }
        if (u.regionMatches(true, 0, "data:", 0, 5)) {
            return u;
        }
        try {
            URL base = baseUri == null || baseUri.isBlank() ? null : new URL(baseUri);
            return (base == null ? new URL(u) : new URL(base, u)).toExternalForm();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null; // a relative address without a base, an unknown scheme, a broken port
        }
    }

    private static String pathOf(String url) {
        try {
            return new URL(url).getPath();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return url;
        }
    }

    private static String fileName(String url) {
        String path = url.toLowerCase(Locale.ROOT).startsWith("data:") ? url : pathOf(url);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean isTiny(int width, int height) {
        return width > 0 && width < MIN_DECLARED_SIDE || height > 0 && height < MIN_DECLARED_SIDE;
    }

    /** True when a word of the text (an address, a class list) names page furniture: "site-logo.png", "icon". */
    static boolean isFurniture(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (FURNITURE_WORDS.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    /** A size attribute in pixels ("640", "640px"); 0 when it is missing or relative ("100%"). */
    static int pixels(String value) {
        if (value == null || value.contains("%")) {
            return 0;
        }
        Matcher m = LEADING_NUMBER.matcher(value);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String c = TextCleaner.clean(text).strip();
        return c.isEmpty() ? null : c;
    }
}
