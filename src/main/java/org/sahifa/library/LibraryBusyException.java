package org.sahifa.library;

import java.nio.file.Path;

/**
 * The search index stayed locked by another Sahifa (another window, a CLI import) for longer than a write waits
 * ({@link SearchIndex#LOCK_PATIENCE}). Nothing is damaged: a save's database row is kept, and its index entry comes
 * with the next save that gets the lock; trying again later works.
 */
public final class LibraryBusyException extends LibraryException {
    LibraryBusyException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    LibraryBusyException(Path folder, Throwable cause) {
        this("The library in " + folder + " is busy in another Sahifa; try again when it has finished.", cause);
    }
}
