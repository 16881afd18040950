package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FetchedImage;
import org.sahifa.load.FileLoader;
import org.sahifa.load.ImageFetcher;
import org.sahifa.load.LocalHttpServer;
import org.sahifa.load.TestImages;
import org.sahifa.load.UrlLoader;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * Safety: loading and extracting a page runs none of its scripts, fetches none of its resources and
 * reads no file but the one opened, whatever the page links to; with images on, the lead image is the one
 * thing fetched besides the page.
 */
class NoSideLoadingTest {
    private static final String SECRET = "SECRET-NEIGHBOUR-FILE";
    private static final String SCRIPT_OUTPUT = "INJECTED-BY-SCRIPT";

    @TempDir
    Path dir;

    private static String hostilePage(String base) {
        return hostilePage(base, "");
    }

    /** @param extraHead more markup for the head, such as an {@code og:image} */
    private static String hostilePage(String base, String extraHead) {
        return "<html><head>" + extraHead + "<base href=\"" + base + "/base/\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
                + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"><link rel=\"preload\" href=\"/preload\">"
                + "<style>@import url(\"" + base + "/import.css\"); body{background:url(/bg.png)}</style>"
                + "<script src=\"" + base + "/script.js\"></script>"
                + "<script>document.write('<p>" + SCRIPT_OUTPUT + "</p>'); fetch('/fetch');</script></head>"
                + "<body><article><h1>عنوان المقال</h1><p>قال الوزير إن الاتفاق قريب.</p>"
                + "<img src=\"" + base + "/image.png\" srcset=\"/image-2x.png 2x\"><iframe src=\"" + base
                + "/frame.html\"></iframe>"
                + "<iframe src=\"neighbour.html\"></iframe><object data=\"/object.swf\"></object><embed src=\"/embed\">"
                + "<video src=\"/video.mp4\" poster=\"/poster.jpg\"></video><audio src=\"/audio.mp3\"></audio>"
                + "<img src=\"file:///etc/passwd\"><a href=\"neighbour.html\">رابط</a>"
                + "<svg><image href=\"/svg-image.png\"/></svg><p onload=\"fetch('/onload')\">فقرة ثانية.</p>"
                + "</article></body></html>";
    }

    private static String allText(Article article) {
        return article.title() + "\n"
                + article.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aPageFetchesNothingButItself() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            String base = server.url("").replaceAll("/$", "");
            server.on("/", LocalHttpServer.respond(200, "text/html; charset=utf-8", hostilePage(base)));
            Article article = ArticleExtractor.extract(UrlLoader.load(server.url("/article.html")));
            Analyzer.standard().analyze(article);
            assertEquals(List.of("/article.html"), server.requests(), "only the page itself was requested");
            assertFalse(allText(article).contains(SCRIPT_OUTPUT), "no script ran");
            assertTrue(allText(article).contains("قال الوزير إن الاتفاق قريب."), allText(article));
        }
    }

    @Test
    void withImagesOnTheLeadImageIsTheOneExtraRequest() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            String base = server.url("").replaceAll("/$", "");
            server.on(
                    "/",
                    LocalHttpServer.respond(
                            200,
                            "text/html; charset=utf-8",
                            hostilePage(base, "<meta property=\"og:image\" content=\"/lead.png\">")));
            server.on("/lead.png", LocalHttpServer.respond(200, "image/png", TestImages.png(200, 120)));
            Article article = ArticleExtractor.extract(UrlLoader.load(server.url("/article.html")));
            Analyzer.standard().analyze(article);
            assertEquals(List.of("/article.html"), server.requests(), "extraction only names the image");
            FetchedImage image =
                    ImageFetcher.standard().fetch(article.leadImage().url(), article.source());
            assertEquals(200, image.width());
            assertEquals(
                    List.of("/article.html", "/lead.png"),
                    server.requests(),
                    "the image, and nothing else the page links to");
        }
    }

    @Test
    void aFileReadsNoNeighbourItLinksTo() throws Exception {
        Files.writeString(dir.resolve("neighbour.html"), "<p>" + SECRET + "</p>", StandardCharsets.UTF_8);
        Path page =
                Files.writeString(dir.resolve("page.html"), hostilePage("http://127.0.0.1:9"), StandardCharsets.UTF_8);
        Article article = ArticleExtractor.extract(FileLoader.load(page));
        assertFalse(allText(article).contains(SECRET), "the linked file was not read");
        assertFalse(allText(article).contains(SCRIPT_OUTPUT), "no script ran");
    }
}
