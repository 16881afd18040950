package org.sahifa.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final LaunchRequest OPEN_ARTICLE =
            new LaunchRequest(List.of("--theme", "dark", "مقالة.txt"), Path.of("/home/reader/articles"));

    @TempDir
    Path dataDirectory;

    private final BlockingQueue<LaunchRequest> received = new LinkedBlockingQueue<>();
    private SingleInstance running;

    @AfterEach
    void stopRunningInstance() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void laterLaunchHandsItsArgumentsToTheRunningInstance() throws Exception {
        running = new SingleInstance(dataDirectory);
        assertEquals(SingleInstance.Role.PRIMARY, running.claim(LaunchRequest.of(new String[0]), PATIENCE));
        running.setReceiver(received::add);

        SingleInstance later = new SingleInstance(dataDirectory);
        assertEquals(SingleInstance.Role.HANDED_OVER, later.claim(OPEN_ARTICLE, PATIENCE));
        assertEquals(OPEN_ARTICLE, received.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void requestsThatArriveBeforeTheWindowIsReadyAreKept() throws Exception {
        running = new SingleInstance(dataDirectory);
        running.claim(LaunchRequest.of(new String[0]), PATIENCE);
        assertEquals(SingleInstance.Role.HANDED_OVER, new SingleInstance(dataDirectory).claim(OPEN_ARTICLE, PATIENCE));
        assertNull(received.poll(200, TimeUnit.MILLISECONDS));

        running.setReceiver(received::add);
        assertEquals(OPEN_ARTICLE, received.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void socketLeftByAnInstanceThatDiedIsReplaced() throws Exception {
        Files.writeString(dataDirectory.resolve(SingleInstance.SOCKET_FILE), "stale");
        running = new SingleInstance(dataDirectory);
        assertEquals(SingleInstance.Role.PRIMARY, running.claim(LaunchRequest.of(new String[0]), PATIENCE));
        running.setReceiver(received::add);
        assertEquals(SingleInstance.Role.HANDED_OVER, new SingleInstance(dataDirectory).claim(OPEN_ARTICLE, PATIENCE));
    }

    @Test
    void launchRunsOnItsOwnWhenTheLockHolderDoesNotAnswer() throws Exception {
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(SingleInstance.LOCK_FILE),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            long start = System.nanoTime();
            assertEquals(
                    SingleInstance.Role.STANDALONE,
                    new SingleInstance(dataDirectory).claim(OPEN_ARTICLE, Duration.ofMillis(300)));
            assertTrue(held.isValid());
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0,
                    "gave up within its patience");
        }
    }

    @Test
    void batchRunsAndMeasurementRunsStayOutOfIt() {
        assertFalse(SingleInstance.appliesTo(new String[] {"--screenshot", "out.png", "a.txt"}));
        assertTrue(SingleInstance.appliesTo(new String[] {"a.txt"}));
        assertTrue(SingleInstance.appliesTo(new String[0]));
    }
}
