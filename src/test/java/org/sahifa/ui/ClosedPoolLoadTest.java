package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A load asked of a window whose background pool is already shut down (the window closed) neither throws nor spins. */
class ClosedPoolLoadTest {
    @Test
    void aLoadOnAShutDownPoolLeavesNothingLoading() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        ReaderViewModel model = new ReaderViewModel(() -> null, pool, new I18n(Locale.ENGLISH));

        assertDoesNotThrow(() -> model.open("article.txt"));

        assertFalse(model.loadingProperty().get(), "the progress indicator is left spinning");
    }
}
