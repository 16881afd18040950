package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Sahifa windows on one library, as two processes would use it: each opens its own {@link Library} on the same
 * folder (its own SQLite connection and its own Lucene directory), at the same moment, keeps it open, saves an
 * article and searches. Lucene's write lock and SQLite's locks act the same between two instances in one JVM as
 * between two processes.
 */
class TwoWindowsTest {
    private static final Logger LOG = Logger.getLogger(TwoWindowsTest.class.getName());

    @TempDir
    Path dir;

    /** What one window does at start-up and after: open, keep an article, search for it and for the other's. */
    private static List<String> window(Path dir, int n, CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        try (Library library = Library.open(dir)) {
            together.await(10, TimeUnit.SECONDS); // both are open now
            library.save(
                    Articles.analysis("w" + n, "نافذة " + n, null, null, "مفاوضات النافذة رقم" + n),
                    Articles.original("w" + n));
            together.await(10, TimeUnit.SECONDS); // both have saved
            // the other window's article shows once its index writer is let go, WRITER_IDLE after its save
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<String> found;
            do {
                Thread.sleep(50);
                found = new ArrayList<>();
                for (SearchHit hit : library.search("المفاوضات", SearchFilter.NONE, 10)) {
                    found.add(hit.source());
                }
                found.sort(null);
            } while (found.size() < 2 && System.nanoTime() < deadline);
            together.await(10, TimeUnit.SECONDS); // neither closes before the other has searched
            return found;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "window " + n + " failed", e); // the real cause, for the report
            together.reset(); // the other window stops waiting
            throw e;
        }
    }

    private void twoWindowsAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService windows = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> first = windows.submit(() -> window(dir, 1, together));
            Future<List<String>> second = windows.submit(() -> window(dir, 2, together));
            // each window finds its own article and the other's; a failure is reported by its cause, not as the
            // other window's broken wait
            List<List<String>> found = new ArrayList<>();
            Exception failure = null;
            for (Future<List<String>> window : List.of(first, second)) {
                try {
                    found.add(window.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (failure == null || failure.getCause() instanceof BrokenBarrierException) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            assertEquals(List.of(List.of("w1", "w2"), List.of("w1", "w2")), found);
        } finally {
            windows.shutdownNow();
        }
    }

    @Test
    void twoWindowsOnANewLibraryBothSaveAndSearch() throws Exception {
        twoWindowsAtOnce();
        try (Library after = Library.open(dir)) { // the library is whole afterwards
            assertEquals(2, after.list().size());
            assertEquals(2, after.search("نافذة", SearchFilter.NONE, 10).size());
            assertEquals(List.of(), after.notices());
        }
    }

    @Test
    void twoWindowsOnALibraryInUseBothSaveAndSearch() throws Exception {
        try (Library earlier = Library.open(dir)) {
            earlier.save(Articles.analysis("old", "قديم", null, null, "نص قديم"), Articles.original("old"));
        }
        for (int round = 0; round < 3; round++) {
            twoWindowsAtOnce();
        }
        try (Library after = Library.open(dir)) {
            assertEquals(3, after.list().size());
            assertEquals(1, after.search("قديم", SearchFilter.NONE, 10).size());
            assertEquals(List.of(), after.notices());
        }
    }

    @Test
    void aSaveThatMeetsTheIndexLockedTooLongFailsAsBusyAndIsIndexedWithTheNextSave() throws Exception {
        try (Library earlier = Library.open(dir)) {
            earlier.save(Articles.analysis("old", "قديم", null, null, "نص قديم"), Articles.original("old"));
        }
        Library window = Library.open(dir, Clock.systemUTC(), Duration.ofMillis(300));
        try {
            // another program holds the index's write lock (as a long bulk import in another window does)
            try (Directory other = FSDirectory.open(dir.resolve(Library.INDEX_FOLDER));
                    Lock held = other.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                assertThrows(
                        LibraryBusyException.class,
                        () -> window.save(
                                Articles.analysis("busy", "مشغولة", null, null, "حفظ في أثناء الانشغال"),
                                Articles.original("busy")));
                assertEquals(1, window.search("قديم", SearchFilter.NONE, 10).size()); // reading still works
                assertEquals(2, window.list().size()); // the database kept the article
            }
            window.save(Articles.analysis("next", "التالي", null, null, "نص تال"), Articles.original("next"));
            assertEquals(
                    List.of("busy"),
                    window.search("الانشغال", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
        } finally {
            window.close();
        }
        try (Library after = Library.open(dir)) {
            assertEquals(3, after.list().size());
            assertEquals(List.of(), after.notices()); // nothing to rebuild: the index was whole
        }
    }

    @Test
    void namesSavedInTurnByTwoWindowsKeepTheirOwnArticles() throws Exception {
        try (Library first = Library.open(dir);
                Library second = Library.open(dir)) {
            // the first window learns the largest entity id, the second adds one, the first adds another
            first.save(person("1", "سالم الحربي"), Articles.original("1"));
            second.save(person("2", "خالد العتيبي"), Articles.original("2"));
            first.save(person("3", "ماجد القحطاني"), Articles.original("3"));
        }
        try (Library after = Library.open(dir)) {
            assertEquals(List.of("1"), sources(after.articlesMentioning("سالم الحربي")));
            assertEquals(List.of("2"), sources(after.articlesMentioning("خالد العتيبي")));
            assertEquals(List.of("3"), sources(after.articlesMentioning("ماجد القحطاني")));
        }
    }

    private static org.sahifa.model.Analysis person(String source, String name) {
        return Articles.withPerson(source, "مقال " + source, name, "سنواصل", "قال " + name + ": «سنواصل» اليوم.");
    }

    private static List<String> sources(List<EntityArticle> articles) {
        return articles.stream().map(EntityArticle::source).toList();
    }

    /**
     * A window's save on its own lets go of the index when it returns, so a bulk import waiting in another Sahifa goes
     * on at once (it used to wait WRITER_IDLE, 500 ms, for each of them: docs/library.md). The lock is taken with no
     * patience at all: a writer still held makes this fail, whatever the machine's speed.
     */
    @Test
    void aSaveOnItsOwnLeavesTheIndexFreeWhenItReturns() throws Exception {
        try (Library window = Library.open(dir)) {
            window.save(Articles.analysis("lone", "وحده", null, null, "حفظ وحده"), Articles.original("lone"));
            try (Directory other = FSDirectory.open(dir.resolve(Library.INDEX_FOLDER))) {
                assertDoesNotThrow(
                        () -> other.obtainLock(IndexWriter.WRITE_LOCK_NAME).close(), "the index is free");
            }
            assertEquals(1, window.search("وحده", SearchFilter.NONE, 10).size());
        }
    }
}
