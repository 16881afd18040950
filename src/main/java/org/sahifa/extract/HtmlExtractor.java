package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;

/** Pulls the article out of an HTML page: the content blocks of the page without its navigation and boilerplate. */
public final class HtmlExtractor {
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";
    private static final String CONTENT = "h1, h2, h3, h4, h5, h6, p, blockquote, li, figcaption, pre";

    private HtmlExtractor() {
    }

    public static Article extract(Document doc, String source) {
        String title = titleOf(doc);
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        root = root.clone();
        root.select(NOISE).remove();
        List<Block> blocks = new ArrayList<>();
        for (Element el : root.select(CONTENT)) {
            if (!el.select(CONTENT).isEmpty() && el.select(CONTENT).size() > 1) {
                continue; // a container of other content blocks: its children are taken one by one
            }
            String text = el.text();
            if (title != null && el.tagName().equals("h1") && text.strip().equals(title)) {
                continue;
            }
            BlockFactory.add(blocks, typeOf(el), text);
        }
        String dir = doc.select("[dir]").isEmpty() ? null : doc.selectFirst("[dir]").attr("dir");
        TextDirection direction = "rtl".equalsIgnoreCase(dir) ? TextDirection.RTL
                : "ltr".equalsIgnoreCase(dir) ? TextDirection.LTR : BlockFactory.directionOf(blocks);
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang")
                : BlockFactory.languageOf(blocks);
        return new Article(source, title, meta(doc, "author"), meta(doc, "article:published_time"),
                meta(doc, "og:site_name"), lang, direction, blocks, !blocks.isEmpty());
    }

    private static BlockType typeOf(Element el) {
        return switch (el.tagName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockType.HEADING;
            case "blockquote" -> BlockType.BLOCKQUOTE;
            case "li" -> BlockType.LISTITEM;
            case "figcaption" -> BlockType.CAPTION;
            default -> BlockType.PARAGRAPH;
        };
    }

    private static String titleOf(Document doc) {
        String og = meta(doc, "og:title");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (el == null || el.attr("content").isBlank()) {
            return null;
        }
        return el.attr("content").strip();
    }

    static boolean isRtl(String text) {
        return ScriptDirection.of(text) == TextDirection.RTL;
    }
}
