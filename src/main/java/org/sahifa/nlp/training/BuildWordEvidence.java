package org.sahifa.nlp.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sahifa.nlp.TextTokens;
import org.sahifa.nlp.WordEvidence;

/**
 * Counts the unlabelled news corpus into {@code resources/nlp/word-evidence.tsv.gz} ({@link WordEvidence}). The
 * articles of the news evaluation set are left out, so the evidence says nothing about them: their line numbers, one
 * per line (the second column of {@code eval/news/draw.py}'s output, without the development sets dev2 … dev5 drawn
 * after blind18, which the bundled file counts), are the third argument. Run from the project folder:
 *
 * <pre>{@code
 * python3 eval/news/draw.py | awk -F'\t' '$1 !~ /^dev[2-5]$/' | cut -f2 > target/eval-lines.txt
 * mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.BuildWordEvidence \
 *   -Dexec.args="../shared/data/unlabelled/saudinewsnet.jsonl.gz resources/nlp/word-evidence.tsv.gz target/eval-lines.txt"
 * }</pre>
 *
 * The file is drawn from SaudiNewsNet and carries its licence, CC BY-NC-SA 4.0, as the word clusters do.
 */
public final class BuildWordEvidence {
    private static final Logger LOG = Logger.getLogger(BuildWordEvidence.class.getName());

    private BuildWordEvidence() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<Long> excluded = new HashSet<>();
        if (args.length > 2) {
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                if (!line.isBlank()) {
                    excluded.add(Long.parseLong(line.trim()));
                }
            }
        }
        WordEvidence.Counter counter = new WordEvidence.Counter();
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        int skipped = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine(), n++) {
                if (excluded.contains(n)) {
                    skipped++;
                    continue;
                }
                JsonNode article = json.readTree(line);
                for (String field : new String[] {"title", "content"}) {
                    for (List<TextTokens.Token> sentence :
                            TextTokens.sentences(article.path(field).asText())) {
                        counter.add(
                                sentence.stream().map(TextTokens.Token::text).toArray(String[]::new));
                    }
                }
            }
        }
        List<String> result = counter.lines();
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# word evidence from SaudiNewsNet (CC BY-NC-SA 4.0), see WordEvidence\n");
            for (String line : result) {
                w.write(line);
                w.write('\n');
            }
        }
        if (args.length > 3) {
            Files.write(Path.of(args[3]), counter.counts(), StandardCharsets.UTF_8);
        }
        long articles = n;
        int left = skipped;
        LOG.info(() ->
                String.format("%d articles read, %d left out, %d lines written", articles - left, left, result.size()));
    }
}
