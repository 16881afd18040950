package org.sahifa.library;

import java.nio.file.Path;

/**
 * The child process of {@link KilledImportTest}: saves articles into the library at {@code args[0]} one after
 * another, printing the number of each once it is saved, until it is killed.
 */
public final class ImportUntilKilled {
    private ImportUntilKilled() {}

    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        for (int i = 1; ; i++) {
            library.save(
                    Articles.analysis(
                            "article-" + i,
                            "مقال " + i,
                            "example.org",
                            null,
                            "نص مشترك في كل مقال عن المفاوضات doc" + i + " والسلام.",
                            "فقرة ثانية " + "كلمات ".repeat(50)),
                    Articles.original("original " + i));
            System.out.println(i); // the parent reads how far the import got
            System.out.flush();
        }
    }
}
