package org.sahifa.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a clean article can be saved in, each with its usual file extension. */
public enum ExportFormat {
    HTML("html"),
    MARKDOWN("md"),
    TEXT("txt");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension ({@code .htm} and {@code .markdown} too), if any. */
    public static Optional<ExportFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
