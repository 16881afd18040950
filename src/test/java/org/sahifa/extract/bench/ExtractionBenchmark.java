package org.sahifa.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.extract.HtmlExtractor;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

/**
 * Time to extract the article of a page of about 1 MB, warm.
 *
 * <p>{@code synthetic-arabic}: the project's WordPress fixture grown to 1 MB (the article repeated,
 * plus sidebars of links), always available. {@code wikipedia-2} (1.0 MB) and {@code guardian-1}
 * (1.1 MB) are real pages of ../shared/data/extraction/readability-test-pages, read at run time.
 * {@code fromBytes} includes charset sniffing and Jsoup parsing; {@code fromParsedDocument} is the
 * extraction alone.
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main
 * ExtractionBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    static final int TARGET_BYTES = 1_000_000;

    @Param({"synthetic-arabic", "wikipedia-2", "guardian-1"})
    public String page;

    private RawDocument raw;
    private Document parsed;

    @Setup
    public void load() throws IOException {
        byte[] bytes = page.equals("synthetic-arabic")
                ? syntheticPage()
                : Files.readAllBytes(Path.of(
                        System.getProperty("sahifa.shared", "../shared"),
                        "data/extraction/readability-test-pages",
                        page,
                        "source.html"));
        raw = new RawDocument(page, "https://example.org/", bytes, null, DocumentKind.HTML);
        parsed = ArticleExtractor.parseHtml(raw);
    }

    @Benchmark
    public Article fromBytes() {
        return ArticleExtractor.extract(raw);
    }

    @Benchmark
    public Article fromParsedDocument() {
        return HtmlExtractor.extract(parsed, page);
    }

    /** The WordPress fixture with its article body repeated and link sidebars added until it weighs {@link #TARGET_BYTES}. */
    static byte[] syntheticPage() throws IOException {
        String html;
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/extract/wordpress-jsonld.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = html.indexOf("<p>", html.indexOf("entry-content"));
        int end = html.indexOf("<div class=\"sharedaddy");
        String body = html.substring(start, end);
        String sidebarItem = "<li><a href=\"/n\">عنوان خبر آخر في قائمة الأخبار الجانبية للموقع</a></li>";
        StringBuilder article = new StringBuilder();
        StringBuilder sidebar = new StringBuilder("<aside class=\"widget-area\"><ul>");
        while (html.length() + article.length() + sidebar.length() * 2 < TARGET_BYTES / 2) {
            article.append(body);
            sidebar.append(sidebarItem.repeat(10));
        }
        sidebar.append("</ul></aside>");
        String grown = html.substring(0, end)
                + article
                + html.substring(end)
                        .replace("</main>", "</main>" + sidebar)
                        .replace("<footer id=\"colophon\"", sidebar + "<footer id=\"colophon\"");
        return grown.getBytes(StandardCharsets.UTF_8);
    }
}
