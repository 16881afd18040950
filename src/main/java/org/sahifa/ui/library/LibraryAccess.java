package org.sahifa.ui.library;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryException;
import org.sahifa.library.LibraryNotice;
import org.sahifa.library.NewerSchemaException;
import org.sahifa.ui.I18n;

/**
 * The window's way to the library: opened on first use, every call run as a {@link Task} on {@code executor}
 * (never the FX thread), results and messages handed back on the FX thread. A notice from opening (index rebuilt,
 * damaged file set aside) goes to {@code notices}, a failure to {@code errors}, both worded in the UI language.
 */
public final class LibraryAccess {
    /** Work on the open library. */
    public interface Work<T> {
        T run(Library library) throws LibraryException;
    }

    private static final Logger LOG = Logger.getLogger(LibraryAccess.class.getName());

    private final Path folder;
    private final Executor executor;
    private final I18n i18n;
    private final Consumer<String> notices;
    private final Consumer<String> errors;
    private Library library;

    public LibraryAccess(Path folder, Executor executor, I18n i18n, Consumer<String> notices, Consumer<String> errors) {
        this.folder = folder;
        this.executor = executor;
        this.i18n = i18n;
        this.notices = notices;
        this.errors = errors;
    }

    /** Runs {@code work} in the background; {@code done} gets its result on the FX thread. */
    public <T> Task<T> submit(Work<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws LibraryException {
                return work.run(library());
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "Library work failed", task.getException());
            errors.accept(messageFor(task.getException()));
        });
        executor.execute(task);
        return task;
    }

    /** Runs {@code work} on the calling thread (a background task's own), opening the library if needed. */
    <T> T call(Work<T> work) throws LibraryException {
        return work.run(library());
    }

    /** Like {@link #call} for work that cannot fail otherwise: a failure becomes unchecked. */
    <T> T callUnchecked(Work<T> work) {
        try {
            return call(work);
        } catch (LibraryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private synchronized Library library() throws LibraryException {
        if (library == null) {
            library = Library.open(folder);
            for (LibraryNotice notice : library.notices()) {
                String text = notice.kind() == LibraryNotice.Kind.INDEX_REBUILT ? i18n.get("library.notice.rebuilt")
                        : i18n.get("library.notice.set.aside", String.valueOf(notice.setAsideAs()));
                javafx.application.Platform.runLater(() -> notices.accept(text));
            }
        }
        return library;
    }

    private String messageFor(Throwable failure) {
        if (failure instanceof NewerSchemaException) {
            return i18n.get("library.error.newer");
        }
        return i18n.get("library.error");
    }

    /** Closes the library if it was opened (commits the index). */
    public synchronized void close() {
        if (library != null) {
            library.close();
            library = null;
        }
    }
}
