package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import in one window lets go of the index between runs of saves ({@link Library#WRITER_TURN}), so that
 * another window's save, waiting for the lock, gets its turn instead of failing as busy. Two {@code Library} objects
 * on one folder lock the index as two processes do.
 */
class BulkImportTurnTest {
    /** Several of the importer's turns: a save that waits this long fails as busy (the app waits 20 s). */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** Far more saves than the other window needs to wait for; the import stops early once it has saved. */
    private static final int MOST_SAVES = 100_000;

    @TempDir
    Path dir;

    @Test
    void anotherWindowSavesWhileABulkImportRuns() throws Exception {
        Library.open(dir).close(); // made before either window opens it
        AtomicBoolean otherSaved = new AtomicBoolean();
        AtomicInteger imported = new AtomicInteger();
        CountDownLatch importing = new CountDownLatch(1);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Library window = Library.open(dir, Clock.systemUTC(), PATIENCE)) {
            Future<Integer> importedAfterOtherSaved = importer.submit(() -> {
                int after = 0;
                try (Library bulk = Library.open(dir)) {
                    for (int i = 0; i < MOST_SAVES && after < 20; i++) {
                        bulk.save(
                                Articles.analysis("import" + i, "مقال " + i, null, null, "نص المقال " + i),
                                Articles.original("import" + i));
                        imported.incrementAndGet();
                        after += otherSaved.get() ? 1 : 0;
                        if (i == 50) {
                            importing.countDown(); // the import holds the index's writer now
                        }
                    }
                } finally {
                    importing.countDown();
                }
                return after;
            });
            importing.await();
            assertDoesNotThrow(() -> window.save(
                    Articles.analysis("window", "نافذة", null, null, "مفاوضات النافذة"), Articles.original("window")));
            otherSaved.set(true);
            int atSave = imported.get();
            assertEquals(20, importedAfterOtherSaved.get(), "the import went on after the other window saved");
            assertTrue(atSave < MOST_SAVES, "the other window saved during the import, not after it");
        } finally {
            importer.shutdownNow();
        }
        try (Library after = Library.open(dir)) {
            assertEquals(
                    1, after.search("مفاوضات", SearchFilter.NONE, 10).size(), "the other window's save is indexed");
        }
    }
}
