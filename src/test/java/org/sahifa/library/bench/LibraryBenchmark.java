package org.sahifa.library.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.library.EntitySummary;
import org.sahifa.library.Library;
import org.sahifa.library.Original;
import org.sahifa.library.SearchFilter;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Analysis;

/**
 * Builds a library of N articles of SaudiNewsNet ({@code ../shared/data/unlabelled/saudinewsnet.jsonl.gz}, read in
 * place) and measures import (extraction and analysis included, on as many threads as cores), size, warm search
 * and entity queries. A benchmark main, not a test: excluded from surefire by its name.
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath -Dsahifa.shared=../shared
 * org.sahifa.library.bench.LibraryBenchmark 10000 /tmp/sahifa-bench-library"}
 */
public final class LibraryBenchmark {
    /** Queries for the search figures: single words in several forms, Latin words and quoted phrases. */
    public static final List<String> QUERIES = List.of(
            "المفاوضات",
            "مفاوضات",
            "السعودية",
            "الرياض",
            "وزير الخارجية",
            "\"وزير الخارجية\"",
            "النفط",
            "أسعار النفط",
            "الأمم المتحدة",
            "\"الأمم المتحدة\"",
            "اليمن",
            "الحوثيين",
            "سوريا",
            "داعش",
            "الإرهاب",
            "التعليم",
            "الجامعة",
            "كرة القدم",
            "الهلال",
            "النصر",
            "الصحة",
            "كورونا",
            "المطر",
            "الأمطار",
            "الاقتصاد",
            "الاستثمار",
            "البورصة",
            "أوباما",
            "إيران",
            "مصر",
            "Apple",
            "iPhone",
            "FIFA",
            "2015",
            "١٤٣٦",
            "رمضان",
            "الحج",
            "مكة",
            "المدينة المنورة",
            "ولي العهد");

