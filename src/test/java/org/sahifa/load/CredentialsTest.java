package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    @Test
    void thePasswordIsMaskedWhereverTheAddressStands() {
        assertEquals("https://u:***@host/p?q=a:b@c", Credentials.masked("https://u:pw@host/p?q=a:b@c"));
        assertEquals(
                "Could not reach http://u:***@h:8080/x and ftp://a:***@b.",
                Credentials.masked("Could not reach http://u:p@h:8080/x and ftp://a:b@b."));
        assertEquals("https://user@host/", Credentials.masked("https://user@host/"), "no password, nothing to hide");
        assertEquals("https://host:8080/", Credentials.masked("https://host:8080/"));
        assertEquals(
                "https://u:***@host", Credentials.masked("https://u:p@ss@host"), "up to the last @ of the authority");
    }

    @Test
    void longRunsOfItsMarksAreLinear() {
        String runs = "://".repeat(100_000) + ":@".repeat(100_000) + "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Credentials.masked(runs));
    }
}
