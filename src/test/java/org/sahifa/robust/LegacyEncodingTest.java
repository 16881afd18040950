package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * Files in legacy encodings with no declaration: loading hands the bytes over untouched, and extraction
 * (the extract package decides the charset) must give the Arabic text back without U+FFFD.
 */
class LegacyEncodingTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final String TITLE = "الحكومة تعلن خطة جديدة للتعليم";
    private static final String PARAGRAPH =
            "قال وزير التربية إن الخطة تشمل بناء مئة مدرسة في المحافظات خلال ثلاث سنوات.";

    @TempDir
    Path dir;

    private Article load(String name, byte[] bytes) throws Exception {
        RawDocument doc = FileLoader.load(Files.write(dir.resolve(name), bytes));
        assertArrayEquals(bytes, doc.bytes(), "loading hands over the bytes as they are");
        return ArticleExtractor.extract(doc);
    }

    private static void assertReadable(Article article) {
        String all = (article.title() == null ? "" : article.title() + "\n")
                + article.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertFalse(all.contains("\uFFFD"), "no replacement characters: " + all);
        assertTrue(all.contains(PARAGRAPH), "the paragraph reads as Arabic: " + all);
    }

    private static String html() {
        return "<html><head><title>" + TITLE + "</title></head><body><h1>" + TITLE + "</h1><p>" + PARAGRAPH
                + "</p></body></html>";
    }

    @Test
    void windows1256TextWithoutDeclaration() throws Exception {
        assertReadable(load("legacy.txt", (TITLE + "\n\n" + PARAGRAPH + "\n").getBytes(WINDOWS_1256)));
    }

    /*
     * KNOWN FAILURE, for the owner of org.sahifa.extract (charset detection): ArticleExtractor.parseHtml hands
     * the bytes to Jsoup with no charset; Jsoup falls back to UTF-8 and every Arabic letter becomes U+FFFD.
     * Plain text in windows-1256 works (TextDecoder falls back to it). Enable this test with the fix.
     */
    @Test
    void windows1256HtmlWithoutDeclaration() throws Exception {
        assertReadable(load("legacy.html", html().getBytes(WINDOWS_1256)));
    }

    @Test
    void utf16LittleEndianTextWithBom() throws Exception {
        assertReadable(load("wide.txt", ("\uFEFF" + TITLE + "\n\n" + PARAGRAPH).getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16BigEndianHtmlWithBom() throws Exception {
        assertReadable(load("wide.html", ("\uFEFF" + html()).getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf16LittleEndianHtmlWithBom() throws Exception {
        assertReadable(load("wide-le.html", ("\uFEFF" + html()).getBytes(StandardCharsets.UTF_16LE)));
    }
}
