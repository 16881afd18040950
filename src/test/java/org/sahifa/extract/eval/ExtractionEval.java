package org.sahifa.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.extract.PublishedDate;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.text.TextCleaner;

/**
 * Scores HTML extraction on a folder of golden pages in the layout of Mozilla Readability's test
 * suite: one sub-folder per page with {@code source.html}, {@code expected.html} and
 * {@code expected-metadata.json}.
 *
 * <p>Text: token precision/recall/F1 of the joined block texts against the text of
 * {@code expected.html} (see {@link TokenOverlap} for the normalisation). Metadata: a field is
 * scored only on pages whose expected value is not null; values are compared after
 * {@link TextCleaner#clean} (white space folded), {@code lang} and {@code dir} case-insensitively,
 * dates as instants when both parse as ISO-8601 date-times. Values we give where Readability gives
 * none are counted apart as "extra" (often right: e.g. a {@code <time datetime>} it does not read).
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath
 * org.sahifa.extract.eval.ExtractionEval ../shared/data/extraction/readability-test-pages"}
 */
public final class ExtractionEval {
    /** The URL Readability's tests give every page, so relative links resolve the same way. */
    static final String BASE_URI = "http://fakehost/test/page.html";

    static final List<String> FIELDS =
            List.of("title", "byline", "siteName", "dir", "lang", "publishedTime", "readerable");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One field of one page: what was expected, what we gave. */
    public record FieldCheck(String expected, String actual) {
        public FieldCheck {
            expected = expected == null || expected.isBlank() ? null : expected; // Readability's "" title means none
        }

        public boolean scored() {
            return expected != null;
        }

        public boolean extra() {
            return expected == null && actual != null;
        }

        public boolean right(String field) {
            if (expected == null || actual == null) {
                return expected == null && actual == null;
            }
            String e = TextCleaner.clean(expected);
            String a = TextCleaner.clean(actual);
            return switch (field) {
                case "lang", "dir" -> e.equalsIgnoreCase(a);
                // the page's own text is expected; Sahifa gives it as ISO-8601, so the same date written otherwise
                // counts
                case "publishedTime" -> e.equals(a) || a.equals(PublishedDate.normalise(e)) || sameInstant(e, a);
                default -> e.equals(a);
            };
        }
    }

    public record PageResult(String page, TokenOverlap text, Map<String, FieldCheck> fields) {}

    /** Results over all pages, with the means the floors are checked against. */
    public record Report(List<PageResult> pages) {
        public double meanF1() {
            return pages.stream().mapToDouble(p -> p.text().f1()).average().orElse(0);
        }

        public double meanPrecision() {
            return pages.stream()
                    .mapToDouble(p -> p.text().precision())
                    .average()
                    .orElse(0);
        }

        public double meanRecall() {
            return pages.stream().mapToDouble(p -> p.text().recall()).average().orElse(0);
        }

        /** Share of pages with an expected value for the field where ours is right. */
        public double accuracy(String field) {
            long scored =
                    pages.stream().filter(p -> p.fields().get(field).scored()).count();
            long right = pages.stream()
                    .filter(p -> p.fields().get(field).scored()
                            && p.fields().get(field).right(field))
                    .count();
            return scored == 0 ? 1 : (double) right / scored;
        }

        public long scored(String field) {
            return pages.stream().filter(p -> p.fields().get(field).scored()).count();
        }

        public long extras(String field) {
            return pages.stream().filter(p -> p.fields().get(field).extra()).count();
        }

        public PageResult page(String name) {
            return pages.stream().filter(p -> p.page().equals(name)).findFirst().orElse(null);
        }
    }

    private ExtractionEval() {}

