package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenRequestsTest {
    private static final Path LATER_LAUNCH_DIRECTORY = Path.of("/home/reader/articles");

    @Test
    void relativePathIsTakenFromWhereTheLaterLaunchStarted() {
        assertEquals(
                "/home/reader/articles/اليوم/مقالة.txt",
                OpenRequests.resolve("اليوم/مقالة.txt", LATER_LAUNCH_DIRECTORY));
    }

    @Test
    void absolutePathsAndAddressesStayAsTheyAre() {
        assertEquals("/srv/a.html", OpenRequests.resolve("/srv/a.html", LATER_LAUNCH_DIRECTORY));
        assertEquals(
                "https://example.org/a?x=1", OpenRequests.resolve("https://example.org/a?x=1", LATER_LAUNCH_DIRECTORY));
    }
}
