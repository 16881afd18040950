package org.sahifa.ui;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;

/**
 * State of the reader window: the article shown, whether something is loading, and the last error.
 * Loading runs on {@code executor}, never on the FX thread; a failed load leaves the current article as it was.
 */
public final class ReaderViewModel {
    private static final Logger LOG = Logger.getLogger(ReaderViewModel.class.getName());

    private final Supplier<Analyzer> analyzer;
    private final Executor executor;
    private I18n i18n;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
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

    /** Opens a path or URL in the background. */
    public Task<Analysis> open(String source) {
        return start(() -> analyzer.get().analyzeSource(source));
    }

    /** Opens a page that did not look like an article with all its visible text. */
    public Task<Analysis> openAllText(String source) {
        return start(() -> analyzer.get().analyzeSourceAllText(source));
    }

    /** Opens the bundled sample article. */
    public Task<Analysis> openSample() {
        return start(() -> analyzer.get().analyzeSample());
    }

    /** Stops the load in progress, if any; the article shown stays. */
    public void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    private interface Work {
        Analysis run() throws LoadException;
    }

    private Task<Analysis> start(Work work) {
        cancel();
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() throws LoadException {
                return work.run();
            }
        };
        current = task;
        loading.set(true);
        error.set(null);
        task.setOnSucceeded(e -> finish(task, () -> analysis.set(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> error.set(messageFor(task.getException()))));
        task.setOnCancelled(e -> finish(task, () -> error.set(i18n.get("error.CANCELLED"))));
        executor.execute(task);
        return task;
    }

    private void finish(Task<Analysis> task, Runnable outcome) {
        if (task == current) {
            loading.set(false);
            current = null;
        }
        outcome.run();
    }

    /** A short message in the interface language; the stack trace goes to the log only. */
    String messageFor(Throwable failure) {
        if (failure instanceof LoadException load) {
            return i18n.get("error." + load.problem().name(), load.detail());
        }
        LOG.log(Level.WARNING, "article could not be analysed", failure);
        return i18n.get("error.INTERNAL");
    }
}
