package org.sahifa.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;

/**
 * The article as a standalone HTML5 page: {@code <html lang dir>}, {@code <meta charset>}, a header, and
 * the blocks as h2, p, blockquote, li (consecutive items in one ul) and figcaption, each with its own
 * {@code dir}. Built with jsoup, which escapes text and attributes.
 */
final class HtmlArticle {
    /** A readable column in any browser, with the faces Sahifa reads in when they are installed. */
    static final String STYLE =
            "body{max-width:42em;margin:2em auto;padding:0 1em;font-family:Amiri,'Noto Naskh Arabic',serif;"
                    + "font-size:1.2em;line-height:1.7}.meta{color:#666}blockquote{margin-inline-start:0;padding-inline-start:1em;"
                    + "border-inline-start:3px solid #ccc}figcaption{color:#666;font-size:.9em}";

    private HtmlArticle() {}

    static String render(Article article) {
        Document doc = Document.createShell("");
        doc.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true);
        doc.prependChild(new DocumentType("html", "", ""));
        Element html = doc.selectFirst("html");
        if (article.lang() != null && !article.lang().isBlank()) {
            html.attr("lang", article.lang());
        }
        html.attr("dir", dir(article.dir()));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        if (ArticleWriter.hasTitle(article)) {
            head.appendElement("title").text(article.title());
        }
        head.appendElement("style").appendChild(new DataNode(STYLE));
        Element body = doc.body();
        header(article, body.appendElement("header"));
        Element list = null;
        for (Block block : article.blocks()) {
            if (block.type() != BlockType.LISTITEM) {
                list = null;
            } else if (list == null) {
                list = body.appendElement("ul").attr("dir", dir(block.dir()));
            }
            Element element = switch (block.type()) {
                case HEADING -> body.appendElement("h2");
                case PARAGRAPH -> body.appendElement("p");
                case BLOCKQUOTE -> body.appendElement("blockquote");
                case LISTITEM -> list.appendElement("li");
                case CAPTION -> body.appendElement("figure").appendElement("figcaption");
            };
            element.attr("dir", dir(block.dir())).text(block.text());
        }
        return doc.outerHtml() + "\n";
    }

    private static void header(Article article, Element header) {
        if (ArticleWriter.hasTitle(article)) {
            header.appendElement("h1")
                    .attr("dir", dir(ScriptDirection.of(article.title(), article.dir())))
                    .text(article.title());
        }
        List<String> meta = ArticleWriter.metaParts(article);
        if (!meta.isEmpty()) {
            String line = String.join(ArticleWriter.META_SEPARATOR, meta);
            header.appendElement("p")
                    .addClass("meta")
                    .attr("dir", dir(ScriptDirection.of(line, article.dir())))
                    .text(line);
        }
        String source = ArticleWriter.sourceAddress(article);
        if (source != null) {
            header.appendElement("p")
                    .addClass("meta")
                    .attr("dir", "ltr")
                    .appendElement("a")
                    .attr("href", source)
                    .text(source);
        }
    }

    private static String dir(TextDirection direction) {
        return direction == TextDirection.RTL ? "rtl" : "ltr";
    }
}
