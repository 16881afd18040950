package org.sahifa.ui.library;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sahifa.export.HighlightExport;
import org.sahifa.export.TextFiles;
import org.sahifa.library.Highlight;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;

/**
 * "Export highlights…" for the article shown: Markdown (quote, note, source link) or CSV through
 * {@link HighlightExport}, to a file chosen like the article's own Save. The highlights are read and the file written
 * on the library's thread; a notice says where it went, or why it could not be written.
 */
final class HighlightExporter {
    private static final Logger LOG = Logger.getLogger(HighlightExporter.class.getName());

    /** What an export did: how many highlights it wrote, or why it wrote nothing. */
    record Outcome(int written, String failure) {}

    private final LibraryAccess access;
    private final I18n i18n;
    private final Supplier<Analysis> shown;
    private final Consumer<String> notices;
    private final Consumer<String> errors;

    HighlightExporter(
            LibraryAccess access,
            I18n i18n,
            Supplier<Analysis> shown,
            Consumer<String> notices,
            Consumer<String> errors) {
        this.access = access;
        this.i18n = i18n;
        this.shown = shown;
        this.notices = notices;
        this.errors = errors;
    }

    /** Asks where to write the highlights of the article shown (Markdown or CSV), then writes them. */
    void chooseAndExport(Window owner) {
        Analysis analysis = shown.get();
        if (analysis == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("highlight.export"));
        FileChooser.ExtensionFilter markdown =
                new FileChooser.ExtensionFilter(i18n.get("dialog.save.filter.md"), "*.md");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(i18n.get("highlight.export.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(markdown, csv);
        chooser.setInitialFileName(i18n.get("highlight.export.name") + ".md");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            boolean asCsv = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                    || (chooser.getSelectedExtensionFilter() == csv
                            && !file.getName()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith(".md"));
            export(analysis, file.toPath(), asCsv);
        }
    }

    /** Writes the stored highlights of {@code analysis}'s article to {@code file}; the task ends once it is written. */
    Task<Outcome> export(Analysis analysis, Path file, boolean asCsv) {
        return access.submit(
                library -> {
                    Optional<Long> id = ReaderHighlights.storedIdOf(library, analysis.article());
                    List<Highlight> highlights = id.isEmpty() ? List.of() : library.highlights(id.get());
                    if (highlights.isEmpty()) {
                        return new Outcome(0, null);
                    }
                    try {
                        TextFiles.writeAtomically(
                                file, asCsv ? HighlightExport.csv(highlights) : HighlightExport.markdown(highlights));
                        return new Outcome(highlights.size(), null);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not export highlights to " + file, e);
                        return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                },
                outcome -> {
                    if (outcome.failure() != null) {
                        errors.accept(i18n.get("highlight.export.failed", file.getFileName(), outcome.failure()));
                    } else if (outcome.written() == 0) {
                        notices.accept(i18n.get("highlight.export.none"));
                    } else {
                        notices.accept(i18n.get(
                                "highlight.export.done", outcome.written(), file.getFileName(), file.getParent()));
                    }
                });
    }
}
