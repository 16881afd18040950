package org.sahifa.load;

import java.time.Duration;

/** Caps that keep a hostile or huge input from exhausting memory or time. */
public final class Limits {
    /** Largest file or response body read, in bytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Longest wait for the next bytes of a response. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    /** Longest time a whole download may take. */
    public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(60);
    public static final int MAX_REDIRECTS = 10;

    private Limits() {
    }
}
