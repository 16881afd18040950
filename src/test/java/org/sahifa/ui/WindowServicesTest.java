package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahifa.LogSetup;

class WindowServicesTest {
    @Test
    void aScreenshotGetsAnEmptyLibraryOfItsOwnNeverTheUsers() throws Exception {
        Path screenshot = WindowServices.forScreenshot().libraryFolder();
        Path another = WindowServices.forScreenshot().libraryFolder();

        assertNotEquals(LogSetup.dataDirectory().toAbsolutePath(), screenshot.toAbsolutePath());
        assertNotEquals(screenshot, another); // two screenshots at once share nothing either
        assertTrue(Files.isDirectory(screenshot));
        try (Stream<Path> files = Files.list(screenshot)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theAppsWindowUsesTheUsersLibrary() {
        assertEquals(LogSetup.dataDirectory(), new WindowServices(url -> {}, null, Runnable::run).libraryFolder());
    }
}
