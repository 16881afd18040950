package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * Fuzzes what users paste as an address: either it is refused with a {@link LoadException}, or it becomes an
 * absolute http(s) URI whose ASCII form has a host and nothing a request line cannot carry. No network is used.
 * Long run: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B test -Dtest='AddressFuzzTest'}.
 */
class AddressFuzzTest {
    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({
        "http://",
        "https://",
        "www.",
        "javascript:",
        "file:",
        "data:",
        "@",
        ":",
        "/",
        "?",
        "#",
        "%",
        "%D9%85",
        "[::1]",
        "xn--",
        "مثال.مصر",
        "127.0.0.1",
        ":65536",
        "\\",
        " ",
        "\t"
    })
    void address(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        URI uri;
        try {
            uri = UrlLoader.checkedUri(text);
        } catch (LoadException refused) {
            assertNotNull(refused.problem());
            assertTrue(refused.getMessage().endsWith("."), refused.getMessage());
            return;
        }
        assertTrue("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()), uri.toString());
        assertNotNull(uri.getHost(), uri.toString());
        String ascii = uri.toASCIIString();
        assertTrue(ascii.chars().allMatch(c -> c > 0x20 && c < 0x7F), "only printable ASCII: " + ascii);
        assertTrue(uri.getPort() <= 65535, ascii);
    }
}
