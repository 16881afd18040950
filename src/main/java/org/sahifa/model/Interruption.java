package org.sahifa.model;

import java.util.concurrent.CancellationException;

/**
 * The check that long loops of extraction and analysis make, so that work the user cancelled (or the CLI gave up)
 * stops soon instead of burning a core: call {@link #check()} once per paragraph, sentence or element.
 */
public final class Interruption {
    private Interruption() {}

    /** Throws if the current thread was interrupted; its interrupted status is kept. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
