package org.sahifa.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.export.ArticleWriter;
import org.sahifa.export.ExportFormat;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryException;
import org.sahifa.library.SavedArticle;
import org.sahifa.model.Analysis;

/**
 * Export of the whole library into a folder: one file per article in the chosen format ({@code ID.md} or
 * {@code ID.html}, named by library id so names never clash) and {@code analyses.jsonl}, one analysis JSON a line.
 */
final class LibraryExport {
    static final String ANALYSES_FILE = "analyses.jsonl";

    private LibraryExport() {}

    /** Writes everything and returns the number of articles written. */
    static int export(Library library, Path folder, ExportFormat format) throws LibraryException, IOException {
        Files.createDirectories(folder);
        int written = 0;
        try (BufferedWriter analyses = Files.newBufferedWriter(folder.resolve(ANALYSES_FILE), StandardCharsets.UTF_8)) {
            for (SavedArticle saved : library.list()) {
                Analysis analysis = library.load(saved.id()).orElse(null);
                if (analysis == null) {
                    continue; // removed meanwhile
                }
                ArticleWriter.write(analysis.article(), format, folder.resolve(saved.id() + "." + format.extension()));
                analyses.write(AnalysisJson.writeLine(analysis));
                analyses.newLine();
                written++;
            }
        }
        return written;
    }
}
