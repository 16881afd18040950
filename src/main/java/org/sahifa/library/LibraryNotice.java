package org.sahifa.library;

import java.nio.file.Path;

/**
 * Something the user should be told after opening the library, though it opened: a damaged database was set
 * aside (and a new one started), or the search index was rebuilt from the database.
 *
 * @param setAsideAs where the damaged database went (for {@link Kind#DATABASE_SET_ASIDE}), else null
 */
public record LibraryNotice(Kind kind, Path setAsideAs) {
    public enum Kind {
        DATABASE_SET_ASIDE,
        INDEX_REBUILT
    }

    /** The notice in English, for the CLI and the log; the UI words it in the user's language. */
    public String sentence() {
        return switch (kind) {
            case DATABASE_SET_ASIDE ->
                "The library file was damaged; it was set aside as " + setAsideAs + " and a new library started.";
            case INDEX_REBUILT -> "The library's search index was rebuilt from the saved articles.";
        };
    }
}
