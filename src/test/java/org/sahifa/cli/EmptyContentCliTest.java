package org.sahifa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18: content with nothing visible is refused as empty, with the sentence and exit code of a blank file. */
class EmptyContentCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "blank.txt, 200A090A",
        "bom16.txt, FFFE",
        "nuls.txt, 00000000000000000000",
        "marks.txt, C2A0E2808FE2808EC2A00A",
        "marks.html, 3C68746D6C3E3C626F64793E266E6273703B3C703E26726C6D3B3C2F703E3C2F626F64793E3C2F68746D6C3E",
        "marks.md, E2808F0A0AC2A00A",
    })
    void nothingVisibleIsEmptyWhateverTheBytes(String name, String hex) throws IOException {
        Path file = Files.write(dir.resolve(name), HexFormat.of().parseHex(hex));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new Cli(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8),
                                Cli.SOURCE_TIME_LIMIT)
                        .run(new String[] {"analyze", file.toString()}));
        assertEquals(Cli.FAILED, code, name);
        assertEquals(file + " is empty.", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
