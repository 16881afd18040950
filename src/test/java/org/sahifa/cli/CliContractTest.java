package org.sahifa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContractTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyzePrintsTheContractFieldsWithConsistentOffsets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(
                file,
                "عنوان قصير للمقال\n\nقالت وزيرة الثقافة ليلى بن عمر في تونس إن “الخط ذاكرة حية” للمنطقة.\n\nشاركها.\n");
        assertEquals(Cli.OK, run("analyze", file.toString()));
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals("عنوان قصير للمقال", json.get("title").asText());
        assertEquals("rtl", json.get("dir").asText());
        assertEquals(1, json.get("blocks").size(), "the share line is dropped: " + json.get("blocks"));
        assertEquals("paragraph", json.get("blocks").get(0).get("type").asText());
        for (JsonNode quote : json.get("quotes")) {
            String block = json.get("blocks")
                    .get(quote.get("block").asInt())
                    .get("text")
                    .asText();
            assertEquals(
                    quote.get("text").asText(),
                    block.substring(quote.get("start").asInt(), quote.get("end").asInt()));
        }
        for (JsonNode entity : json.get("entities")) {
            for (JsonNode m : entity.get("mentions")) {
                String block = json.get("blocks")
                        .get(m.get("block").asInt())
                        .get("text")
                        .asText();
                assertEquals(
                        m.get("text").asText(),
                        block.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        assertTrue(stdout().contains("الخط ذاكرة حية"));
    }

    @Test
    void aMissingFileIsOneSentenceOnStderrAndAFailureCode() {
        assertEquals(Cli.FAILED, run("analyze", "/no/such/article.html"));
        String message = stderr().strip();
        assertFalse(message.contains("\n"), "one line, no stack trace: " + message);
        assertTrue(message.contains("/no/such/article.html"), message);
        assertEquals("", stdout());
    }

    @Test
    void severalSourcesGiveJsonLinesWithAnErrorLineForTheOneThatFails(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.md");
        Files.writeString(good, "# عنوان\n\nفقرة أولى من المقال.\n");
        assertEquals(
                Cli.FAILED,
                run("analyze", good.toString(), dir.resolve("missing.txt").toString(), good.toString()));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals(3, lines.size());
        assertEquals("عنوان", lines.get(0).get("title").asText());
        assertTrue(lines.get(1).has("error"));
        assertEquals(
                dir.resolve("missing.txt").toString(),
                lines.get(1).get("source").asText());
        assertEquals("عنوان", lines.get(2).get("title").asText());
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(Cli.USAGE, run("analyze"));
        assertTrue(stderr().startsWith("usage:"));
    }
}
