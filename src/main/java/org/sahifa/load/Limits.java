package org.sahifa.load;

import java.time.Duration;

/** Caps that keep a hostile or huge input from exhausting memory or time. */
public final class Limits {
    /** Largest file or response body read, in bytes (as sent, before decompression). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Largest response body after gzip/deflate decompression, in bytes; stops compression bombs. */
    public static final long MAX_DECODED_BYTES = 20L * 1024 * 1024;

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Longest wait from sending a request to the server's status line and headers. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    /** Longest time a whole download (all redirects, headers and body) may take. */
    public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(60);

    public static final int MAX_REDIRECTS = 10;

    private Limits() {}

    /** A byte count as whole megabytes, for messages. */
    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
