package org.sahifa.settings;

import java.nio.file.Path;

/**
 * What reading a stored file gave: its value (defaults when the file was missing or damaged) and, when it was
 * damaged, where it was set aside. The UI shows {@link #message()} (or its own words for {@link #setAsideAs()}).
 *
 * @param value      the content read, or the defaults
 * @param damaged    the file that was found damaged, or null
 * @param setAsideAs where the damaged file was moved, or null (also when moving it failed)
 */
public record Stored<T>(T value, Path damaged, Path setAsideAs) {
    static <T> Stored<T> fine(T value) {
        return new Stored<>(value, null, null);
    }

    public boolean wasDamaged() {
        return damaged != null;
    }

    /** One English sentence about a damaged file, or null when the file was fine. */
    public String message() {
        if (damaged == null) {
            return null;
        }
        return setAsideAs != null
                ? "The file " + damaged + " was damaged; Sahifa kept it as " + setAsideAs.getFileName()
                        + " and started afresh."
                : "The file " + damaged + " was damaged and could not be set aside; Sahifa started afresh.";
    }
}
