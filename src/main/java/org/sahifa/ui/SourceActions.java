package org.sahifa.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sahifa.load.BundledSample;
import org.sahifa.load.SourceLoader;
import org.sahifa.model.Analysis;

/** What the toolbar does with sources: open a file, reload the article shown, show its source in the browser. */
final class SourceActions {
    private final ReaderViewModel model;
    private final WindowServices services;
    private final Supplier<Window> owner;
    private final I18n i18n;

    SourceActions(ReaderViewModel model, WindowServices services, Supplier<Window> owner, I18n i18n) {
        this.model = model;
        this.services = services;
        this.owner = owner;
        this.i18n = i18n;
    }

    /** Asks for a file (HTML, text, Markdown) and opens it. */
    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.open.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        i18n.get("dialog.open.filter"), "*.html", "*.htm", "*.xhtml", "*.txt", "*.md"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            model.open(file.getPath());
        }
    }

    /** Opens the article shown again from its source (the bundled sample from the app). */
    void reload() {
        Analysis current = model.analysisProperty().get();
        if (current != null
                && current.article().source() != null
                && !BundledSample.SOURCE.equals(current.article().source())) {
            model.open(current.article().source());
        } else if (current != null) {
            model.openSample();
        }
    }

    /** Shows the article's source in the system browser (a file as a file: address); not the bundled sample. */
    void openInBrowser() {
        Analysis current = model.analysisProperty().get();
        if (current == null || BundledSample.SOURCE.equals(current.article().source())) {
            return;
        }
        String source = current.article().source();
        services.browser()
                .accept(
                        SourceLoader.looksLikeUrl(source)
                                ? source
                                : Path.of(source).toAbsolutePath().toUri().toString());
    }
}
