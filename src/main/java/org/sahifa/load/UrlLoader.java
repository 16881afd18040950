package org.sahifa.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;

/** Fetches an http(s) page with Jsoup: timeouts, a size cap, redirects followed, nothing but the page itself. */
public final class UrlLoader {
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Sahifa/0.1 (Arabic article reader)";

    private UrlLoader() {
    }

    public static RawDocument load(String url) throws LoadException {
        URI uri = checkedUri(url);
        try {
            Connection.Response response = Jsoup.connect(uri.toASCIIString())
                    .userAgent(USER_AGENT)
                    .timeout((int) Limits.TOTAL_TIMEOUT.toMillis())
                    .followRedirects(true)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .maxBodySize(0)
                    .execute();
            int status = response.statusCode();
            if (status >= 400) {
                throw new LoadException(LoadProblem.HTTP_STATUS, String.valueOf(status),
                        "The server answered " + status + " " + nullToEmpty(response.statusMessage()).trim() + " for " + url + ".");
            }
            DocumentKind kind = kindOf(response.contentType(), url);
            byte[] bytes;
            try (InputStream in = response.bodyStream()) {
                bytes = BoundedReader.readAll(in, Limits.MAX_BYTES, url);
            }
            if (bytes.length == 0) {
                throw new LoadException(LoadProblem.EMPTY, url, "The page at " + url + " is empty.");
            }
            BinarySniffer.check(bytes, url);
            return new RawDocument(url, response.url().toString(), bytes, response.charset(), kind);
        } catch (HttpStatusException e) {
            throw new LoadException(LoadProblem.HTTP_STATUS, String.valueOf(e.getStatusCode()),
                    "The server answered " + e.getStatusCode() + " for " + url + ".", e);
        } catch (SocketTimeoutException e) {
            throw new LoadException(LoadProblem.TIMEOUT, url, "The server at " + uri.getHost() + " took too long to answer.", e);
        } catch (UnknownHostException e) {
            throw new LoadException(LoadProblem.NETWORK, uri.getHost(), "Could not find the server " + uri.getHost() + ".", e);
        } catch (ConnectException e) {
            throw new LoadException(LoadProblem.NETWORK, uri.getHost(), "Could not connect to " + uri.getHost() + ".", e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LoadException(LoadProblem.CANCELLED, url, "Loading was cancelled.", e);
            }
            throw new LoadException(LoadProblem.NETWORK, uri.getHost(), "Could not load " + url + ": the connection failed.", e);
        }
    }

    /** Only absolute http and https URLs with a host; internationalised host names are converted to ASCII. */
    static URI checkedUri(String url) throws LoadException {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            // Users paste unescaped Arabic paths and spaces; escape them the way a browser would.
            uri = escapeLoosely(url.trim());
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = escapeLoosely(url.trim()); // an internationalised domain name
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new LoadException(LoadProblem.UNSUPPORTED_SCHEME, scheme,
                    "Sahifa opens only http and https addresses, not " + (scheme.isEmpty() ? url : scheme + ":") + ".");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new LoadException(LoadProblem.BAD_URL, url, "Not a valid web address: " + url + ".");
        }
        return uri;
    }

    private static URI escapeLoosely(String url) throws LoadException {
        try {
            java.net.URL parsed = new java.net.URL(url);
            return new URI(parsed.getProtocol(), parsed.getUserInfo(), java.net.IDN.toASCII(parsed.getHost()),
                    parsed.getPort(), parsed.getPath(), parsed.getQuery(), parsed.getRef());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new LoadException(LoadProblem.BAD_URL, url, "Not a valid web address: " + url + ".", e);
        }
    }

    private static DocumentKind kindOf(String contentType, String url) throws LoadException {
        if (contentType == null) {
            return DocumentKind.HTML;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xml")) {
            return DocumentKind.HTML;
        }
        if (type.startsWith("text/markdown")) {
            return DocumentKind.MARKDOWN;
        }
        if (type.startsWith("text/")) {
            return DocumentKind.TEXT;
        }
        String shortType = type.split(";")[0].trim();
        throw new LoadException(LoadProblem.UNSUPPORTED_CONTENT_TYPE, shortType,
                "The address " + url + " gives " + shortType + " content, not a web page.");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
