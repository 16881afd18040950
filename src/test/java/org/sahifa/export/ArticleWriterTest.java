package org.sahifa.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;

/** Saving the clean article: HTML structure, direction and escaping; Markdown escaping; plain text layout. */
class ArticleWriterTest {
    private static final String HOSTILE = "a <script>alert(\"x\")</script> & b";

    private static Article article() {
        return new Article(
                "https://example.com/news?id=1&x=2",
                "مهرجان <الفنون> & الثقافة",
                "سارة بن علي",
                "2024-03-05T10:00:00+01:00",
                "جريدة الصباح",
                "ar",
                TextDirection.RTL,
                List.of(
                        new Block(BlockType.PARAGRAPH, "افتتحت تونس مهرجانها الدولي.", TextDirection.RTL),
                        new Block(BlockType.HEADING, "البرنامج", TextDirection.RTL),
                        new Block(BlockType.LISTITEM, "عروض مسرحية", TextDirection.RTL),
                        new Block(BlockType.LISTITEM, "Concerts *live*", TextDirection.LTR),
                        new Block(BlockType.BLOCKQUOTE, "“The festival is open to all.”", TextDirection.LTR),
                        new Block(BlockType.CAPTION, "صورة من الافتتاح", TextDirection.RTL),
                        new Block(BlockType.PARAGRAPH, HOSTILE, TextDirection.LTR)),
                true);
    }

    @Test
    void thePersianHalfSpaceSurvivesEveryFormat() {
        String persian = org.sahifa.text.TextCleaner.clean("من می\u200Cخواهم این نامه\u200Cها را بخوانم.");
        assertTrue(persian.contains("می\u200Cخواهم"), "the cleaner keeps the ZWNJ");
        Article article = new Article(
                "/tmp/fa.txt",
                "کتاب\u200Cخانه",
                null,
                null,
                null,
                "fa",
                TextDirection.RTL,
                List.of(new Block(BlockType.PARAGRAPH, persian, TextDirection.RTL)),
                true);
        for (ExportFormat format : ExportFormat.values()) {
            String out = ArticleWriter.render(article, format);
            assertTrue(
                    out.contains("می\u200Cخواهم") && out.contains("نامه\u200Cها") && out.contains("کتاب\u200Cخانه"),
                    format + ": " + out);
        }
    }

    @Test
    void htmlDeclaresLanguageDirectionAndCharset() {
        String html = ArticleWriter.render(article(), ExportFormat.HTML);
        assertTrue(html.toLowerCase().startsWith("<!doctype html>"), html.substring(0, 40));
        Document doc = Jsoup.parse(html);
        Element root = doc.selectFirst("html");
        assertEquals("ar", root.attr("lang"));
        assertEquals("rtl", root.attr("dir"));
        assertEquals("utf-8", doc.selectFirst("head meta[charset]").attr("charset"));
        assertEquals("مهرجان <الفنون> & الثقافة", doc.title());
    }

    @Test
    void htmlHeaderHasTitleBylineSiteDateAndSource() {
        Document doc = Jsoup.parse(ArticleWriter.render(article(), ExportFormat.HTML));
        assertEquals("مهرجان <الفنون> & الثقافة", doc.selectFirst("header h1").text());
        String meta = doc.selectFirst("header p.meta").text();
        assertEquals("سارة بن علي · جريدة الصباح · 2024-03-05", meta);
        assertEquals(
                "https://example.com/news?id=1&x=2", doc.selectFirst("header a").attr("href"));
    }

    @Test
    void htmlBlocksKeepTheirTypesOrderAndOwnDirections() {
        Document doc = Jsoup.parse(ArticleWriter.render(article(), ExportFormat.HTML));
        Elements blocks = doc.body().select("body > p, body > h2, body > ul, body > blockquote, body > figure");
        assertEquals(
                List.of("p", "h2", "ul", "blockquote", "figure", "p"),
                blocks.stream().map(Element::tagName).toList());
        Elements items = doc.select("ul > li");
        assertEquals(2, items.size(), "consecutive list items share one list");
        assertEquals("rtl", items.get(0).attr("dir"));
        assertEquals("ltr", items.get(1).attr("dir"), "an English item keeps its direction");
        assertEquals("ltr", doc.selectFirst("blockquote").attr("dir"));
        assertEquals("صورة من الافتتاح", doc.selectFirst("figure > figcaption").text());
        assertEquals("rtl", doc.selectFirst("figcaption").attr("dir"));
    }

