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
 * "Export highlights…" for the article shown, or for the whole library: Markdown (quote, note, source link) or CSV through
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
        choose(owner, i18n.get("highlight.export")).ifPresent(choice -> export(analysis, choice.file(), choice.csv()));
    }

    /** Asks where to write every highlight of the library (Markdown or CSV); the task writing them, or null. */
    Task<Outcome> chooseAndExportAll(Window owner) {
        return choose(owner, i18n.get("library.export.highlights"))
                .map(choice -> exportAll(choice.file(), choice.csv()))
                .orElse(null);
    }

    /** A file chosen to write highlights to, and whether as CSV (else Markdown). */
    record Choice(Path file, boolean csv) {}

    private Optional<Choice> choose(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter markdown =
                new FileChooser.ExtensionFilter(i18n.get("dialog.save.filter.md"), "*.md");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(i18n.get("highlight.export.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(markdown, csv);
        chooser.setInitialFileName(i18n.get("highlight.export.name") + ".md");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        boolean asCsv = name.endsWith(".csv") || (chooser.getSelectedExtensionFilter() == csv && !name.endsWith(".md"));
        return Optional.of(new Choice(file.toPath(), asCsv));
    }

    /** Writes every highlight in the library to {@code file}; the task ends once it is written. */
    Task<Outcome> exportAll(Path file, boolean asCsv) {
        return write(library -> library.allHighlights(), file, asCsv, "library.export.highlights.none");
    }

    /** Writes the stored highlights of {@code analysis}'s article to {@code file}; the task ends once it is written. */
    Task<Outcome> export(Analysis analysis, Path file, boolean asCsv) {
        return write(
                library -> {
                    Optional<Long> id = ReaderHighlights.storedIdOf(library, analysis.article());
                    return id.isEmpty() ? List.<Highlight>of() : library.highlights(id.get());
                },
                file,
                asCsv,
                "highlight.export.none");
    }

    /** Reads highlights and writes them on the library's thread; a notice or an error says how it went. */
    private Task<Outcome> write(LibraryAccess.Work<List<Highlight>> read, Path file, boolean asCsv, String noneKey) {
        return access.submit(
                library -> {
                    List<Highlight> highlights = read.run(library);
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
                        notices.accept(i18n.get(noneKey));
                    } else {
                        notices.accept(i18n.get(
                                "highlight.export.done", outcome.written(), file.getFileName(), file.getParent()));
                    }
                });
    }
}
