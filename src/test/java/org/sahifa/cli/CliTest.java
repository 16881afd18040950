package org.sahifa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.load.LocalHttpServer;

/** The CLI's failure behaviour: exit code, one sentence on stderr, no stack trace unless --debug, bounded time. */
class CliTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        void assertOneSentence(String containing) {
            assertEquals(Cli.FAILED, code, "exit code");
            assertEquals(1, errLines().size(), "one line on stderr: " + err);
            assertTrue(err.contains(containing), err);
            assertTrue(err.strip().endsWith("."), "a sentence: " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        }
    }

    private static Run run(Duration limit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> new Cli(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8),
                                limit)
                        .run(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Cli.SOURCE_TIME_LIMIT, args);
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertEquals(Cli.USAGE, run("analyze").code());
        assertEquals(Cli.USAGE, run("analyze", "--verbose", "a.html").code());
        Run r = run("summarise", "a.html");
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().startsWith("usage:"), r.err());
    }

    @Test
    void aMissingFileIsOneSentence() {
        Path missing = dir.resolve("missing.html");
        Run r = run("analyze", missing.toString());
        r.assertOneSentence("File not found: " + missing);
        assertEquals("", r.out());
    }

    @Test
    void binaryContentIsOneSentenceNamingTheFormat() throws Exception {
        Path png = Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        run("analyze", png.toString()).assertOneSentence("PNG image");
    }

    @Test
    void aScriptAddressIsRefused() {
        run("analyze", "javascript:alert(1)").assertOneSentence("only http and https");
    }

    @Test
    void anHttpErrorNamesTheStatus() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/", LocalHttpServer.respond(404, "text/html", "<p>no</p>"));
            run("analyze", server.url("/gone.html")).assertOneSentence("answered 404");
        }
    }

    @Test
    void debugAddsTheStackTrace() {
        Run r = run("analyze", "--debug", dir.resolve("missing.html").toString());
        assertEquals(Cli.FAILED, r.code());
        assertTrue(r.errLines().size() > 2, r.err());
        assertTrue(r.err().contains("LoadException") && r.err().contains("\tat "), r.err());
    }

    @Test
    void aSourceThatTakesTooLongIsGivenUp() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/", exchange -> {
                try {
                    Thread.sleep(HANG_GUARD.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run(Duration.ofSeconds(1), "analyze", server.url("/never")).assertOneSentence("gave up");
        }
    }

    @Test
    void aControlCharacterInTheSourceCannotBreakTheLine() {
        Run r = run("analyze", dir + "/a\nb\r\u001b[31m.html");
        r.assertOneSentence("File not found");
        assertFalse(r.err().contains("\u001b"), "no terminal escape");
    }

    @Test
    void severalSourcesGiveOneJsonLineEachAndFailIfAnyFailed() throws Exception {
        Path good = Files.writeString(
                dir.resolve("good.txt"), "عنوان\n\nقال الوزير إن الاتفاق قريب.\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("analyze", good.toString(), empty.toString());
        assertEquals(Cli.FAILED, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        ObjectMapper json = new ObjectMapper();
        assertTrue(json.readTree(lines.get(0)).has("blocks"), lines.get(0));
        JsonNode error = json.readTree(lines.get(1));
        assertEquals(empty.toString(), error.get("source").asText());
        assertTrue(error.get("error").asText().contains("is empty"), lines.get(1));
    }

    @Test
    void aGoodFileExitsZeroWithJson() throws Exception {
        Path good = Files.writeString(
                dir.resolve("good.txt"), "عنوان\n\nقال الوزير إن الاتفاق قريب.\n", StandardCharsets.UTF_8);
        Run r = run("analyze", good.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("عنوان", new ObjectMapper().readTree(r.out()).get("title").asText());
    }

    @Test
    void tagConllReportsFilesItCannotRead() throws Exception {
        Path latin1 =
                Files.write(dir.resolve("bad.conll"), new byte[] {'a', ' ', 'O', '\n', (byte) 0xE9, ' ', 'O', '\n'});
        run("tag-conll", latin1.toString()).assertOneSentence("is not UTF-8 text");
        run("tag-conll", dir.toString()).assertOneSentence("is a folder");
        run("tag-conll", dir.resolve("none.conll").toString()).assertOneSentence("File not found");
    }

    @Test
    void longSentencesAreCut() {
        String line = Cli.oneLine("x".repeat(10_000));
        assertEquals(Cli.MAX_SENTENCE_CHARS + 1, line.length());
        assertTrue(line.endsWith("…"));
    }
}
