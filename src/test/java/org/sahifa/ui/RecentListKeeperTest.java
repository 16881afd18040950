package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.settings.RecentSources;

/**
 * A window's recent list after its pool was shut down (the window closed, or a test ended): a refresh or a remember
 * queued late is dropped without an exception and without a warning. No FX: with the pool shut down the keeper never
 * reaches its toolbar.
 */
class RecentListKeeperTest {
    private static final Logger KEEPER_LOG = Logger.getLogger(RecentListKeeper.class.getName());

    @TempDir
    Path dir;

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        KEEPER_LOG.addHandler(collector);
    }

    @AfterEach
    void stopListening() {
        KEEPER_LOG.removeHandler(collector);
    }

    @Test
    void aKeeperWhosePoolIsShutDownRefreshesAndRemembersWithoutThrowing() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        RecentSources recent = new RecentSources(dir.resolve("recent.json"), 10);
        RecentListKeeper keeper = new RecentListKeeper(new WindowServices(url -> {}, recent, pool), null);

        assertDoesNotThrow(keeper::refresh);
        assertDoesNotThrow(() -> keeper.remember(article("/news/olive.html")));

        assertEquals(List.of(), warnings, "a closed window's late refresh is no error");
        assertEquals(List.of(), recent.entries(), "nothing ran on the shut pool");
    }

    private static Analysis article(String source) {
        Block block = new Block(BlockType.PARAGRAPH, "قال الوزير إن الاجتماع انتهى.", TextDirection.RTL);
        return new Analysis(
                new Article(source, "زيتون", null, null, null, "ar", TextDirection.RTL, List.of(block), true),
                List.of(),
                List.of());
    }
}
