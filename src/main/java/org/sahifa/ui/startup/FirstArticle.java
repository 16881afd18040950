package org.sahifa.ui.startup;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.model.Article;

/**
 * The article Sahifa opens when it starts, read and extracted on a thread of its own from the moment the launcher
 * runs, while JavaFX starts up in parallel (start-up time: see packaging/startup-benchmark.sh).
 */
public final class FirstArticle {
    static final String THREAD_NAME = "sahifa-first-article";

    /** The path or URL asked for, or null for the bundled sample. */
    private final String source;

    private final FutureTask<Article> extraction;

    private FirstArticle(String source, FutureTask<Article> extraction) {
        this.source = source;
        this.extraction = extraction;
    }

    /** Starts reading the article the options name. */
    static FirstArticle begin(LaunchOptions options) {
        String source = options.source();
        FutureTask<Article> extraction = new FutureTask<>(() -> {
            Article article = source == null ? Analyzer.extractSample() : Analyzer.extractSource(source);
            StartupProbe.mark("firstArticleExtracted");
            return article;
        });
        Thread thread = new Thread(extraction, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return new FirstArticle(source, extraction);
    }

    /** Whether this is the article for {@code wanted} (a path or URL, or null for the sample). */
    boolean isFor(String wanted) {
        return Objects.equals(source, wanted);
    }

    /** The article if it has been read by now (without waiting), else null (also when reading it failed). */
    public Article readyArticle() {
        if (!extraction.isDone()) {
            return null;
        }
        try {
            return extraction.get();
        } catch (ExecutionException | InterruptedException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    /** Waits for the article; a failure to load it is thrown as it was. */
    public Article get() throws LoadException, InterruptedException {
        try {
            return extraction.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LoadException load) {
                throw load;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
