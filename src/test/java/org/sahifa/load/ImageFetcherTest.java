package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.load.LocalHttpServer.redirect;
import static org.sahifa.load.LocalHttpServer.respond;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead image fetcher against a server on 127.0.0.1 and on local files: what it takes and each cap it holds. */
class ImageFetcherTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final FetchLimits FAST = new FetchLimits(
            ImageFetcher.MAX_BYTES,
            ImageFetcher.MAX_BYTES,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            5);

    private LocalHttpServer server;
    private ImageFetcher fetcher;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
        fetcher = new ImageFetcher(FAST, ImageFetcher.MAX_SIDE, ImageFetcher.MAX_PIXELS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LoadException failure(String url, String articleSource) {
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> assertThrows(LoadException.class, () -> fetcher.fetch(url, articleSource)));
    }

    @Test
    void fetchesAPngWithItsSizeFromTheHeader() throws Exception {
        byte[] png = TestImages.png(300, 200);
        server.on("/photo.png", respond(200, "image/png", png));
        FetchedImage image = fetcher.fetch(server.url("/photo.png"), server.url("/article.html"));
        assertArrayEquals(png, image.bytes());
        assertEquals("png", image.format());
        assertEquals(300, image.width());
        assertEquals(200, image.height());
        assertEquals(List.of("/photo.png"), server.requests());
    }

    @Test
    void followsARedirectToTheImage() throws Exception {
        server.on("/old.png", redirect("/new.png"));
        server.on("/new.png", respond(200, "image/png", TestImages.png(40, 30)));
        assertEquals(40, fetcher.fetch(server.url("/old.png"), null).width());
    }

    @Test
    void moreBytesThanTheCapAreRefused() {
        byte[] huge = Arrays.copyOf(TestImages.png(10, 10), (int) ImageFetcher.MAX_BYTES + 1);
        server.on("/huge.png", respond(200, "image/png", huge));
        LoadException e = failure(server.url("/huge.png"), null);
        assertEquals(LoadProblem.TOO_LARGE, e.problem());
        assertEquals("5", e.detail(), "the cap in MB");
    }

    @Test
    void morePixelsThanTheCapAreRefusedFromTheHeaderAlone() {
        server.on("/wide.png", respond(200, "image/png", TestImages.pngHeaderOnly(ImageFetcher.MAX_SIDE + 1, 10)));
        server.on("/big.png", respond(200, "image/png", TestImages.pngHeaderOnly(20_000, 20_000)));
        LoadException wide = failure(server.url("/wide.png"), null);
        assertEquals(LoadProblem.IMAGE_TOO_LARGE, wide.problem());
        assertEquals("4097×10", wide.detail());
        assertEquals(
                LoadProblem.IMAGE_TOO_LARGE,
                failure(server.url("/big.png"), null).problem(),
                "refused without decoding: the file has no pixel data at all");
    }

    @Test
    void theLargestAllowedSizePassesTheHeaderCheck() throws Exception {
        FetchedImage image =
                fetcher.checked("x", TestImages.pngHeaderOnly(ImageFetcher.MAX_SIDE, ImageFetcher.MAX_SIDE));
        assertEquals(ImageFetcher.MAX_SIDE, image.width());
    }

    @Test
    void aTypeOtherThanAnImageIsRefused() {
        server.on("/page", respond(200, "text/html; charset=utf-8", "<html><body>not an image</body></html>"));
        server.on("/drawing.svg", respond(200, "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        server.on("/untyped", respond(200, null, TestImages.png(10, 10)));
        LoadException html = failure(server.url("/page"), null);
        assertEquals(LoadProblem.UNSUPPORTED_CONTENT_TYPE, html.problem());
        assertEquals("text/html", html.detail());
        assertEquals(
                LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                failure(server.url("/drawing.svg"), null).problem());
        assertEquals(
                LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                failure(server.url("/untyped"), null).problem(),
                "no declared type, no image");
    }

    @Test
    void bytesThatAreNoPictureAreRefusedWhateverTheTypeSays() {
        server.on("/fake.png", respond(200, "image/png", "<html><body>hello</body></html>"));
        assertEquals(LoadProblem.BINARY, failure(server.url("/fake.png"), null).problem());
    }

    @Test
    void aRedirectLoopIsStopped() {
        server.on("/a.png", redirect("/b.png"));
        server.on("/b.png", redirect("/a.png"));
        assertEquals(
                LoadProblem.REDIRECT_LOOP, failure(server.url("/a.png"), null).problem());
        assertEquals(List.of("/a.png", "/b.png"), server.requests());
    }

    @Test
    void aRedirectToAFileIsRefused() {
        server.on("/local.png", redirect("file:///etc/passwd"));
        assertEquals(
                LoadProblem.UNSUPPORTED_SCHEME,
                failure(server.url("/local.png"), null).problem());
    }

    @Test
    void anErrorStatusIsReported() {
        server.on("/missing.png", respond(404, "text/html", "not found"));
        LoadException e = failure(server.url("/missing.png"), null);
        assertEquals(LoadProblem.HTTP_STATUS, e.problem());
        assertEquals("404", e.detail());
    }

    @Test
    void interruptingTheThreadCancelsASlowImage() throws Exception {
        server.on("/slow.png", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) { // at most 20 s
                    out.write(0);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread loader = new Thread(() -> {
            try {
                fetcher.fetch(server.url("/slow.png"), null);
            } catch (LoadException e) {
                outcome.set(e);
            }
        });
        loader.start();
        Thread.sleep(500);
        loader.interrupt();
        loader.join(3000);
        assertTrue(!loader.isAlive(), "the fetch stopped on interrupt");
        assertEquals(LoadProblem.CANCELLED, ((LoadException) outcome.get()).problem());
    }

    @Test
    void aFileNextToTheArticleIsRead() throws Exception {
        Path article = Files.writeString(dir.resolve("article.html"), "<p>x</p>");
        Files.createDirectories(dir.resolve("صور"));
        byte[] png = TestImages.png(64, 48);
        Path picture = Files.write(dir.resolve("صور").resolve("السوق 1.png"), png);
        FetchedImage image = fetcher.fetch(picture.toUri().toString(), article.toString());
        assertArrayEquals(png, image.bytes());
        assertEquals(48, image.height());
    }

    @Test
    void aFileOutsideTheArticlesFolderIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("article"));
        Path article = Files.writeString(folder.resolve("article.html"), "<p>x</p>");
        Path outside = Files.write(dir.resolve("secret.png"), TestImages.png(64, 48));
        String sneaky = folder.toUri() + "../secret.png";
        assertEquals(
                LoadProblem.NOT_ALLOWED, failure(sneaky, article.toString()).problem());
        assertEquals(
                LoadProblem.NOT_ALLOWED,
                failure(outside.toUri().toString(), article.toString()).problem());
        assertEquals(
                LoadProblem.NOT_ALLOWED,
                failure(outside.toUri().toString(), server.url("/article.html")).problem(),
                "a web page never reads a file");
    }

    @Test
    void aSmallDataImageIsDecodedInPlace() throws Exception {
        byte[] png = TestImages.png(120, 100);
        FetchedImage image =
                fetcher.fetch("data:image/png;base64," + Base64.getEncoder().encodeToString(png), null);
        assertEquals(120, image.width());
        assertEquals(
                LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                failure("data:text/html;base64,PGI+", null).problem());
        assertEquals(
                LoadProblem.UNSUPPORTED_SCHEME,
                failure("ftp://example.org/a.png", null).problem());
    }
}
