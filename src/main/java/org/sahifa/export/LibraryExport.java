package org.sahifa.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryException;
import org.sahifa.library.SavedArticle;
import org.sahifa.model.Analysis;

/**
 * Export of the whole library into a folder: one file per article in the chosen format ({@code ID.md} or
 * {@code ID.html}, named by library id so names never clash) and {@code analyses.jsonl}, one analysis JSON a line.
 * Used by {@code sahifa library export} and by the library view's export, which follows {@link Progress}.
 */
public final class LibraryExport {
    public static final String ANALYSES_FILE = "analyses.jsonl";

    /** Told after each article; returning false stops the export there (the files written so far stay). */
    public interface Progress {
        boolean written(int done, int total);
    }

    private LibraryExport() {}

    /** Writes everything and returns the number of articles written. */
    public static int export(Library library, Path folder, ExportFormat format) throws LibraryException, IOException {
        return export(library, folder, format, (done, total) -> true);
    }

    /** Writes the articles one by one, telling {@code progress} after each; returns the number written. */
    public static int export(Library library, Path folder, ExportFormat format, Progress progress)
            throws LibraryException, IOException {
        Files.createDirectories(folder);
        List<SavedArticle> articles = library.list();
        int written = 0;
        try (BufferedWriter analyses = Files.newBufferedWriter(folder.resolve(ANALYSES_FILE), StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles.size(); i++) {
                SavedArticle saved = articles.get(i);
                Analysis analysis = library.load(saved.id()).orElse(null);
                if (analysis != null) { // else removed meanwhile
                    ArticleWriter.write(
                            analysis.article(), format, folder.resolve(saved.id() + "." + format.extension()));
                    analyses.write(AnalysisJson.writeLine(analysis));
                    analyses.newLine();
                    written++;
                }
                if (!progress.written(i + 1, articles.size())) {
                    break;
                }
            }
        }
        return written;
    }
}
