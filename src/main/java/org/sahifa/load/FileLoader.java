package org.sahifa.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a local article file ({@code .html .htm .xhtml .txt .md}). */
public final class FileLoader {
    private FileLoader() {
    }

    public static RawDocument load(Path path) throws LoadException {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw new LoadException(LoadProblem.NOT_FOUND, shown, "File not found: " + shown + ".");
        }
        if (!Files.isRegularFile(path)) {
            throw new LoadException(LoadProblem.NOT_A_FILE, shown, "Not a file: " + shown + ".");
        }
        DocumentKind kind = DocumentKind.forFileName(path.getFileName().toString());
        if (kind == null) {
            throw new LoadException(LoadProblem.UNSUPPORTED_TYPE, shown,
                    "Sahifa opens .html, .htm, .xhtml, .txt and .md files, not " + shown + ".");
        }
        try {
            long size = Files.size(path);
            if (size > Limits.MAX_BYTES) {
                throw tooLarge(shown);
            }
            if (size == 0) {
                throw new LoadException(LoadProblem.EMPTY, shown, "The file is empty: " + shown + ".");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = BoundedReader.readAll(in, Limits.MAX_BYTES, shown);
            }
            BinarySniffer.check(bytes, shown);
            return new RawDocument(shown, path.toAbsolutePath().toUri().toString(), bytes, null, kind);
        } catch (IOException e) {
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Could not read " + shown + ".", e);
        }
    }

    static LoadException tooLarge(String shown) {
        return new LoadException(LoadProblem.TOO_LARGE, String.valueOf(Limits.MAX_BYTES / (1024 * 1024)),
                shown + " is larger than the " + Limits.MAX_BYTES / (1024 * 1024) + " MB Sahifa opens.");
    }
}
