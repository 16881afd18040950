package org.sahifa.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Writes the news evaluation set of docs/news-eval.md: for each split ({@code dev}, {@code held}, {@code blind2}, {@code blind3}, {@code blind4},
 * {@code blind5}, {@code blind6}, {@code blind7}, {@code blind8}, {@code blind9}, {@code blind10}, {@code blind11}, {@code blind12}, {@code blind13}, {@code blind14}, {@code blind15}, {@code blind16}, the speaker sets {@code spk1} and {@code spk2}, {@code blind17}, {@code blind18} and the development sets {@code dev2}, {@code dev3} and {@code dev5}) the articles as
 * {@code a<line>.txt} (read from SaudiNewsNet in ../shared, never stored in the repository) and a {@code gold.json}
 * in the format of {@code ../shared/tools/score-analysis.py}, the quotation texts cut from their recorded offsets.
 *
 * <p>The speaker sets are annotated for quotations and speakers only ({@code "entities": "not annotated"}): their
 * entity lists are empty and each article lists its speakers' alias groups under {@code speakers}. The scorer learns
 * a speaker's aliases from the entity lists, so those groups are written as the scorer gold's people; the entity
 * figures of these splits mean nothing.
 *
 * <p>Run with {@code eval/news/score.sh}, or {@code mvn -o -q -B test-compile exec:exec
 * -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser ../shared target/news-eval"}.
 */
public final class NewsEvalMaterialiser {
    static final List<String> SPLITS = List.of(
            "dev", "held", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
            "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "spk1", "spk2", "blind17", "blind18",
            "dev2", "dev3", "dev4", "dev5");
    static final String CORPUS = "data/unlabelled/saudinewsnet.jsonl.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One quotation as the gold records it and as the materialiser cut it. */
    record CutQuote(long line, int start, int end, String firstWords, String text) {}

    private final Map<Long, JsonNode> articles;

    private NewsEvalMaterialiser(Map<Long, JsonNode> articles) {
        this.articles = articles;
    }

    /** Reads from the corpus the articles every split's gold names. */
    static NewsEvalMaterialiser open(Path shared) throws IOException {
        List<Long> wanted = new ArrayList<>();
        for (String split : SPLITS) {
            for (JsonNode a : gold(split).get("articles")) {
                wanted.add(a.get("line").asLong());
            }
        }
        Map<Long, JsonNode> found = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared.resolve(CORPUS)));
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), n++) {
                if (wanted.contains(n)) {
                    found.put(n, JSON.readTree(line));
                }
            }
        }
        return new NewsEvalMaterialiser(found);
    }

    /** The committed annotations of one split. */
    static JsonNode gold(String split) throws IOException {
        try (InputStream in = NewsEvalMaterialiser.class.getResourceAsStream("/news-eval/" + split + ".json")) {
            if (in == null) {
                throw new IOException("no gold for split " + split);
            }
            return JSON.readTree(in);
        }
    }

    /** The text an article is scored on: its title, a blank line, its content, as in the corpus. */
    String text(long line) {
        JsonNode a = articles.get(line);
        if (a == null) {
            throw new IllegalArgumentException("line " + line + " is not in the corpus");
        }
        return a.get("title").asText() + "\n\n" + a.get("content").asText();
    }

    String url(long line) {
        return articles.get(line).get("url").asText();
    }

    /** Every quotation (and optional quotation) of a split, cut from its article by the recorded offsets. */
    List<CutQuote> quotes(String split) throws IOException {
        List<CutQuote> out = new ArrayList<>();
        for (JsonNode a : gold(split).get("articles")) {
            long line = a.get("line").asLong();
            String text = text(line);
            for (String field : List.of("quotes", "optional_quotes")) {
                for (JsonNode q : a.get(field)) {
                    int start = q.get("start").asInt();
                    int end = q.get("end").asInt();
                    String cut = start >= 0 && start <= end && end <= text.length() ? text.substring(start, end) : "";
                    out.add(new CutQuote(line, start, end, q.get("first").asText(), cut));
                }
            }
        }
        return out;
    }

    /** Writes {@code out/<split>/a<line>.txt} and {@code out/<split>/gold.json}. */
    void write(String split, Path out) throws IOException {
        Path dir = Files.createDirectories(out.resolve(split));
        ObjectNode scorerGold = JSON.createObjectNode();
        for (JsonNode a : gold(split).get("articles")) {
            long line = a.get("line").asLong();
            if (!url(line).equals(a.get("url").asText())) {
                throw new IOException("line " + line + " of the corpus is not the annotated article " + a.get("url"));
            }
            String text = text(line);
            Files.writeString(dir.resolve(a.get("file").asText()), text, StandardCharsets.UTF_8);
            ObjectNode g = scorerGold.putObject(a.get("file").asText());
            for (String field : List.of("people", "locations", "organizations", "optional")) {
                g.set(field, a.get(field));
            }
            if (a.has("speakers")) {
                // quotations and speakers only: the speakers' alias groups let the scorer match a speaker's aliases
                g.set("people", a.get("speakers"));
            }
            ArrayNode quotes = g.putArray("quotes");
            for (JsonNode q : a.get("quotes")) {
                ObjectNode cut = quotes.addObject();
                cut.put(
                        "text",
                        text.substring(q.get("start").asInt(), q.get("end").asInt()));
                cut.set("speaker", q.get("speaker"));
            }
            ArrayNode optional = g.putArray("optional_quotes");
            for (JsonNode q : a.get("optional_quotes")) {
                optional.add(text.substring(q.get("start").asInt(), q.get("end").asInt()));
            }
        }
        Files.writeString(
                dir.resolve("gold.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scorerGold),
                StandardCharsets.UTF_8);
    }

    /** Arguments: the shared folder (default ../shared) and the output folder (default target/news-eval). */
    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path out = Path.of(args.length > 1 ? args[1] : "target/news-eval");
        try {
            NewsEvalMaterialiser set = open(shared);
            for (String split : SPLITS) {
                set.write(split, out);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("Could not write the news evaluation set: " + e.getMessage());
            System.exit(1);
        }
    }
}
