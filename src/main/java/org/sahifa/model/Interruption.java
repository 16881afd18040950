package org.sahifa.model;

import java.util.concurrent.CancellationException;

/**
 * The check that long loops of extraction and analysis make, so that work the user cancelled (or the CLI gave up)
 * stops soon instead of burning a core: call {@link #check()} once per paragraph, sentence or element.
 */
public final class Interruption {
    /** What {@link #watch} installed on this thread: tests count the checks through it (no clock needed). */
    private static final ThreadLocal<Runnable> WATCHER = new ThreadLocal<>();

    private Interruption() {}

    /** Throws if the current thread was interrupted; its interrupted status is kept. */
    public static void check() {
        Runnable watcher = WATCHER.get();
        if (watcher != null) {
            watcher.run();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /**
     * Runs {@code watcher} at each check the current thread makes (before it looks at the interrupted status), until
     * the returned handle is closed. A seam for tests and benchmarks: the app never installs one.
     */
    public static Watch watch(Runnable watcher) {
        WATCHER.set(watcher);
        return WATCHER::remove;
    }

    /** Removes the watcher {@link #watch} installed. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
