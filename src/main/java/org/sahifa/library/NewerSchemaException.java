package org.sahifa.library;

/** The database was written by a newer Sahifa: it is left exactly as it is. */
public final class NewerSchemaException extends LibraryException {
    private final int found;

    public NewerSchemaException(int found, int known) {
        super(
                "This library was saved by a newer version of Sahifa (schema " + found + ", this version reads up to "
                        + known + "); it was left untouched. Please update Sahifa to open it.",
                null);
        this.found = found;
    }

    public int foundVersion() {
        return found;
    }
}
