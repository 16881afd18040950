package org.sahifa.ui.library;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.analysis.Analyzer;
import org.sahifa.ui.I18n;

/**
 * Bulk import under the library table: a folder of articles or a text file listing addresses, imported by a
 * {@link BulkImport} task with a progress bar, a cancel button, and afterwards a summary of what failed and why.
 */
final class ImportBar extends VBox {
    private static final Logger LOG = Logger.getLogger(ImportBar.class.getName());

    private final LibraryAccess access;
    private final I18n i18n;
    private final Supplier<Analyzer> analyzer;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label status = new Label();
    private final TextArea failures = new TextArea();
    private BulkImport running;

    ImportBar(LibraryAccess access, I18n i18n, Supplier<Analyzer> analyzer, Runnable imported) {
        super(4);
        this.access = access;
        this.i18n = i18n;
        this.analyzer = analyzer;
        this.imported = imported;
        Button folder = new Button(i18n.get("library.import.folder"), new FontIcon("mdi2f-folder-download-outline"));
        folder.setId("library-import-folder");
        folder.setOnAction(e -> chooseFolder());
        Button list = new Button(i18n.get("library.import.list"), new FontIcon("mdi2f-file-link-outline"));
        list.setId("library-import-list");
        list.setOnAction(e -> chooseList());
        cancel.setGraphic(new FontIcon("mdi2c-close"));
        cancel.setId("library-import-cancel");
        cancel.setAccessibleText(i18n.get("toolbar.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        failures.setEditable(false);
        failures.setWrapText(true);
        failures.setPrefRowCount(4);
        failures.setId("library-import-failures");
        showRunning(false);
        failures.setVisible(false);
        failures.setManaged(false);
        // a flow, not a row: in a narrow library the buttons go to a second line instead of being cut to «ا…»
        FlowPane buttons = new FlowPane(6, 4, folder, list, progress, cancel);
        getChildren().addAll(buttons, status, failures);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseFolder() {
        File folder = new DirectoryChooser().showDialog(window());
        if (folder != null) {
            try {
                start(BulkImport.filesIn(folder.toPath()));
            } catch (IOException e) {
                LOG.log(Level.INFO, "Cannot list " + folder, e);
                status.setText(i18n.get("library.import.unreadable"));
            }
        }
    }

    private void chooseList() {
        File file = new FileChooser().showOpenDialog(window());
        if (file != null) {
            try {
                start(BulkImport.urlsIn(Files.readString(file.toPath(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                LOG.log(Level.INFO, "Cannot read " + file, e);
                status.setText(i18n.get("library.import.unreadable"));
            }
        }
    }

    /** Imports {@code sources} in the background; the bar shows progress until it ends. */
    BulkImport start(List<String> sources) {
        BulkImport task = new BulkImport(sources, analyzer, access);
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        failures.setVisible(false);
        failures.setManaged(false);
        showRunning(true);
        task.setOnSucceeded(e -> finish(task.getValue()));
        task.setOnCancelled(e -> finish(new BulkImport.Summary(0, List.of(), true)));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "Bulk import failed", task.getException());
            finish(new BulkImport.Summary(0, List.of(), false));
        });
        Thread worker = new Thread(task, "sahifa-bulk-import");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    private void finish(BulkImport.Summary summary) {
        running = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        showRunning(false);
        status.setText(i18n.get(
                summary.cancelled() ? "library.import.cancelled" : "library.import.done",
                summary.imported(),
                summary.failures().size()));
        if (!summary.failures().isEmpty()) {
            failures.setText(summary.failures().stream()
                    .map(f -> f.source() + " — " + f.reason())
                    .collect(Collectors.joining("\n")));
            failures.setVisible(true);
            failures.setManaged(true);
        }
        imported.run();
    }

    private void showRunning(boolean on) {
        progress.setVisible(on);
        cancel.setVisible(on);
    }

    String statusText() {
        return status.getText();
    }

    String failuresText() {
        return failures.isVisible() ? failures.getText() : "";
    }
}
