package org.sahifa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sahifa library …}: JSON Lines out, the same exit and error rules as {@code analyze}. */
class LibraryCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, List<JsonNode> lines, String err) {}

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all =
                new ArrayList<>(List.of("library", "--dir", dir.resolve("lib").toString()));
        all.addAll(List.of(args));
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(MAPPER.readTree(line));
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    private Path article(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void addSearchEntityAndListWorkTogether() throws Exception {
        Path one = article(
                "one.txt", "لقاء في موسكو\n\nقال وزير الخارجية الروسي سيرغي لافروف إن المفاوضات مع واشنطن ستستمر.\n");
        Path two = article("two.txt", "تصريح جديد\n\nوأكد لافروف أن بلاده ملتزمة بالمفاوضات رغم الخلافات.\n");
        Run added = run(
                "add",
                one.toString(),
                two.toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(Cli.FAILED, added.code(), "one source was missing");
        assertEquals(3, added.lines().size());
        assertTrue(added.lines().get(2).has("error"));
        assertEquals(Cli.OK, run("add", one.toString()).code()); // again: updated, not duplicated

        List<JsonNode> listed = run("list").lines();
        assertEquals(2, listed.size());

        Run search = run("search", "مفاوضات");
        assertEquals(Cli.OK, search.code());
        assertEquals(2, search.lines().size());
        for (JsonNode hit : search.lines()) {
            assertTrue(hit.get("snippet").asText().contains("<b>"), hit.toString());
            assertTrue(hit.get("score").asDouble() > 0);
        }
        assertTrue(
                search.lines().get(0).get("score").asDouble()
                        >= search.lines().get(1).get("score").asDouble(),
                "best first");

        List<JsonNode> lavrov = run("entity", "لافروف").lines();
        assertEquals(
                List.of(one.toString(), two.toString()),
                lavrov.stream().map(l -> l.get("source").asText()).sorted().toList());
        assertTrue(lavrov.stream().allMatch(l -> l.get("mentions").asInt() >= 1));
        assertEquals(
                List.of(one.toString(), two.toString()),
                run("entity", "Sergei Lavrov").lines().stream()
                        .map(l -> l.get("source").asText())
                        .sorted()
                        .toList(),
                "the Latin spelling finds the articles that write the name in Arabic");
        assertEquals(
                List.of(two.toString()),
                run("entity", "Alexander Lavrov").lines().stream()
                        .map(l -> l.get("source").asText())
                        .toList(),
                "another first name is another person; «لافروف» alone may be either");

        Path out = dir.resolve("export");
        Run exported = run("export", out.toString(), "md");
        assertEquals(Cli.OK, exported.code(), exported.err());
        assertEquals(2, exported.lines().get(0).get("articles").asInt());
        List<String> analyses = Files.readAllLines(out.resolve("analyses.jsonl"), StandardCharsets.UTF_8);
        assertEquals(
                List.of(one.toString(), two.toString()),
                analyses.stream()
                        .map(l -> readTree(l).get("source").asText())
                        .sorted()
                        .toList());
        for (JsonNode row : listed) {
            String markdown = Files.readString(out.resolve(row.get("id").asText() + ".md"), StandardCharsets.UTF_8);
            assertTrue(markdown.contains(row.get("title").asText()), markdown);
        }
        assertEquals(Cli.USAGE, run("export", out.toString(), "pdf").code());
    }

    @Test
    void highlightsArePrintedAsMarkdownOrCsvForOneArticleOrTheWholeLibrary() throws Exception {
        Path one = article("one.txt", "لقاء في موسكو\n\nقال لافروف إن المفاوضات ستستمر.\n");
        Path two = article("two.txt", "تصريح\n\nأكد الوزير التزام بلاده.\n");
        assertEquals(Cli.OK, run("add", one.toString(), two.toString()).code());
        try (org.sahifa.library.Library library = org.sahifa.library.Library.open(dir.resolve("lib"))) {
            long a = library.idOf(one.toString()).orElseThrow();
            long b = library.idOf(two.toString()).orElseThrow();
            String first =
                    library.load(a).orElseThrow().article().blocks().get(0).text();
            int at = first.indexOf("المفاوضات");
            library.addHighlight(a, 0, at, 0, at + "المفاوضات".length(), "نقطة, مهمة");
            library.addHighlight(b, 0, 0, 0, 3, null);
        }
        String md = runText("highlights", one.toString());
        assertTrue(md.contains("> المفاوضات\n\nنقطة, مهمة\n"), md);
        assertFalse(md.contains("أكد"), "only that article: " + md);

        String csv = runText("highlights", "--format", "csv");
        List<String> lines = csv.lines().toList();
        assertEquals("source,title,block,start,end_block,end,text,note,created", lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(csv.contains("\"نقطة, مهمة\""), csv);

        assertEquals(Cli.USAGE, run("highlights", "--format", "pdf").code());
        Run missing = run("highlights", dir.resolve("never-saved.txt").toString());
        assertEquals(Cli.FAILED, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    /** Runs the command and returns what it printed, which is not JSON Lines. */
    private String runText(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all =
                new ArrayList<>(List.of("library", "--dir", dir.resolve("lib").toString()));
        all.addAll(List.of(args));
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        assertEquals(Cli.OK, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLibraryOfANewerSchemaFailsWithOneSentence() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        Run r = run("list");
        assertEquals(Cli.FAILED, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("newer version of Sahifa"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void wrongArgumentsPrintTheUsage() throws Exception {
        assertEquals(Cli.USAGE, run("search").code());
        assertEquals(Cli.USAGE, run("forget", "x").code());
        assertTrue(run("--verbose", "list").err().startsWith("usage:"));
    }
}