    @Test
    void htmlEscapesMarkupInTheText() {
        String html = ArticleWriter.render(article(), ExportFormat.HTML);
        assertFalse(html.contains("<script>"), "no live script tag");
        assertFalse(html.contains("<الفنون>"), "angle brackets of the title are escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty());
        assertEquals(HOSTILE, doc.select("body > p").last().text(), "the text reads back as written");
    }

    @Test
    void markdownMarksBlocksAndEscapesMarkup() {
        String md = ArticleWriter.render(article(), ExportFormat.MARKDOWN);
        List<String> lines = md.lines().toList();
        assertEquals("# مهرجان \\<الفنون\\> \\& الثقافة", lines.get(0));
        assertTrue(lines.contains("*سارة بن علي · جريدة الصباح · 2024-03-05*"), md);
        assertTrue(lines.contains("<https://example.com/news?id=1&x=2>"), md);
        assertTrue(lines.contains("## البرنامج"), md);
        int first = lines.indexOf("- عروض مسرحية");
        assertEquals(
                "- Concerts \\*live\\*", lines.get(first + 1), "list items follow each other without a blank line");
        assertTrue(lines.contains("> “The festival is open to all.”"), md);
        assertTrue(lines.contains("*صورة من الافتتاح*"), md);
        assertTrue(lines.contains("a \\<script\\>alert(\"x\")\\</script\\> \\& b"), md);
    }

    @Test
    void markdownEscapesWhatWouldStartAListOrHeading() {
        assertEquals("2024\\. كان عاما", MarkdownArticle.escape("2024. كان عاما"));
        assertEquals("\\- ليس بندا", MarkdownArticle.escape("- ليس بندا"));
        assertEquals("\\# ليس عنوانا", MarkdownArticle.escape("# ليس عنوانا"));
        assertEquals(
                "\\_\\_init\\_\\_ \\`code\\` \\[link\\] a\\\\b", MarkdownArticle.escape("__init__ `code` [link] a\\b"));
        assertEquals("نص عادي بلا رموز، وعلامة استفهام؟", MarkdownArticle.escape("نص عادي بلا رموز، وعلامة استفهام؟"));
    }

    @Test
    void plainTextIsTheTextWithSimpleMarks() {
        String text = ArticleWriter.render(article(), ExportFormat.TEXT);
        List<String> lines = text.lines().toList();
        assertEquals("مهرجان <الفنون> & الثقافة", lines.get(0), "plain text is not escaped");
        assertEquals("سارة بن علي · جريدة الصباح · 2024-03-05", lines.get(1));
        assertEquals("https://example.com/news?id=1&x=2", lines.get(2));
        assertTrue(lines.contains("• عروض مسرحية"));
        assertTrue(lines.contains("    “The festival is open to all.”"));
        assertTrue(lines.contains(HOSTILE));
        assertTrue(text.contains("افتتحت تونس مهرجانها الدولي.\n\nالبرنامج\n"), "blocks are separated by a blank line");
    }

    @Test
    void aLocalSourceAndMissingMetadataAreLeftOut() {
        Article bare = new Article(
                "/home/me/a.html",
                null,
                null,
                null,
                null,
                null,
                TextDirection.LTR,
                List.of(new Block(BlockType.PARAGRAPH, "Only text.", TextDirection.LTR)),
                true);
        assertEquals("Only text.\n", ArticleWriter.render(bare, ExportFormat.TEXT));
        assertEquals("Only text.\n", ArticleWriter.render(bare, ExportFormat.MARKDOWN));
        Document doc = Jsoup.parse(ArticleWriter.render(bare, ExportFormat.HTML));
        assertFalse(doc.selectFirst("html").hasAttr("lang"));
        assertEquals("ltr", doc.selectFirst("html").attr("dir"));
        assertTrue(doc.select("header *").isEmpty());
    }

    @Test
    void writesUtf8FilesAndReplacesAnOldOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("مقال.md");
        Files.writeString(file, "old");
        ArticleWriter.write(article(), ExportFormat.MARKDOWN, file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(ArticleWriter.render(article(), ExportFormat.MARKDOWN), written);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        assertThrows(
                IOException.class,
                () -> ArticleWriter.write(article(), ExportFormat.TEXT, dir.resolve("missing/a.txt")));
    }

    @Test
    void formatsAreChosenByExtension() {
        assertEquals(ExportFormat.HTML, ExportFormat.forFileName("a.HTM").orElseThrow());
        assertEquals(
                ExportFormat.MARKDOWN, ExportFormat.forFileName("a.markdown").orElseThrow());
        assertEquals(ExportFormat.TEXT, ExportFormat.forFileName("a.txt").orElseThrow());
        assertTrue(ExportFormat.forFileName("a.pdf").isEmpty());
        assertNotNull(ExportFormat.valueOf("HTML").extension());
    }
}