    public static Report run(Path root) throws IOException {
        List<PageResult> results = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
                    .sorted()
                    .toList()) {
                results.add(scorePage(dir));
            }
        }
        return new Report(results);
    }

    static PageResult scorePage(Path dir) throws IOException {
        byte[] source = Files.readAllBytes(dir.resolve("source.html"));
        Article article =
                ArticleExtractor.extract(new RawDocument(dir.toString(), BASE_URI, source, null, DocumentKind.HTML));
        String expectedText = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8))
                .body()
                .text();
        TokenOverlap overlap = TokenOverlap.of(blockText(article), expectedText);

        JsonNode meta = JSON.readTree(dir.resolve("expected-metadata.json").toFile());
        Map<String, FieldCheck> fields = new LinkedHashMap<>();
        fields.put("title", new FieldCheck(text(meta, "title"), article.title()));
        fields.put("byline", new FieldCheck(text(meta, "byline"), article.byline()));
        fields.put("siteName", new FieldCheck(text(meta, "siteName"), article.site()));
        fields.put("dir", new FieldCheck(text(meta, "dir"), article.dir().name().toLowerCase(Locale.ROOT)));
        fields.put("lang", new FieldCheck(text(meta, "lang"), article.lang()));
        fields.put("publishedTime", new FieldCheck(text(meta, "publishedTime"), article.published()));
        fields.put("readerable", new FieldCheck(text(meta, "readerable"), String.valueOf(article.readerable())));
        return new PageResult(dir.getFileName().toString(), overlap, fields);
    }

    static String blockText(Article article) {
        StringBuilder sb = new StringBuilder();
        for (Block block : article.blocks()) {
            sb.append(block.text()).append('\n');
        }
        return sb.toString();
    }

    private static String text(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return OffsetDateTime.parse(a)
                    .toInstant()
                    .equals(OffsetDateTime.parse(b).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Prints one line per page (F1 and a mark per field: {@code +} right, {@code -} wrong, {@code .} not scored) and the means. */
    public static void print(Report report, PrintStream out) {
        out.printf("%-45s %6s %6s %6s  %s%n", "page", "P", "R", "F1", String.join(" ", FIELDS));
        for (PageResult p : report.pages()) {
            StringBuilder marks = new StringBuilder();
            for (String f : FIELDS) {
                FieldCheck c = p.fields().get(f);
                char mark = !c.scored() ? '.' : c.right(f) ? '+' : '-';
                marks.append(String.format("%-" + f.length() + "s ", mark));
            }
            out.printf(
                    "%-45s %6.3f %6.3f %6.3f  %s%n",
                    p.page(), p.text().precision(), p.text().recall(), p.text().f1(), marks);
        }
        out.printf(
                "%nmean over %d pages: precision %.4f  recall %.4f  F1 %.4f%n",
                report.pages().size(), report.meanPrecision(), report.meanRecall(), report.meanF1());
        for (String f : FIELDS) {
            out.printf(
                    "%-14s right %5.1f%% of %3d scored pages   (%d extra values where none expected)%n",
                    f, 100 * report.accuracy(f), report.scored(f), report.extras(f));
        }
    }

    /** Prints the wrong metadata values, for working on them. */
    public static void printMisses(Report report, PrintStream out) {
        for (PageResult p : report.pages()) {
            for (String f : FIELDS) {
                FieldCheck c = p.fields().get(f);
                if (c.scored() && !c.right(f)) {
                    out.printf("%s %s: expected [%s] got [%s]%n", p.page(), f, c.expected(), c.actual());
                }
            }
        }
    }

    /**
     * Scores a page in newspaper4k's test layout ({@code html_*.html}, {@code txt_*.txt},
     * {@code metadata_*.json} with {@code title} and {@code language}): text against the txt file.
     */
    public static PageResult scoreNewspaperPage(Path dir) throws IOException {
        Path html;
        try (Stream<Path> files = Files.list(dir)) {
            html = files.filter(f -> f.getFileName().toString().matches("html_.*\\.html"))
                    .findFirst()
                    .orElseThrow();
        }
        String stem = html.getFileName().toString().replaceFirst("^html_", "").replaceFirst("\\.html$", "");
        Article article = ArticleExtractor.extract(
                new RawDocument(html.toString(), BASE_URI, Files.readAllBytes(html), null, DocumentKind.HTML));
        TokenOverlap overlap = TokenOverlap.of(
                blockText(article), Files.readString(dir.resolve("txt_" + stem + ".txt"), StandardCharsets.UTF_8));
        JsonNode meta = JSON.readTree(dir.resolve("metadata_" + stem + ".json").toFile());
        Map<String, FieldCheck> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            fields.put(f, new FieldCheck(null, null));
        }
        fields.put("title", new FieldCheck(text(meta, "title"), article.title()));
        fields.put("lang", new FieldCheck(text(meta, "language"), article.lang()));
        fields.put("dir", new FieldCheck("rtl", article.dir().name().toLowerCase(Locale.ROOT)));
        return new PageResult(dir.getFileName().toString(), overlap, fields);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "usage: ExtractionEval PAGES_FOLDER [--misses]   (a folder of Readability-style pages, or one newspaper4k-style page)");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Report report = Files.isRegularFile(root.resolve("LICENSE"))
                        && !Files.isDirectory(root.resolve("001"))
                        && Files.list(root)
                                .anyMatch(f -> f.getFileName().toString().startsWith("html_"))
                ? new Report(List.of(scoreNewspaperPage(root)))
                : run(root);
        print(report, System.out);
        if (args.length > 1 && args[1].equals("--misses")) {
            printMisses(report, System.out);
        }
    }
}
