package org.sahifa.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sahifa.model.LeadImage;

/**
 * The schema.org article described in a page's JSON-LD ({@code <script type="application/ld+json">}):
 * its headline, name, authors, publication date, publisher and image. Scripts that do not parse are skipped.
 *
 * @param image the article's {@code image} as written (its address not yet resolved against the page), or null
 */
record JsonLdArticle(
        String headline, String name, String author, String datePublished, String publisher, LeadImage image) {
    /** schema.org types that are articles. */
    static final Set<String> ARTICLE_TYPES = Set.of(
            "Article",
            "AdvertiserContentArticle",
            "NewsArticle",
            "AnalysisNewsArticle",
            "AskPublicNewsArticle",
            "BackgroundNewsArticle",
            "OpinionNewsArticle",
            "ReportageNewsArticle",
            "ReviewNewsArticle",
            "Report",
            "SatiricalArticle",
            "ScholarlyArticle",
            "MedicalScholarlyArticle",
            "SocialMediaPosting",
            "BlogPosting",
            "LiveBlogPosting",
            "DiscussionForumPosting",
            "TechArticle",
            "APIReference",
            "WebPage");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * The first article object in the page (an Article type beats a WebPage), or null. Only the JSON-LD
     * scripts among {@code elements} are read.
     */
    static JsonLdArticle find(List<Element> elements) {
        JsonNode fallback = null;
        for (Element script : elements) {
            if (!script.normalName().equals("script")
                    || !script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String json =
                    script.data().trim().replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("]]>$", "");
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the page's other metadata still counts
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects);
            for (JsonNode obj : objects) {
                if (hasType(obj, true)) {
                    return of(obj, objects);
                }
                if (fallback == null && hasType(obj, false)) {
                    fallback = obj;
                }
            }
        }
        return fallback == null ? null : of(fallback, List.of());
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static boolean hasType(JsonNode obj, boolean articleOnly) {
        JsonNode type = obj.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            if (articleOnly ? ARTICLE_TYPES.contains(t) && !t.equals("WebPage") : t.equals("WebPage")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's fields. A name that is just the publisher's name is not a title; a headline
     * missing from the article object is taken from the page object it sits with.
     */
    private static JsonLdArticle of(JsonNode obj, List<JsonNode> sameScript) {
        String publisher = names(obj.get("publisher"));
        String name = string(obj.get("name"));
        if (name != null && name.equals(publisher)) {
            name = null;
        }
        String headline = string(obj.get("headline"));
        for (int i = 0; headline == null && i < sameScript.size(); i++) {
            headline = string(sameScript.get(i).get("headline"));
        }
        return new JsonLdArticle(
                headline,
                name,
                names(obj.get("author")),
                string(obj.get("datePublished")),
                publisher,
                image(obj.get("image")));
    }

    /**
     * The first image of an {@code image} property: an address, an ImageObject ({@code url} or {@code contentUrl},
     * {@code caption}, {@code width}, {@code height}), or an array of either.
     */
    private static LeadImage image(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                LeadImage image = image(item);
                if (image != null) {
                    return image;
                }
            }
            return null;
        }
        if (node.isObject()) {
            String url = string(node.get("url"));
            if (url == null) {
                url = string(node.get("contentUrl"));
            }
            return url == null
                    ? null
                    : new LeadImage(
                            url,
                            string(node.get("caption")),
                            null,
                            pixels(node.get("width")),
                            pixels(node.get("height")));
        }
        String url = string(node);
        return url == null ? null : new LeadImage(url, null, null, 0, 0);
    }

    /** A size given as a number, a text such as {@code "1200"} or a QuantitativeValue; 0 when there is none. */
    private static int pixels(JsonNode node) {
        if (node != null && node.isObject()) {
            node = node.get("value");
        }
        return node == null ? 0 : LeadImageFinder.pixels(node.asText());
    }

    /** Names of a person or organisation given as text, an object with a name, or an array of them; comma-joined. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> addName(n, names));
        } else {
            addName(node, names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode node, List<String> names) {
        String name = node.isObject() ? string(node.get("name")) : string(node);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String string(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String s = Parser.unescapeEntities(node.asText(), true).strip();
        return s.isEmpty() ? null : s;
    }
}
