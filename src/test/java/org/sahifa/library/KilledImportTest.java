package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a bulk import, with a real process: a child JVM saves articles and is killed with
 * {@link Process#destroyForcibly()} between the index's commits. Afterwards the library opens with every article
 * the child had reported saved (at most the one being written is lost) and the index agrees with the database.
 */
class KilledImportTest {
    /** Saves before the kill: past the first index commit ({@link Library#SAVES_PER_INDEX_COMMIT}), before the second. */
    private static final int KILL_AFTER = Library.SAVES_PER_INDEX_COMMIT + 57;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLosesAtMostTheArticleBeingWritten() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportUntilKilled.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int reported = 0;
        try (BufferedReader saved =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = saved.readLine(); line != null && reported < KILL_AFTER; line = saved.readLine()) {
                reported = Integer.parseInt(line.strip());
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        }
        assertTrue(reported >= KILL_AFTER, "the child saved " + reported);

        try (Library library = Library.open(dir)) {
            List<SavedArticle> all = library.list();
            // The child may have saved a few more after the last line read; what is kept has no gap: articles
            // 1..n, n at least what was reported. Only an article not yet committed can be missing.
            assertTrue(all.size() >= reported, reported + " reported, " + all.size() + " kept");
            for (int i = 1; i <= all.size(); i++) {
                assertTrue(library.idOf("article-" + i).isPresent(), "article-" + i);
            }
            // the index agrees with the database: every article is found, and each by its own word
            assertEquals(
                    all.size(),
                    library.search("المفاوضات", SearchFilter.NONE, 10_000).size());
            int last = all.size();
            assertEquals(
                    List.of("article-" + last),
                    library.search("doc" + last, SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
            assertEquals(
                    "مقال " + last,
                    library.load(library.idOf("article-" + last).orElseThrow())
                            .orElseThrow()
                            .article()
                            .title());
        }
    }
}
