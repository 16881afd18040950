package org.sahifa.ui.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sahifa.export.ArticleWriter;
import org.sahifa.export.ExportFormat;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.ui.I18n;

/**
 * "Save as…" (Ctrl+S): a file chooser whose extension filter picks HTML, Markdown or plain text; the file is
 * written on a background thread, then a notice says where it went ({@code onNotice}), or a failure is
 * reported ({@code onMessage}).
 */
public final class SaveAction {
    private static final Logger LOG = Logger.getLogger(SaveAction.class.getName());
    /** Longest file name suggested from the title, in characters. */
    static final int MAX_SUGGESTED_NAME = 80;

    private final I18n i18n;
    private final Supplier<Analysis> shown;
    private final Consumer<String> onMessage;
    private final Consumer<String> onNotice;

    public SaveAction(I18n i18n, Supplier<Analysis> shown, Consumer<String> onMessage, Consumer<String> onNotice) {
        this.i18n = i18n;
        this.shown = shown;
        this.onMessage = onMessage;
        this.onNotice = onNotice;
    }

    /** Asks where to save the article shown, then saves it; nothing happens when no article is shown. */
    public void chooseAndSave(Window owner) {
        Analysis analysis = shown.get();
        if (analysis == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.save.title"));
        Map<FileChooser.ExtensionFilter, ExportFormat> filters = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            filters.put(
                    new FileChooser.ExtensionFilter(
                            i18n.get("dialog.save.filter." + format.extension()), "*." + format.extension()),
                    format);
        }
        chooser.getExtensionFilters().addAll(filters.keySet());
        chooser.setInitialFileName(suggestedName(analysis.article()) + "." + ExportFormat.HTML.extension());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            ExportFormat chosen = filters.getOrDefault(chooser.getSelectedExtensionFilter(), ExportFormat.HTML);
            save(
                    analysis.article(),
                    withFormat(file, chosen),
                    ExportFormat.forFileName(file.getName()).orElse(chosen));
        }
    }

    /** Writes the article in the background; the returned task has finished once the file is written or has failed. */
    Task<Void> save(Article article, File file, ExportFormat format) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                ArticleWriter.write(article, format, file.toPath());
                return null;
            }
        };
        task.setOnSucceeded(e -> onNotice.accept(i18n.get("save.done", file.getName(), file.getParent())));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            LOG.log(Level.WARNING, "could not save " + file, failure);
            onMessage.accept(i18n.get("save.failed", file.getName(), reason(failure)));
        });
        Thread thread = new Thread(task, "sahifa-save");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Why a save failed, in the interface language where the cause is a common one. */
    private String reason(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return i18n.get("save.reason.no.folder");
        }
        if (failure instanceof AccessDeniedException) {
            return i18n.get("save.reason.denied");
        }
        return String.valueOf(failure.getMessage());
    }

    /** The file as typed when its extension names a format, otherwise with the chosen format's extension added. */
    static File withFormat(File file, ExportFormat chosen) {
        if (ExportFormat.forFileName(file.getName()).isPresent()) {
            return file;
        }
        return new File(file.getParentFile(), file.getName() + "." + chosen.extension());
    }

    /** A file name from the title: characters that file systems refuse become spaces, and it is kept short. */
    static String suggestedName(Article article) {
        String title = article.title() == null ? "" : article.title();
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (name.length() > MAX_SUGGESTED_NAME) {
            name = name.substring(0, MAX_SUGGESTED_NAME).strip();
        }
        return name.isEmpty() ? "article" : name;
    }
}
