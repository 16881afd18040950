package org.sahifa.ui.library;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryBusyException;
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
    /**
     * The libraries open in this process, by folder: one per folder, shared by every window and view (another
     * process's {@code Library} on the same folder works too: it waits for this one's writes, see {@link Library}).
     */
    private static final java.util.Map<Path, Library> OPEN = new java.util.HashMap<>();

    public LibraryAccess(Path folder, Executor executor, I18n i18n, Consumer<String> notices, Consumer<String> errors) {
        this.folder = folder;
        this.executor = executor;
        this.i18n = i18n;
        this.notices = notices;
        this.errors = errors;
    }

    /** Whether a library was ever started in this folder (reading it needs no open library before then). */
    public boolean exists() {
        return java.nio.file.Files.exists(folder.resolve(org.sahifa.library.LibraryDatabase.FILE_NAME));
    }

    /** Runs {@code work} in the background; {@code done} gets its result on the FX thread. */
    public <T> Task<T> submit(Work<T> work, Consumer<T> done) {
        return submit(work, done, false);
    }

    /** With {@code onlyIfExists}, {@code work} gets a null library when there is none in the folder. */
    private <T> Task<T> submit(Work<T> work, Consumer<T> done, boolean onlyIfExists) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws LibraryException {
                return work.run(onlyIfExists && !isOpen() && !exists() ? null : library());
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

    /**
     * Like {@link #submit}, but when no library was ever started in the folder {@code done} gets {@code ifNone} and
     * none is created; the check runs in the background too.
     */
    public <T> Task<T> submitIfExists(Work<T> work, T ifNone, Consumer<T> done) {
        return submit(library -> library == null ? ifNone : work.run(library), done, true);
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

    private boolean isOpen() {
        synchronized (OPEN) {
            return OPEN.containsKey(folder.toAbsolutePath().normalize());
        }
    }

    private Library library() throws LibraryException {
        synchronized (OPEN) {
            Path key = folder.toAbsolutePath().normalize();
            Library library = OPEN.get(key);
            if (library != null) {
                return library;
            }
            library = Library.open(folder);
            OPEN.put(key, library);
            for (LibraryNotice notice : library.notices()) {
                String text = notice.kind() == LibraryNotice.Kind.INDEX_REBUILT
                        ? i18n.get("library.notice.rebuilt")
                        : i18n.get("library.notice.set.aside", String.valueOf(notice.setAsideAs()));
                javafx.application.Platform.runLater(() -> notices.accept(text));
            }
            return library;
        }
    }

    private String messageFor(Throwable failure) {
        if (failure instanceof NewerSchemaException) {
            return i18n.get("library.error.newer");
        }
        if (failure instanceof LibraryBusyException) { // another Sahifa held the index past a write's patience
            return i18n.get("library.error.busy");
        }
        return i18n.get("library.error");
    }

    /** Closes this folder's library if it is open (commits the index); the next use opens it again. */
    public void close() {
        synchronized (OPEN) {
            Library library = OPEN.remove(folder.toAbsolutePath().normalize());
            if (library != null) {
                library.close();
            }
        }
    }
}
