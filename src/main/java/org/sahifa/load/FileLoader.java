package org.sahifa.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a local article file ({@code .html .htm .xhtml .txt .md .markdown}).
 *
 * <p>The size is checked before a byte is read, so a huge file is refused at once; reading stops at
 * {@link Limits#MAX_BYTES} even if the file grows meanwhile, and when the thread is interrupted.
 * Only the named file is read: nothing it links to.
 */
public final class FileLoader {
    private FileLoader() {}

    public static RawDocument load(Path path) throws LoadException {
        String shown = path.toString();
        BasicFileAttributes attributes = attributesOf(path, shown);
        if (attributes.isDirectory()) {
            throw new LoadException(LoadProblem.NOT_A_FILE, shown, shown + " is a folder, not a file.");
        }
        if (!attributes.isRegularFile()) {
            throw new LoadException(LoadProblem.NOT_A_FILE, shown, "Not a file: " + shown + ".");
        }
        DocumentKind kind =
                kindOf(path.getFileName() == null ? shown : path.getFileName().toString(), shown);
        if (attributes.size() > Limits.MAX_BYTES) {
            throw LoadException.tooLarge(shown, Limits.MAX_BYTES);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = BoundedReader.readAll(in, Limits.MAX_BYTES, shown);
        } catch (ClosedByInterruptException e) {
            throw LoadException.cancelled(shown);
        } catch (AccessDeniedException e) {
            // The file's attributes could be read, its content cannot: the permission message, not a vague one.
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Sahifa is not allowed to read " + shown + ".", e);
        } catch (IOException e) {
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Could not read " + shown + ".", e);
        }
        return document(shown, path.toAbsolutePath().toUri().toString(), bytes, kind);
    }

    /**
     * Checks bytes that did not come from a file Sahifa opened itself (dropped, pasted, or a fuzz input)
     * the way {@link #load(Path)} checks a file's content.
     */
    public static RawDocument fromBytes(String name, byte[] bytes, DocumentKind kind) throws LoadException {
        if (bytes.length > Limits.MAX_BYTES) {
            throw LoadException.tooLarge(name, Limits.MAX_BYTES);
        }
        return document(name, null, bytes, kind);
    }

    /** The document when the content is text: not empty, not a known binary format. */
    static RawDocument document(String shown, String baseUri, byte[] bytes, DocumentKind kind) throws LoadException {
        if (isBlank(bytes)) {
            throw LoadException.empty(shown);
        }
        BinarySniffer.check(bytes, shown);
        return new RawDocument(shown, baseUri, bytes, null, kind);
    }

    private static BasicFileAttributes attributesOf(Path path, String shown) throws LoadException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new LoadException(LoadProblem.NOT_FOUND, shown, "File not found: " + shown + ".", e);
        } catch (AccessDeniedException e) {
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Sahifa is not allowed to read " + shown + ".", e);
        } catch (IOException e) {
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Could not read " + shown + ".", e);
        }
    }

    private static DocumentKind kindOf(String fileName, String shown) throws LoadException {
        DocumentKind kind = DocumentKind.forFileName(fileName);
        if (kind == null) {
            throw new LoadException(
                    LoadProblem.UNSUPPORTED_TYPE,
                    shown,
                    "Sahifa opens .html, .htm, .xhtml, .txt and .md files, not " + shown + ".");
        }
        return kind;
    }

    /** True when the content has no visible character: no bytes, only white space, NUL bytes, format characters or a byte-order mark. */
    static boolean isBlank(byte[] bytes) {
        return VisibleText.isAbsent(bytes);
    }
}
