package org.sahifa.ui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.concurrent.Task;
import org.sahifa.export.ExportFormat;
import org.sahifa.export.LibraryExport;
import org.sahifa.library.LibraryException;

/**
 * The whole library written into a folder ({@link LibraryExport}: one Markdown or HTML file per article and
 * {@code analyses.jsonl}) as a background task: progress after each article, and cancelling stops before the next one
 * (never by interrupt: see {@link BulkImport#cancel}). The result is the number of articles written.
 */
final class LibraryExportTask extends Task<Integer> {
    private final LibraryAccess access;
    private final Path folder;
    private final ExportFormat format;

    LibraryExportTask(LibraryAccess access, Path folder, ExportFormat format) {
        this.access = access;
        this.folder = folder;
        this.format = format;
    }

    Path folder() {
        return folder;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    @Override
    protected Integer call() throws LibraryException, IOException {
        try {
            return access.call(library -> {
                try {
                    return LibraryExport.export(library, folder, format, (done, total) -> {
                        updateProgress(done, total);
                        return !isCancelled();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
