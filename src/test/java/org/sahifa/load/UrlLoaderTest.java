package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.load.LocalHttpServer.redirect;
import static org.sahifa.load.LocalHttpServer.respond;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fetching against a server on 127.0.0.1. Limits are made small so that caps and timeouts are reached in
 * a second or two; the hang guards ({@code assertTimeoutPreemptively}) are generous and only catch a loader
 * that does not stop at all.
 */
class UrlLoaderTest {
    private static final String PAGE = "<html lang=\"ar\"><body><p>مرحبا بكم في صحيفة</p></body></html>";
    private static final long SMALL_CAP = 256 * 1024;
    private static final FetchLimits FAST = new FetchLimits(
            SMALL_CAP, SMALL_CAP, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3), 5);
    /** Generous bound for a call that must end by itself; well above every limit in {@link #FAST}. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    /** Upper bound on how long a test server streams before it gives up by itself. */
    private static final int STREAM_SECONDS = 30;

    private LocalHttpServer server;
    private UrlLoader loader;

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
        loader = new UrlLoader(FAST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LoadException failure(String url) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(LoadException.class, () -> loader.fetch(url)));
    }

    @Test
    void fetchesAPageWithItsDeclaredCharsetAndFinalAddress() throws Exception {
        server.on("/article", respond(200, "text/html; charset=UTF-8", PAGE));
        RawDocument doc = loader.fetch(server.url("/article"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), doc.bytes());
        assertEquals("UTF-8", doc.declaredCharset());
        assertEquals(DocumentKind.HTML, doc.kind());
        assertEquals(server.url("/article"), doc.baseUri());
    }

    @Test
    void plainTextAndMarkdownAreReadAsSuch() throws Exception {
        server.on("/a.txt", respond(200, "text/plain; charset=windows-1256", "نص"));
        server.on("/a.md", respond(200, "text/markdown", "# عنوان"));
        assertEquals(DocumentKind.TEXT, loader.fetch(server.url("/a.txt")).kind());
        assertEquals("windows-1256", loader.fetch(server.url("/a.txt")).declaredCharset());
        assertEquals(DocumentKind.MARKDOWN, loader.fetch(server.url("/a.md")).kind());
    }

    @Test
    void anArabicPathIsSentPercentEncodedAsUtf8() throws Exception {
        AtomicReference<URI> seen = new AtomicReference<>();
        server.on("/", exchange -> {
            seen.set(exchange.getRequestURI());
            respond(200, "text/html", PAGE).handle(exchange);
        });
        RawDocument doc = loader.fetch(server.url("/أخبار/مقال 1.html?q=سلام"));
        assertEquals(
                "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%A7%D9%84%201.html",
                seen.get().getRawPath());
        assertEquals("/أخبار/مقال 1.html", seen.get().getPath());
        assertEquals("q=سلام", seen.get().getQuery());
        assertEquals(PAGE.length(), new String(doc.bytes(), StandardCharsets.UTF_8).length());
    }

    @Test
    void alreadyEscapedAddressesAreNotEscapedTwice() throws Exception {
        URI uri = UrlLoader.checkedUri("https://example.com/%D9%85%D9%82%D8%A7%D9%84?a=50%");
        assertEquals("/%D9%85%D9%82%D8%A7%D9%84", uri.getRawPath());
        assertEquals("a=50%25", uri.getRawQuery());
    }

    @Test
    void internationalisedDomainNamesBecomeAscii() throws Exception {
        // مثال.مصر is IANA's Arabic example domain; its ASCII form is fixed by IDNA (RFC 3490/5891).
        URI uri = UrlLoader.checkedUri("https://مثال.مصر/مقال");
        assertEquals("xn--mgbh0fb.xn--wgbh1c", uri.getHost());
        assertEquals("/%D9%85%D9%82%D8%A7%D9%84", uri.getRawPath());
        assertEquals("https", uri.getScheme());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://",
                "http:///path",
                "https://exa mple.com/",
                "http://[::1",
                "http://host:99999/",
                "https://-bad-.example/",
                "http:example.com"
            })
    void malformedAddressesAreRefusedWithAMessage(String url) {
        LoadException e = failure(url);
        assertEquals(LoadProblem.BAD_URL, e.problem());
        assertTrue(e.getMessage().startsWith("Not a valid web address"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "file:///etc/passwd",
                "ftp://example.com/a.html",
                "data:text/html,<p>x</p>",
                "JavaScript:alert(document.cookie)",
                "mailto:a@example.com"
            })
    void onlyHttpAndHttpsAreFetched(String url) {
        LoadException e = failure(url);
        assertEquals(LoadProblem.UNSUPPORTED_SCHEME, e.problem());
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
        assertTrue(url.toLowerCase().startsWith(e.detail() + ":"), e.detail());
    }

    @Test
    void redirectChainsAreFollowedToTheFinalPage() throws Exception {
        server.on("/one", redirect("/two"));
        server.on("/two", redirect(server.url("/three")));
        server.on("/three", redirect("final?x=1"));
        server.on("/final", respond(200, "text/html", PAGE));
        RawDocument doc = loader.fetch(server.url("/one"));
        assertEquals(server.url("/final?x=1"), doc.baseUri());
        assertEquals(server.url("/one"), doc.source());
        assertEquals(4, server.requests().size());
    }

    @Test
    void redirectLoopsAreStopped() {
        server.on("/a", redirect("/b"));
        server.on("/b", redirect("/a"));
        LoadException e = failure(server.url("/a"));
        assertEquals(LoadProblem.REDIRECT_LOOP, e.problem());
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
        assertEquals(2, server.requests().size());
    }

    @Test
    void endlessRedirectsStopAtTheLimit() {
        AtomicInteger hops = new AtomicInteger();
        server.on("/hop", exchange -> redirect("/hop" + hops.incrementAndGet()).handle(exchange));
        LoadException e = failure(server.url("/hop"));
        assertEquals(LoadProblem.TOO_MANY_REDIRECTS, e.problem());
        assertEquals(String.valueOf(FAST.maxRedirects()), e.detail());
        assertEquals(FAST.maxRedirects() + 1, server.requests().size());
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.on("/to-file", redirect("file:///etc/passwd"));
        LoadException e = failure(server.url("/to-file"));
        assertEquals(LoadProblem.UNSUPPORTED_SCHEME, e.problem());
        assertEquals("file", e.detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404, 500})
    void errorStatusesAreReportedWithTheStatus(int status) {
        server.on("/", respond(status, "text/html", "<p>error page</p>"));
        LoadException e = failure(server.url("/missing"));
        assertEquals(LoadProblem.HTTP_STATUS, e.problem());
        assertEquals(String.valueOf(status), e.detail());
        assertTrue(e.getMessage().contains("answered " + status), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsReported() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LoadException e = failure("http://127.0.0.1:" + port + "/");
        assertEquals(LoadProblem.NETWORK, e.problem());
        assertEquals("127.0.0.1", e.detail());
        assertTrue(e.getMessage().contains("Could not connect"), e.getMessage());
    }

    @Test
    void aServerSendingOneByteASecondTimesOut() {
        server.on("/slow", oneByteASecond());
        LoadException e = failure(server.url("/slow"));
        assertEquals(LoadProblem.TIMEOUT, e.problem());
        assertTrue(e.getMessage().contains("took too long"), e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.on("/silent", exchange -> pause(STREAM_SECONDS * 1000L));
        assertEquals(LoadProblem.TIMEOUT, failure(server.url("/silent")).problem());
    }

    @Test
    void interruptingTheThreadCancelsASlowBodyAtOnce() throws Exception {
        server.on("/slow", oneByteASecond());
        assertCancelledPromptly(server.url("/slow"));
    }

    @Test
    void interruptingTheThreadCancelsWhileWaitingForHeaders() throws Exception {
        server.on("/silent", exchange -> pause(STREAM_SECONDS * 1000L));
        assertCancelledPromptly(server.url("/silent"));
    }

    /** Loads with the app's standard limits (a minute) on another thread, interrupts it, and expects it to stop soon. */
    private void assertCancelledPromptly(String url) throws Exception {
        CompletableFuture<LoadException> outcome = new CompletableFuture<>();
        Thread loading = new Thread(() -> {
            try {
                UrlLoader.load(url);
                outcome.complete(null);
            } catch (LoadException e) {
                outcome.complete(e);
            }
        });
        loading.start();
        Thread.sleep(500);
        loading.interrupt();
        LoadException e = outcome.get(HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        // Standard limits would let it run a minute and end as a TIMEOUT: CANCELLED says the interrupt stopped it (no
        // clock compared here; the guard above only catches a loader that never stops).
        assertEquals(LoadProblem.CANCELLED, e == null ? null : e.problem());
    }

    @Test
    void anEndlessResponseIsCutAtTheByteCap() {
        server.on("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>كلام كثير</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            long deadline = System.currentTimeMillis() + STREAM_SECONDS * 1000L;
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000 && System.currentTimeMillis() < deadline; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientWentAway) {
                // expected: the loader dropped the connection
            }
        });
        LoadException e = failure(server.url("/endless"));
        assertEquals(LoadProblem.TOO_LARGE, e.problem());
    }

    @Test
    void aGzipBombIsCutAtTheDecompressedCap() throws IOException {
        byte[] bomb = gzip(new byte[(int) (SMALL_CAP * 200)]); // 50 MB of zeros, about 50 KB compressed
        assertTrue(bomb.length < SMALL_CAP, "the bomb itself is under the byte cap");
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(200, "text/html", bomb).handle(exchange);
        });
        LoadException e = failure(server.url("/bomb"));
        assertEquals(LoadProblem.TOO_LARGE, e.problem());
    }

    @Test
    void gzipPagesAreDecompressed() throws Exception {
        byte[] compressed = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(200, "text/html; charset=utf-8", compressed).handle(exchange);
        });
        assertArrayEquals(
                PAGE.getBytes(StandardCharsets.UTF_8),
                loader.fetch(server.url("/gz")).bytes());
    }

    @Test
    void brokenCompressionIsABadResponse() {
        server.on("/broken", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(200, "text/html", "not gzip at all").handle(exchange);
        });
        assertEquals(LoadProblem.BAD_RESPONSE, failure(server.url("/broken")).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "image/jpeg", "video/mp4", "application/zip"})
    void nonHtmlContentTypesAreReportedAsSuch(String type) {
        server.on("/file", respond(200, type, new byte[] {1, 2, 3}));
        LoadException e = failure(server.url("/file"));
        assertEquals(LoadProblem.UNSUPPORTED_CONTENT_TYPE, e.problem());
        assertEquals(type, e.detail());
        assertTrue(e.getMessage().contains(type) && e.getMessage().contains("not a web page"), e.getMessage());
    }

    @Test
    void binaryBytesUnderAnHtmlContentTypeAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        server.on("/fake.html", respond(200, "text/html", png));
        LoadException e = failure(server.url("/fake.html"));
        assertEquals(LoadProblem.BINARY, e.problem());
        assertEquals("PNG", e.detail());
    }

    @Test
    void anEmptyPageIsReported() {
        server.on("/empty", respond(200, "text/html", new byte[0]));
        assertEquals(LoadProblem.EMPTY, failure(server.url("/empty")).problem());
    }

    private static com.sun.net.httpserver.HttpHandler oneByteASecond() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < STREAM_SECONDS; i++) {
                    out.write('<');
                    out.flush();
                    pause(1000);
                }
            } catch (IOException clientWentAway) {
                // expected once the loader gives up
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void escapingLeavesReservedCharactersAlone() {
        assertEquals("/a/b?c=d&e=%D9%85#f", UrlLoader.escapeRaw("/a/b?c=d&e=م#f"));
        assertEquals("%41", UrlLoader.escapeRaw("%41"), "an escape stays as it is");
        assertEquals("%25zz", UrlLoader.escapeRaw("%zz"), "a lone percent sign is escaped");
    }
}
