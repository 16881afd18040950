package org.sahifa.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Saves N made-up articles, each naming a person of its own (so each save adds an entity row), into a new library
 * and prints the median and p95 time of a save in each block of 500, and the total. A benchmark main, not a test
 * (excluded from surefire by its name); needs no data. Usage: {@code SaveThroughputBenchmark N EMPTY_DIR}.
 */
public final class SaveThroughputBenchmark {
    private SaveThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        if (Files.exists(dir.resolve(LibraryDatabase.FILE_NAME))) {
            throw new IllegalArgumentException(dir + " already holds a library");
        }
        String filler = "وقال المتحدث إن المفاوضات ستستمر في العاصمة خلال الأسبوع المقبل بمشاركة الوفود. ".repeat(12);
        long[] nanos = new long[n];
        long started = System.nanoTime();
        try (Library library = Library.open(dir)) {
            for (int i = 0; i < n; i++) {
                String name = "سالم" + i + " الحربي" + i;
                String text = "قال " + name + ": «سنواصل العمل» اليوم. " + filler;
                long t = System.nanoTime();
                library.save(
                        Articles.withPerson("a" + i, "مقال " + i, name, "سنواصل العمل", text),
                        Articles.original("a" + i));
                nanos[i] = System.nanoTime() - t;
            }
        }
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d saves in %.1f s (%.0f saves/s), close included%n", n, total, n / total);
        for (int from = 0; from < n; from += 500) {
            long[] block = Arrays.copyOfRange(nanos, from, Math.min(n, from + 500));
            Arrays.sort(block);
            System.out.printf(
                    "saves %d-%d: median %.2f ms, p95 %.2f ms%n",
                    from,
                    from + block.length - 1,
                    block[block.length / 2] / 1e6,
                    block[(int) (block.length * 0.95)] / 1e6);
        }
    }
}