    /** The searching thread's own CPU time: the machine is shared, so wall time includes waiting for a core. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LibraryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-library");
        Path data = Path.of(
                System.getProperty("sahifa.shared", "../shared"), "data", "unlabelled", "saudinewsnet.jsonl.gz");
        deleteTree(dir);
        List<RawDocument> docs = read(data, count);
        long textBytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
        int threads = Runtime.getRuntime().availableProcessors();
        say(
                "%d articles, %.1f MB of text, %d threads; load average at start %.1f",
                docs.size(),
                textBytes / 1e6,
                threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Analyzer analyzer = Analyzer.standard();
        long start = System.nanoTime();
        try (Library library = Library.open(dir)) {
            importAll(library, analyzer, docs, threads);
            library.commitIndex();
            double seconds = (System.nanoTime() - start) / 1e9;
            say(
                    "import: %.1f s, %.1f articles/s (extraction, analysis and saving); load average now %.1f",
                    seconds,
                    docs.size() / seconds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        sizes(dir, textBytes);
        try (Library library = Library.open(dir)) {
            long t0 = System.nanoTime();
            library.compact();
            say("compact (index force-merged, database vacuumed): %.1f s", (System.nanoTime() - t0) / 1e9);
        }
        sizes(dir, textBytes);
        try (Library library = Library.open(dir)) {
            searchFigures(library);
            entityFigures(library);
            filteredSearchFigures(library);
            readFigures(library);
        }
    }

    private static void importAll(Library library, Analyzer analyzer, List<RawDocument> docs, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Analysis>> pending = new ArrayList<>();
            for (RawDocument doc : docs) {
                pending.add(pool.submit(() -> analyzer.analyze(ArticleExtractor.extract(doc))));
            }
            for (int i = 0; i < docs.size(); i++) {
                RawDocument doc = docs.get(i);
                library.save(pending.get(i).get(), new Original(doc.kind().name(), "UTF-8", doc.bytes()));
                pending.set(i, null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sizes(Path dir, long textBytes) throws Exception {
        long database = Files.size(dir.resolve("library.db"));
        long originals;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(length(bytes)) FROM original")) {
            originals = r.getLong(1);
        }
        long index;
        try (Stream<Path> files = Files.list(dir.resolve(Library.INDEX_FOLDER))) {
            index = files.mapToLong(p -> p.toFile().length()).sum();
        }
        long without = database - originals + index;
        say(
                "size: database %.1f MB (of which deflated originals %.1f MB), index %.1f MB; database without originals + index = %.1f MB"
                        + " = %.0f%% of the text",
                database / 1e6, originals / 1e6, index / 1e6, without / 1e6, 100.0 * without / textBytes);
        long originalPages;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(pgsize) FROM dbstat WHERE name = 'original'")) {
            originalPages = r.getLong(1);
        }
        long withoutPages = database - originalPages + index;
        say(
                "  without the original table's pages (its free space too): %.1f MB = %.0f%% of the text",
                withoutPages / 1e6, 100.0 * withoutPages / textBytes);
        tableSizes(dir);
    }

    /** Pages and unused bytes per table and index, from SQLite's dbstat. */
    private static void tableSizes(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC")) {
            while (r.next()) {
                say("  %-28s %6.2f MB (unused %.2f MB)", r.getString(1), r.getLong(2) / 1e6, r.getLong(3) / 1e6);
            }
        }
    }

    private static void searchFigures(Library library) throws Exception {
        for (int round = 0; round < 5; round++) { // warm-up
            for (String q : QUERIES) {
                library.search(q, SearchFilter.NONE, 10);
            }
        }
        double[] millis = new double[QUERIES.size() * 10];
        double[] cpu = new double[millis.length];
        int n = 0;
        int hits = 0;
        for (int round = 0; round < 10; round++) {
            for (String q : QUERIES) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += library.search(q, SearchFilter.NONE, 10).size();
                millis[n] = (System.nanoTime() - t) / 1e6;
                cpu[n++] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        say(
                "search (top 10 with snippets), warm, %d queries: wall median %.2f ms, p95 %.2f ms, max %.2f ms;"
                        + " CPU of the searching thread median %.2f ms, p95 %.2f ms (%d hits)",
                n,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 100),
                percentile(cpu, 50),
                percentile(cpu, 95),
                hits);
    }

    private static void entityFigures(Library library) throws Exception {
        long t0 = System.nanoTime();
        List<EntitySummary> all = library.entities();
        say(
                "entity list: %d entries in %.0f ms; top: %s",
                all.size(), (System.nanoTime() - t0) / 1e6, all.subList(0, Math.min(5, all.size())));
        List<String> names = all.stream().limit(50).map(EntitySummary::name).toList();
        for (String name : names) {
            library.articlesMentioning(name); // warm-up
        }
        double[] millis = new double[names.size() * 5];
        double[] cpu = new double[millis.length];
        int n = 0;
        long articles = 0;
        for (int round = 0; round < 5; round++) {
            for (String name : names) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                articles += library.articlesMentioning(name).size();
                millis[n] = (System.nanoTime() - t) / 1e6;
                cpu[n++] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        say(
                "entity query (the 50 most named), warm, %d queries: wall median %.2f ms, p95 %.2f ms, max %.2f ms;"
                        + " CPU median %.2f ms, p95 %.2f ms (%.0f articles each on average)",
                n,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 100),
                percentile(cpu, 50),
                percentile(cpu, 95),
                (double) articles / n);
    }

    /** Searches narrowed to one of the 10 most named entities (the filter goes through the database). */
    private static void filteredSearchFigures(Library library) throws Exception {
        List<EntitySummary> top = library.entities().stream().limit(10).toList();
        List<String> queries = QUERIES.subList(0, 10);
        for (int round = 0; round < 3; round++) { // warm-up
            for (EntitySummary e : top) {
                for (String q : queries) {
                    library.search(q, SearchFilter.NONE.withEntity(e.type(), e.name()), 10);
                }
            }
        }
        double[] millis = new double[top.size() * queries.size()];
        double[] cpu = new double[millis.length];
        int n = 0;
        int hits = 0;
        for (EntitySummary e : top) {
            for (String q : queries) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += library.search(q, SearchFilter.NONE.withEntity(e.type(), e.name()), 10)
                        .size();
                millis[n] = (System.nanoTime() - t) / 1e6;
                cpu[n++] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        say(
                "search narrowed to an entity (10 most named × 10 queries): wall median %.2f ms, p95 %.2f ms;"
                        + " CPU median %.2f ms, p95 %.2f ms (%d hits)",
                percentile(millis, 50), percentile(millis, 95), percentile(cpu, 50), percentile(cpu, 95), hits);
    }

    /**
     * Opening one article from the store (what the reader does when one is chosen in the library), and the
     * quotations of the most quoted people (their texts are cut from the stored analyses).
     */
    private static void readFigures(Library library) throws Exception {
        List<Long> ids = library.list().stream().map(a -> a.id()).toList();
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 50; i++) { // warm-up
            library.load(ids.get(random.nextInt(ids.size())));
        }
        double[] millis = new double[300];
        double[] cpu = new double[millis.length];
        for (int i = 0; i < millis.length; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            library.load(id).orElseThrow();
            millis[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        say(
                "open one article from the store (300 at random): wall median %.2f ms, p95 %.2f ms; CPU median %.2f ms,"
                        + " p95 %.2f ms",
                percentile(millis, 50), percentile(millis, 95), percentile(cpu, 50), percentile(cpu, 95));
        List<EntitySummary> people = library.entities().stream()
                .filter(e -> e.type() == org.sahifa.model.EntityType.PERSON)
                .limit(10)
                .toList();
        double[] quoteMillis = new double[people.size()];
        double[] quoteCpu = new double[people.size()];
        int quotes = 0;
        for (int i = 0; i < people.size(); i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            quotes += library.quotesBy(people.get(i).name()).size();
            quoteMillis[i] = (System.nanoTime() - t) / 1e6;
            quoteCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        say(
                "quotations of the 10 most named people: wall median %.2f ms, max %.2f ms; CPU median %.2f ms, max %.2f ms"
                        + " (%d quotations)",
                percentile(quoteMillis, 50),
                percentile(quoteMillis, 100),
                percentile(quoteCpu, 50),
                percentile(quoteCpu, 100),
                quotes);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    /** The first {@code count} articles as plain-text documents: title line, blank line, content. */
    private static List<RawDocument> read(Path data, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>(count);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && docs.size() < count; line = in.readLine()) {
                JsonNode record = mapper.readTree(line);
                String text = record.path("title").asText() + "\n\n"
                        + record.path("content").asText();
                docs.add(new RawDocument(
                        record.path("url").asText(),
                        null,
                        text.getBytes(StandardCharsets.UTF_8),
                        "UTF-8",
                        DocumentKind.TEXT));
            }
        }
        return docs;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void say(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values)); // a benchmark's report is its output
    }
}
