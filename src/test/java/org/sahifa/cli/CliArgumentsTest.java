package org.sahifa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.load.LocalHttpServer;

/** Issue 18 §5: source names as given, {@code --}, an existing file before a guessed address, credentials hidden. */
class CliArgumentsTest {
    private static final String ARTICLE = "<html><body><article><p>قال الرئيس إن الحكومة ستواصل العمل في القاهرة.</p>"
            + "<p>وأكد الوزير أن الاجتماع سيعقد الأسبوع المقبل.</p></article></body></html>";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileNameWithSpacesAtItsEndsIsOpenedAsGiven() throws Exception {
        Path spaced = Files.writeString(dir.resolve(" مقال .html"), ARTICLE);
        Run r = run("analyze", spaced.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("الاجتماع"));
    }

    /** Relative names as a user types them: these files are made in the working folder, and removed. */
    @Test
    void anExistingFileWinsOverAGuessedAddressAndDashesFollowTheSeparator() throws Exception {
        Path www = Path.of("www.sahifa-robust-test.html");
        Path dashes = Path.of("--sahifa-robust-test.html");
        try {
            Files.writeString(www, ARTICLE);
            Files.writeString(dashes, ARTICLE);
            Run asFile = run("analyze", www.toString());
            assertEquals(Cli.OK, asFile.code(), asFile.err());
            assertEquals(Cli.USAGE, run("analyze", dashes.toString()).code(), "before --, it reads as an option");
            Run separated = run("analyze", "--", dashes.toString());
            assertEquals(Cli.OK, separated.code(), separated.err());
            assertEquals(
                    Cli.OK, run("analyze", "--debug", "--", dashes.toString()).code());
        } finally {
            Files.deleteIfExists(www);
            Files.deleteIfExists(dashes);
        }
    }

    @Test
    void thePasswordOfAnAddressIsNeverShown() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on("/a.html", LocalHttpServer.respond(200, "text/html; charset=utf-8", ARTICLE));
            server.on("/gone.html", LocalHttpServer.respond(404, "text/html", "<p>no</p>"));
            String ok = server.url("/a.html").replace("http://", "http://reader:s3cret@");
            String gone = server.url("/gone.html").replace("http://", "http://reader:s3cret@");
            Run one = run("analyze", ok);
            assertEquals(Cli.OK, one.code(), one.err());
            String source = new ObjectMapper().readTree(one.out()).get("source").asText();
            assertFalse(source.contains("s3cret"), source);
            assertTrue(source.contains("reader:***@"), source);
            Run failed = run("analyze", gone);
            assertFalse(failed.err().contains("s3cret"), failed.err());
            Run batch = run("analyze", ok, gone);
            assertFalse(batch.out().contains("s3cret") || batch.err().contains("s3cret"), batch.out());
        }
    }
}
