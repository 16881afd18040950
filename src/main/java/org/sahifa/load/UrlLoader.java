package org.sahifa.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches one http(s) page and nothing else (no images, scripts or styles). {@link ImageFetcher} fetches the
 * article's lead image, when the user turned images on, through the same {@link #follow} rules.
 *
 * <p>Built on {@link HttpClient#sendAsync}: the calling thread only waits on the result, so it can be stopped at
 * any moment. Interrupting it (what cancelling a JavaFX {@code Task} does) aborts the exchange and drops the
 * connection at once; a deadline bounds the whole fetch however slowly the server sends. The body is read through
 * {@link CappedBodySubscriber} (bytes on the wire) and decompressed through {@link BoundedReader} (bytes after
 * gzip/deflate), so neither an endless response nor a compression bomb fills memory. Redirects are followed here,
 * not by the client, so that each target is checked (http/https only), loops are caught and the count is capped.
 */
public final class UrlLoader {
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Sahifa/0.1 (Arabic article reader)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";
    private static final String ACCEPT_LANGUAGE = "ar,en;q=0.8";
    private static final String ACCEPT_ENCODING = "gzip, deflate";
    private static final int MAX_PORT = 65535;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final UrlLoader STANDARD = new UrlLoader(FetchLimits.STANDARD);

    private final FetchLimits limits;
    private final HttpClient client;

    public UrlLoader(FetchLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Fetches the page with the app's standard {@link Limits}. */
    public static RawDocument load(String url) throws LoadException {
        return STANDARD.fetch(url);
    }

    /** Fetches the page at {@code url}, following redirects, within this loader's limits. */
    public RawDocument fetch(String url) throws LoadException {
        URI target = checkedUri(url);
        HttpResponse<byte[]> response = follow(
                target,
                url,
                ACCEPT,
                info -> ContentTypes.kindOf(
                                info.headers().firstValue("content-type").orElse(null))
                        != null);
        return document(response, target, response.request().uri(), url);
    }

    /**
     * Sends GET requests from {@code target} on, following redirects (each checked, loops and long chains
     * refused), until a response that is not a redirect; returns it. Its body is read, within
     * {@link FetchLimits#maxBytes()}, only when the status is 2xx and {@code wanted} accepts the response;
     * otherwise the connection is dropped at once and the body is empty. {@code shown} names the address in messages.
     */
    HttpResponse<byte[]> follow(URI target, String shown, String accept, Predicate<HttpResponse.ResponseInfo> wanted)
            throws LoadException {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(target)) {
                throw new LoadException(
                        LoadProblem.REDIRECT_LOOP, target.toString(), "The address " + shown + " redirects in a loop.");
            }
            HttpResponse<byte[]> response = exchange(target, shown, deadline, accept, wanted);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects >= limits.maxRedirects()) {
                    throw new LoadException(
                            LoadProblem.TOO_MANY_REDIRECTS,
                            String.valueOf(limits.maxRedirects()),
                            "The address " + shown + " redirects more than " + limits.maxRedirects() + " times.");
                }
                target = redirectTarget(response, target, shown);
                continue;
            }
            return response;
        }
    }

    /** The address that failed: after redirects the last one, and the one the user gave. */
    private static String failing(URI last, URI first, String url) {
        return last.equals(first) ? url : last + " (redirected from " + url + ")";
    }

    private RawDocument document(HttpResponse<byte[]> response, URI first, URI target, String url)
            throws LoadException {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new LoadException(
                    LoadProblem.HTTP_STATUS,
                    String.valueOf(status),
                    "The server answered " + status + HttpStatusNames.nameOf(status) + " for "
                            + failing(target, first, url) + ".");
        }
        String contentType = response.headers().firstValue("content-type").orElse(null);
        DocumentKind kind = ContentTypes.kindOf(contentType);
        if (kind == null) {
            String media = ContentTypes.mediaType(contentType);
            throw new LoadException(
                    LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                    media,
                    "The address " + url + " gives " + ContentTypes.describe(media) + ", not a web page.");
        }
        byte[] bytes = decoded(response.body(), response.headers(), url);
        if (FileLoader.isBlank(bytes)) {
            throw new LoadException(LoadProblem.EMPTY, url, "The page at " + url + " is empty.");
        }
        BinarySniffer.check(bytes, url);
        return new RawDocument(url, target.toString(), bytes, ContentTypes.charset(contentType), kind);
    }

    /** Sends one request and waits for its response, body included, until the deadline or an interrupt. */
    private HttpResponse<byte[]> exchange(
            URI target, String url, long deadline, String accept, Predicate<HttpResponse.ResponseInfo> wanted)
            throws LoadException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(target);
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(shorter(limits.responseTimeout(), Duration.ofNanos(remaining)))
                .header("User-Agent", USER_AGENT)
                .header("Accept", accept)
                .header("Accept-Language", ACCEPT_LANGUAGE)
                .header("Accept-Encoding", ACCEPT_ENCODING)
                .GET()
                .build();
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            // Read a body only when it can be used; otherwise drop the connection at once.
            boolean read = info.statusCode() >= 200 && info.statusCode() <= 299 && wanted.test(info);
            CappedBodySubscriber subscriber = new CappedBodySubscriber(read ? limits.maxBytes() : 0);
            body.set(subscriber);
            return subscriber;
        };
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, handler);
        try {
            return pending.get(remaining, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            stop(pending, body);
            Thread.currentThread().interrupt();
            throw LoadException.cancelled(url);
        } catch (TimeoutException e) {
            stop(pending, body);
            throw timeout(target);
        } catch (CancellationException e) {
            throw LoadException.cancelled(url);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), target, url);
        }
    }

    private static void stop(CompletableFuture<?> pending, AtomicReference<CappedBodySubscriber> body) {
        pending.cancel(true);
        CappedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.abort();
        }
    }

    /** The load problem behind an exception of the HTTP client (it wraps its causes in varying depth). */
    private LoadException failure(Throwable error, URI target, String url) {
        String host = shownHost(target);
        if (hasCause(error, CappedBodySubscriber.BodyTooLargeException.class)) {
            return LoadException.tooLarge(url, limits.maxBytes());
        }
        if (hasCause(error, HttpTimeoutException.class)) { // HttpConnectTimeoutException included
            return timeout(target);
        }
        if (hasCause(error, UnknownHostException.class) || hasCause(error, UnresolvedAddressException.class)) {
            return new LoadException(LoadProblem.UNKNOWN_HOST, host, "Could not find the server " + host + ".", error);
        }
        if (hasCause(error, SSLException.class)) {
            return new LoadException(
                    LoadProblem.NETWORK, host, "Could not make a secure connection to " + host + ".", error);
        }
        if (hasCause(error, java.net.ProtocolException.class)) {
            // e.g. a control character in a header («charset=utf\u0001-8»): the server spoke, but not valid HTTP
            return new LoadException(
                    LoadProblem.BAD_RESPONSE,
                    url,
                    "The server's answer for " + url + " could not be read: it is not valid HTTP.",
                    error);
        }
        if (hasCause(error, ConnectException.class)) {
            return new LoadException(LoadProblem.NETWORK, host, "Could not connect to " + host + ".", error);
        }
        return new LoadException(LoadProblem.NETWORK, host, "The connection to " + host + " failed.", error);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The host as the user wrote it: internationalised names in their own script. */
    private static String shownHost(URI target) {
        return IDN.toUnicode(target.getHost(), IDN.ALLOW_UNASSIGNED);
    }

    private static LoadException timeout(URI target) {
        String host = shownHost(target);
        return new LoadException(LoadProblem.TIMEOUT, host, "The server " + host + " took too long to send the page.");
    }

    /** The body as the server meant it: gzip and deflate undone, within {@link FetchLimits#maxDecodedBytes()}. */
    byte[] decoded(byte[] body, HttpHeaders headers, String url) throws LoadException {
        String encoding =
                headers.firstValue("content-encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        try {
            InputStream in = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                default ->
                    throw new LoadException(
                            LoadProblem.BAD_RESPONSE,
                            url,
                            "The server sent " + url + " compressed as " + encoding + ", which Sahifa cannot read.");
            };
            try (in) {
                return BoundedReader.readAll(in, limits.maxDecodedBytes(), url);
            }
        } catch (IOException e) {
            throw new LoadException(
                    LoadProblem.BAD_RESPONSE, url, "The server sent " + url + " with broken compression.", e);
        }
    }

    /**
     * A header as browsers read it: the HTTP client gives each byte as one character (ISO-8859-1), so a server that
     * sends raw UTF-8 («/مقال») arrives as «/ÙÙ…»; when the bytes are valid UTF-8 they are read as UTF-8.
     */
    static String asBrowsersRead(String header) {
        boolean high = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c > 0xFF) {
                return header; // already decoded
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return header;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return header; // Latin-1 after all
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(HttpResponse<?> response, URI from, String url) throws LoadException {
        String location = asBrowsersRead(
                response.headers().firstValue("location").orElse("").trim());
        if (location.isEmpty()) {
            throw new LoadException(
                    LoadProblem.BAD_RESPONSE, url, "The server redirected " + url + " without saying where to.");
        }
        URI reference;
        try {
            reference = new URI(escapeRaw(location));
        } catch (URISyntaxException e) {
            throw new LoadException(
                    LoadProblem.BAD_RESPONSE, url, "The server redirected " + url + " to an invalid address.", e);
        }
        return checkedUri(from.resolve(reference).toString());
    }

    /**
     * Only absolute http and https URLs with a host. The host is converted to ASCII (IDN), and characters
     * users paste unescaped (Arabic paths, spaces) are percent-encoded as UTF-8, as a browser would.
     * The fragment is dropped: it is never sent to the server.
     */
    static URI checkedUri(String url) throws LoadException {
        String text = url.trim();
        String scheme = schemeOf(text);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            String shown = scheme.isEmpty() ? text : scheme + ":";
            throw new LoadException(
                    LoadProblem.UNSUPPORTED_SCHEME,
                    scheme,
                    "Sahifa opens only http and https addresses, not " + shown + ".");
        }
        try {
            URL parsed = new URL(text);
            String host = parsed.getHost();
            if (host == null || host.isBlank() || parsed.getPort() > MAX_PORT) {
                throw badUrl(url, null);
            }
            String asciiHost = host.startsWith("[") ? host : IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            StringBuilder ascii = new StringBuilder(scheme).append("://");
            if (parsed.getUserInfo() != null) {
                ascii.append(escapeRaw(parsed.getUserInfo())).append('@');
            }
            ascii.append(asciiHost);
            if (parsed.getPort() != -1) {
                ascii.append(':').append(parsed.getPort());
            }
            ascii.append(parsed.getPath().isEmpty() ? "/" : escapeRaw(parsed.getPath()));
            if (parsed.getQuery() != null) {
                ascii.append('?').append(escapeRaw(parsed.getQuery()));
            }
            URI uri = new URI(ascii.toString());
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw badUrl(url, null);
            }
            return uri;
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            throw badUrl(url, e);
        }
    }

    private static LoadException badUrl(String url, Exception cause) {
        return new LoadException(LoadProblem.BAD_URL, url, "Not a valid web address: " + url + ".", cause);
    }

    private static String schemeOf(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String scheme = text.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Percent-encodes as UTF-8 every character that may not appear raw in a URI (non-ASCII letters, spaces,
     * controls); a {@code %} that does not start an escape is encoded too. Reserved characters stay as they are.
     */
    static String escapeRaw(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean startsEscape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0 && (c != '%' || startsEscape)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
