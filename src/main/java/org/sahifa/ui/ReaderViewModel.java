package org.sahifa.ui;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.sahifa.analysis.Analyzer;
import org.sahifa.analysis.ArticleTooLongException;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.ui.reader.LeadImageLoader;
import org.sahifa.ui.startup.FirstArticle;

/**
 * State of the reader window: the article shown, whether something is loading, and the last error.
 * Loading runs on {@code executor}, never on the FX thread; a failed load leaves the current article as it was.
 *
 * <p>A load shows the article in two steps: as soon as its text is extracted, {@link #analysisProperty()} holds it
 * with no entities or quotations and {@link #analysingProperty()} is true; when the analysis is done (the NER model
 * loads on first use, which takes a while), the same article with its entities and quotations replaces it.
 * {@link #loadingProperty()} stays true until then. The analysis waits for the text to be drawn, so that it does not
 * compete for the processor with drawing it.
 */
public final class ReaderViewModel {
    private static final Logger LOG = Logger.getLogger(ReaderViewModel.class.getName());
    /** Pulses after the text is put in the window until it has been drawn: one lays it out, the next starts after it was drawn. */
    static final int PULSES_UNTIL_DRAWN = 2;
    /** Longest the analysis waits for the text to be drawn (a window that is not showing gets no pulses). */
    static final long DRAWN_WAIT_MILLIS = 2000;

    private final Supplier<Analyzer> analyzer;
    private final Executor executor;
    private I18n i18n;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Task<Analysis> current;

    /** @param analyzer supplies the (lazily built) analyzer; called on the background thread */
    public ReaderViewModel(Supplier<Analyzer> analyzer, Executor executor, I18n i18n) {
        this.analyzer = analyzer;
        this.executor = executor;
        this.i18n = i18n;
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the article shown waits for its entities and quotations. */
    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** The last failure as a short message in the interface language, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where background work runs (loads, and the lead image of {@link LeadImageLoader}). */
    Executor executor() {
        return executor;
    }

    public void clearError() {
        error.set(null);
    }

    /** Shows a message in the banner (a problem not tied to loading, such as damaged settings). */
    public void report(String message) {
        error.set(message);
    }

    /** The language messages are written in from now on. */
    public void setI18n(I18n newI18n) {
        i18n = newI18n;
    }

    /** Opens a path or URL in the background; the task ends when the article is shown and analysed. */
    public Task<Analysis> open(String source) {
        return start(() -> Analyzer.extractSource(source));
    }

    /** Opens a page that did not look like an article with all its visible text. */
    public Task<Analysis> openAllText(String source) {
        return start(() -> Analyzer.extractSourceAllText(source));
    }

    /** Opens the bundled sample article. */
    public Task<Analysis> openSample() {
        return start(Analyzer::extractSample);
    }

    /**
     * Opens the article the app was started with, whose reading began before the window existed; when its text is
     * ready, it is shown at once (so a window not yet showing has it in its first frame).
     */
    public Task<Analysis> openFirst(FirstArticle first) {
        return start(first::get, first.readyArticle());
    }

    /** Shows an article already analysed (one opened from the library): no loading, no network. */
    public void show(Analysis saved) {
        cancel();
        error.set(null);
        analysis.set(saved);
    }

    /** Stops the load in progress, if any; the article shown stays. */
    public void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    private interface Extraction {
        Article run() throws LoadException, InterruptedException;
    }

    private Task<Analysis> start(Extraction extraction) {
        return start(extraction, null);
    }

    /** @param ready the article's text when it is already at hand (shown before this returns), else null */
    private Task<Analysis> start(Extraction extraction, Article ready) {
        cancel();
        CountDownLatch drawn = new CountDownLatch(1);
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() throws LoadException, InterruptedException {
                Article article = ready != null ? ready : extraction.run();
                if (isCancelled()) {
                    return null;
                }
                if (ready == null) {
                    Platform.runLater(() -> showText(this, article, drawn::countDown));
                }
                if (!Platform.isFxApplicationThread()) {
                    drawn.await(DRAWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                }
                return analyzer.get().analyze(article);
            }
        };
        current = task;
        loading.set(true);
        error.set(null);
        task.setOnSucceeded(e -> finish(task, () -> analysis.set(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> error.set(messageFor(task.getException()))));
        task.setOnCancelled(e -> finish(task, () -> error.set(i18n.get("error.CANCELLED"))));
        if (ready != null) {
            showText(task, ready, drawn::countDown);
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // the window's pool is shut down (the window closed): nothing to load into, nothing left spinning
            LOG.log(Level.FINE, "load not started: the window's background pool is shut down", e);
            finish(task, () -> {});
        }
        return task;
    }

    /** The article's text, before its analysis, unless the load was cancelled or replaced meanwhile; then {@code drawn} once it is on screen. */
    private void showText(Task<Analysis> task, Article article, Runnable drawn) {
        if (task != current) {
            drawn.run();
            return;
        }
        analysing.set(true);
        analysis.set(new Analysis(article, List.of(), List.of()));
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= PULSES_UNTIL_DRAWN) {
                    stop();
                    drawn.run();
                }
            }
        }.start();
    }

    private void finish(Task<Analysis> task, Runnable outcome) {
        if (task == current) {
            loading.set(false);
            analysing.set(false);
            current = null;
        }
        outcome.run();
    }

    /** A short message in the interface language; the stack trace goes to the log only. */
    String messageFor(Throwable failure) {
        if (failure instanceof LoadException load) {
            return i18n.get("error." + load.problem().name(), shownInMessage(load.detail()));
        }
        if (failure instanceof ArticleTooLongException tooLong) {
            return i18n.get("error.TOO_LONG_TO_ANALYSE", tooLong.limit());
        }
        LOG.log(Level.WARNING, "article could not be analysed", failure);
        return i18n.get("error.INTERNAL");
    }

    /**
     * A path, address or type name is set apart from the sentence around it (see {@link Isolated}), so that «الملف غير
     * موجود: /tmp/a.txt» keeps its colon and full stop where the interface's direction puts them. A number (a status
     * code, a size) is passed as a number, so the message draws it in the interface's digits («٤٠٤» in Arabic).
     */
    private Object shownInMessage(String detail) {
        if (detail != null
                && !detail.isEmpty()
                && detail.length() < 10
                && detail.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.valueOf(detail);
        }
        return detail == null ? null : Isolated.in(detail, i18n);
    }
}
