package org.sahifa.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.export.ExportFormat;
import org.sahifa.ui.I18n;

/**
 * Whole-library exports at the foot of the library view: the library as a folder of Markdown or HTML files with
 * {@code analyses.jsonl} ({@link LibraryExportTask}, on a thread of its own, with a progress bar and cancel), and
 * every highlight as Markdown or CSV ({@link HighlightExporter}). The window stays usable meanwhile; the outcome,
 * or why it failed, is said under the buttons.
 */
final class ExportBar extends VBox {
    private static final Logger LOG = Logger.getLogger(ExportBar.class.getName());

    private final LibraryAccess access;
    private final I18n i18n;
    private final HighlightExporter highlights;
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label status = new Label();
    private LibraryExportTask running;

    ExportBar(LibraryAccess access, I18n i18n, HighlightExporter highlights) {
        super(4);
        this.access = access;
        this.i18n = i18n;
        this.highlights = highlights;
        MenuItem markdown = new MenuItem(i18n.get("library.export.md"));
        markdown.setOnAction(e -> chooseFolder(ExportFormat.MARKDOWN));
        MenuItem html = new MenuItem(i18n.get("library.export.html"));
        html.setOnAction(e -> chooseFolder(ExportFormat.HTML));
        MenuItem all = new MenuItem(i18n.get("library.export.highlights"));
        all.setId("library-export-highlights");
        all.setOnAction(e -> exportHighlights());
        // one short button: the view is a third of the window
        MenuButton menu = new MenuButton(
                i18n.get("library.export"), new FontIcon("mdi2f-file-export-outline"), markdown, html, all);
        menu.setId("library-export");
        cancel.setGraphic(new FontIcon("mdi2c-close"));
        cancel.setId("library-export-cancel");
        cancel.setAccessibleText(i18n.get("toolbar.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        status.setId("library-export-status");
        status.setWrapText(true);
        showRunning(false);
        getChildren().addAll(new HBox(6, menu, progress, cancel), status);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseFolder(ExportFormat format) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("library.export.library"));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            exportLibrary(folder.toPath(), format);
        }
    }

    /** Writes the whole library into {@code folder} in the background; the bar shows progress until it ends. */
    LibraryExportTask exportLibrary(Path folder, ExportFormat format) {
        LibraryExportTask task = new LibraryExportTask(access, folder, format);
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.setText(i18n.get("library.export.running", folder));
        showRunning(true);
        task.setOnSucceeded(e -> finish(i18n.get("library.export.done", task.getValue(), folder)));
        task.setOnCancelled(e -> finish(i18n.get("library.export.cancelled")));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            LOG.log(Level.WARNING, "Library export to " + folder + " failed", failure);
            finish(i18n.get("library.export.failed", folder, reason(failure)));
        });
        Thread worker = new Thread(task, "sahifa-library-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    /** A short reason for the user: the failing file or the library's own sentence. */
    private static String reason(Throwable failure) {
        if (failure instanceof java.nio.file.FileSystemException fs) {
            String why = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
            return fs.getFile() == null ? why : fs.getFile() + " (" + why + ")";
        }
        return failure == null || failure.getMessage() == null ? String.valueOf(failure) : failure.getMessage();
    }

    private void exportHighlights() {
        Task<HighlightExporter.Outcome> task = highlights.chooseAndExportAll(window());
        if (task != null) {
            follow(task);
        }
    }

    /** Shows a highlights export as running (its notice or error comes from the exporter) until it ends. */
    void follow(Task<HighlightExporter.Outcome> task) {
        progress.progressProperty().unbind();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        status.setText(i18n.get("library.export.highlights.running"));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                progress.setVisible(running != null);
                status.setText("");
            }
        });
    }

    private void finish(String message) {
        running = null;
        progress.progressProperty().unbind();
        showRunning(false);
        status.setText(message);
    }

    private void showRunning(boolean on) {
        progress.setVisible(on);
        cancel.setVisible(on);
    }

    String statusText() {
        return status.getText();
    }
}
