package org.sahifa.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sahifa.analysis.ArticleTooLongException;
import org.sahifa.load.LoadException;

/**
 * The work on one source (load, extract, analyse) on a worker thread of its own, given up after the CLI's time limit:
 * the worker is then interrupted, so it stops at its next check (docs/robustness.md, "Cancelling an analysis").
 */
final class TimeLimitedSource {
    private TimeLimitedSource() {}

    /**
     * The work's result; a load problem as it came, anything else as one sentence naming {@code source}. The worker is a
     * daemon named {@code threadName}: one stuck in a hostile input must not keep the JVM alive.
     */
    static <T> T run(String source, Duration limit, String threadName, Callable<T> work)
            throws LoadException, CliFailure {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        Future<T> pending = worker.submit(work);
        try {
            return pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new CliFailure("Sahifa gave up on " + source + " after " + limit.toSeconds() + " seconds.", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CliFailure("Sahifa was interrupted while analysing " + source + ".", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LoadException load) {
                throw load;
            }
            throw new CliFailure(failureSentence(cause, source), cause);
        } finally {
            worker.shutdownNow();
        }
    }

    /** The one sentence for a source (or file) whose work failed with {@code cause}. */
    static String failureSentence(Throwable cause, String source) {
        if (cause instanceof ArticleTooLongException tooLong) {
            return String.format(
                    Locale.ROOT,
                    "Sahifa could not analyse %s: its text is %,d characters long, and Sahifa analyses at most %,d.",
                    source,
                    tooLong.chars(),
                    tooLong.limit());
        }
        if (cause instanceof StackOverflowError) {
            return "Sahifa could not analyse " + source + ": it is nested too deeply.";
        }
        if (cause instanceof OutOfMemoryError) {
            return "Sahifa ran out of memory analysing " + source + ".";
        }
        return "Sahifa could not analyse " + source + " (" + cause.getClass().getSimpleName() + ").";
    }
}
