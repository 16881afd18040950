package org.sahifa.ui.startup;

/**
 * Lets start-up work lay text out on a thread of its own until the JavaFX thread takes text layout over for good.
 *
 * <p>JavaFX's text layout is not safe on two threads at once (on Linux they share one Pango font map and JavaFX's
 * font caches). {@link #runUnlessClosed} runs the work while holding the gate; {@link #close}, called by the JavaFX
 * thread before it registers fonts or lays out text, waits for work under way and stops any that has not begun.
 */
final class LayoutGate {
    /** The gate between {@link EarlyText} and the JavaFX thread. */
    static final LayoutGate STARTUP = new LayoutGate();

    private boolean closed;
    private volatile boolean busy;
    /** Set as soon as {@link #close} is called, before it waits: work under way may stop early. */
    private volatile boolean closing;

    /** Runs {@code work} now, on this thread, unless the gate is closed; returns whether it ran. */
    synchronized boolean runUnlessClosed(Runnable work) {
        if (closed) {
            return false;
        }
        busy = true;
        try {
            work.run();
        } finally {
            busy = false;
        }
        return true;
    }

    /** Waits for work under way to finish (or give up early, see {@link #isClosing}); later work does not run. */
    void close() {
        closing = true;
        synchronized (this) {
            closed = true;
        }
    }

    /** Whether {@link #close} has been called: work under way should stop at its next convenient point. */
    boolean isClosing() {
        return closing;
    }

    /** Whether work is running (never true once {@link #close} has returned). */
    boolean isBusy() {
        return busy;
    }
}
