package org.sahifa.library;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two processes on one library (docs/library.md, "A bulk import beside another window"): this one imports N made-up
 * articles, pausing a few milliseconds before each save (standing in for the analysis a real import does), while a
 * second JVM it starts saves one article every second, as another window would. Prints the import's time and the
 * other process's saves: made, failed as busy, and the longest wait. A benchmark main, not a test; needs no data.
 * <pre>{@code mvn -o -q -B exec:exec -Dexec.args="-cp %classpath org.sahifa.library.ImportBesideSavesBenchmark 4000 5 /tmp/ibs"}</pre>
 * Arguments: articles to import, pause before each save (ms), a folder that holds no library yet, and {@code alone}
 * to import with no other process (the import's own cost).
 */
public final class ImportBesideSavesBenchmark {
    private static final String FILLER =
            "وقال المتحدث إن المفاوضات ستستمر في العاصمة خلال الأسبوع المقبل بمشاركة الوفود. ".repeat(12);

    private ImportBesideSavesBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("saver")) {
            saveEverySecond(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int n = Integer.parseInt(args[0]);
        long pauseMillis = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        if (Files.exists(dir.resolve(LibraryDatabase.FILE_NAME))) {
            throw new IllegalArgumentException(dir + " already holds a library");
        }
        Files.createDirectories(dir);
        Path stop = dir.resolve("stop-saving");
        Library.open(dir).close(); // made before the saver opens it, so that neither migrates under the other
        if (args.length > 3 && args[3].equals("alone")) {
            double alone = importArticles(dir, n, pauseMillis);
            System.out.printf(
                    Locale.ROOT,
                    "import of %d articles (%d ms pause each), no other process: %.1f s; load average %s%n",
                    n,
                    pauseMillis,
                    alone,
                    Files.readString(Path.of("/proc/loadavg")).trim());
            return;
        }
        Process saver = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Djava.util.logging.config.file=/dev/null",
                        ImportBesideSavesBenchmark.class.getName(),
                        "saver",
                        dir.toString(),
                        stop.toString())
                .redirectErrorStream(true)
                .start();
        List<String> saverLines = new ArrayList<>();
        Thread reading = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (saverLines) {
                        saverLines.add(line);
                        saverLines.notifyAll();
                    }
                }
            } catch (java.io.IOException e) {
                synchronized (saverLines) {
                    saverLines.add("unreadable: " + e);
                }
            }
        });
        reading.start();
        synchronized (saverLines) {
            while (saverLines.stream().noneMatch(l -> l.startsWith("saved") || l.startsWith("busy"))) {
                saverLines.wait(); // the other window has made its first save
            }
        }
        double seconds = importArticles(dir, n, pauseMillis);
        Thread.sleep(2000); // the other window's saves after the import
        Files.writeString(stop, "");
        saver.waitFor();
        reading.join();
        List<String> lines;
        synchronized (saverLines) {
            lines = List.copyOf(saverLines);
        }
        long saved = lines.stream().filter(l -> l.startsWith("saved")).count();
        long busy = lines.stream().filter(l -> l.startsWith("busy")).count();
        double longest = lines.stream()
                .filter(l -> l.startsWith("saved") || l.startsWith("busy"))
                .mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
                .max()
                .orElse(0);
        lines.stream()
                .filter(l -> !l.startsWith("saved") && !l.startsWith("busy"))
                .forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "import of %d articles (%d ms pause each): %.1f s; the other process: %d saves made, %d failed as busy,"
                        + " longest save %.1f s; load average %s%n",
                n,
                pauseMillis,
                seconds,
                saved,
                busy,
                longest,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** Imports {@code n} made-up articles, each naming a person of its own; returns the seconds it took. */
    private static double importArticles(Path dir, int n, long pauseMillis) throws Exception {
        long started = System.nanoTime();
        try (Library library = Library.open(dir)) {
            for (int i = 0; i < n; i++) {
                Thread.sleep(pauseMillis);
                String name = "سالم" + i + " الحربي" + i;
                library.save(
                        Articles.withPerson(
                                "import" + i,
                                "مقال " + i,
                                name,
                                "سنواصل العمل",
                                "قال " + name + ": «سنواصل العمل» اليوم. " + FILLER),
                        Articles.original("import" + i));
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The other window: one save a second until {@code stop} exists; prints each save's outcome and time. */
    private static void saveEverySecond(Path dir, Path stop) throws Exception {
        try (Library library = Library.open(dir)) {
            for (int i = 0; !Files.exists(stop); i++) {
                long t = System.nanoTime();
                String outcome = "saved";
                try {
                    library.save(
                            Articles.analysis("window" + i, "نافذة " + i, null, null, "مفاوضات النافذة رقم " + i),
                            Articles.original("window" + i));
                } catch (LibraryBusyException e) {
                    outcome = "busy";
                }
                double took = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "%s %.2f%n", outcome, took);
                System.out.flush();
                Thread.sleep(Math.max(0, 1000 - (long) (took * 1000)));
            }
        }
    }
}
