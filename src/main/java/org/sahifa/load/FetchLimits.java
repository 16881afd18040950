package org.sahifa.load;

import java.time.Duration;
import java.util.Objects;

/**
 * The caps one {@link UrlLoader} works within. {@link #STANDARD} holds the app's values from {@link Limits};
 * tests make smaller ones so that timeouts and caps are reached in a moment.
 *
 * @param maxBytes        largest body read from the network, before decompression
 * @param maxDecodedBytes largest body after gzip/deflate decompression
 * @param connectTimeout  longest wait for the TCP/TLS connection
 * @param responseTimeout longest wait for the status line and headers after sending a request
 * @param totalTimeout    longest time the whole fetch may take, redirects and body included
 * @param maxRedirects    redirects followed before giving up
 */
public record FetchLimits(
        long maxBytes,
        long maxDecodedBytes,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration totalTimeout,
        int maxRedirects) {
    public static final FetchLimits STANDARD = new FetchLimits(
            Limits.MAX_BYTES,
            Limits.MAX_DECODED_BYTES,
            Limits.CONNECT_TIMEOUT,
            Limits.READ_TIMEOUT,
            Limits.TOTAL_TIMEOUT,
            Limits.MAX_REDIRECTS);

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxBytes <= 0 || maxDecodedBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
