package org.sahifa.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.sahifa.load.BundledSample;
import org.sahifa.model.Analysis;
import org.sahifa.settings.RecentSource;

/**
 * Keeps the toolbar's recent menu in step with the recent list, which is read and written off the FX thread. A refresh
 * can be queued (by {@code Platform.runLater}) after the window closed and its pool was shut down: it is then dropped
 * quietly, as there is no menu left to show it in.
 */
final class RecentListKeeper {
    private static final Logger LOG = Logger.getLogger(RecentListKeeper.class.getName());
    private final WindowServices services;
    private final ReaderToolbar toolbar;

    RecentListKeeper(WindowServices services, ReaderToolbar toolbar) {
        this.services = services;
        this.toolbar = toolbar;
    }

    /** Adds the article to the recent list (not the bundled sample, nor an article without a source), then shows the list. */
    void remember(Analysis analysis) {
        String source = analysis.article().source();
        if (services.recent() == null || source == null || BundledSample.SOURCE.equals(source)) {
            return;
        }
        String title =
                analysis.article().title() == null ? "" : analysis.article().title();
        inBackground(() -> {
            try {
                services.recent().add(source, title);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "recent list not saved", e);
            }
            Platform.runLater(this::refresh);
        });
    }

    /** Reads the recent list off the FX thread (the first read is from disk), then shows it in the menu. */
    void refresh() {
        if (services.recent() == null) {
            toolbar.showRecent(List.of());
            return;
        }
        inBackground(() -> {
            List<RecentSource> entries = services.recent().entries();
            Platform.runLater(() -> toolbar.showRecent(entries));
        });
    }

    /** Runs {@code work} on the window's pool, or not at all once the pool is shut down (the window closed). */
    private void inBackground(Runnable work) {
        try {
            services.background().execute(work);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "recent list left as it is: the window's background pool is shut down", e);
        }
    }
}
