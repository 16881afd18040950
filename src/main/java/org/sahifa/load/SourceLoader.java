package org.sahifa.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Loads what the user named: a web address or a file path. Anything with a scheme ({@code https:},
 * {@code file:}, {@code javascript:}...) is treated as an address and only http(s) is fetched; a bare
 * {@code www.} name is taken as https. Everything else is a file path. A file that exists under the exact name
 * given (spaces at either end kept) is always opened as that file.
 */
public final class SourceLoader {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*", Pattern.DOTALL);

    private SourceLoader() {}

    /** True when the text is meant as an address (it has a scheme such as {@code https:}) rather than a path. */
    public static boolean looksLikeUrl(String source) {
        String s = source.trim();
        return SCHEME.matcher(s).matches() && !WINDOWS_DRIVE.matcher(s).matches();
    }

    public static RawDocument load(String source) throws LoadException {
        if (source == null || source.isBlank()) {
            throw new LoadException(LoadProblem.NO_SOURCE, "", "Nothing to open: the path or address is empty.");
        }
        Path exact = existingFile(source);
        if (exact != null) {
            return FileLoader.load(exact); // a file of that very name, spaces and «www.» included, wins over any guess
        }
        String s = source.trim();
        if (s.regionMatches(true, 0, "www.", 0, 4) && existingFile(s) == null) {
            s = "https://" + s;
        }
        if (looksLikeUrl(s)) {
            return UrlLoader.load(s);
        }
        Path path;
        try {
            path = Path.of(s);
        } catch (InvalidPathException e) {
            throw new LoadException(LoadProblem.NOT_FOUND, s, "Not a valid file path: " + s + ".", e);
        }
        return FileLoader.load(path);
    }

    /** The path named exactly by {@code source} when something exists there and it is not an address; else null. */
    private static Path existingFile(String source) {
        if (source.contains("://")) {
            return null;
        }
        try {
            Path path = Path.of(source);
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
