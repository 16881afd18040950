package org.sahifa.load;

import java.util.Locale;

/** What kind of text a loaded document holds, which decides how it is extracted. */
public enum DocumentKind {
    HTML,
    TEXT,
    MARKDOWN;

    /** The kind for a file name by its extension, or null when Sahifa does not open such files. */
    public static DocumentKind forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".txt")) {
            return TEXT;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return null;
    }
}
