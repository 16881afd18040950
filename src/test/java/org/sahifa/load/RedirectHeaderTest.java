package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 18 §5: a Location header in raw UTF-8 is followed as browsers follow it; a failure names the failing address. */
class RedirectHeaderTest {
    private static final String ARTICLE =
            "<html><body><article><p>قال الرئيس إن الحكومة ستواصل العمل.</p></article></body></html>";

    @Test
    void aRawUtf8LocationIsFollowed() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/old", exchange -> {
                // the header's bytes are UTF-8, as such servers send them; the JDK server writes each char as one byte
                exchange.getResponseHeaders()
                        .add(
                                "Location",
                                new String("/مقال".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                LocalHttpServer.send(exchange, 302, new byte[0]);
            });
            server.on("/مقال", LocalHttpServer.respond(200, "text/html; charset=utf-8", ARTICLE));
            RawDocument doc = UrlLoader.load(server.url("/old"));
            assertTrue(new String(doc.bytes(), StandardCharsets.UTF_8).contains("الحكومة"));
            assertEquals("/%D9%85%D9%82%D8%A7%D9%84", server.requests().get(1));
        }
    }

    @Test
    void theFailureNamesTheAddressThatFailed() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/start", LocalHttpServer.redirect("/gone"));
            server.on("/gone", LocalHttpServer.respond(404, "text/html", "<p>no</p>"));
            LoadException e = assertThrows(LoadException.class, () -> UrlLoader.load(server.url("/start")));
            assertTrue(
                    e.getMessage().contains(server.url("/gone") + " (redirected from " + server.url("/start") + ")"),
                    e.getMessage());
        }
    }

    @Test
    void headersAreReadAsUtf8OnlyWhenTheyAreUtf8() {
        assertEquals(
                "/مقال",
                UrlLoader.asBrowsersRead(
                        new String("/مقال".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
        assertEquals("/café", UrlLoader.asBrowsersRead("/café"), "Latin-1 that is not UTF-8 stays");
        assertEquals("/a b", UrlLoader.asBrowsersRead("/a b"));
    }

    @Test
    void aControlCharacterInTheCharsetIsAClearRefusal() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/a.html", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf\u0001-8");
                LocalHttpServer.send(exchange, 200, ARTICLE.getBytes(StandardCharsets.UTF_8));
            });
            LoadException e = assertThrows(LoadException.class, () -> UrlLoader.load(server.url("/a.html")));
            assertEquals(LoadProblem.BAD_RESPONSE, e.problem());
            assertEquals(
                    "The server's answer for " + server.url("/a.html") + " could not be read: it is not valid HTTP.",
                    e.getMessage());
        }
    }
}
