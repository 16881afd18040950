package org.sahifa.ui.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.library.LibraryException;
import org.sahifa.library.Original;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.LoadException;
import org.sahifa.load.RawDocument;
import org.sahifa.load.SourceLoader;

/**
 * Imports many sources into the library as one background {@link Task}: each is loaded, extracted, analysed and
 * saved in turn; progress is reported after each, cancelling stops before the next one, and a source that fails is
 * recorded with its reason and the import goes on. The result is the summary.
 */
public final class BulkImport extends Task<BulkImport.Summary> {
    private static final Logger LOG = Logger.getLogger(BulkImport.class.getName());

    /** A source that could not be imported, and why (a sentence for the user). */
    public record Failure(String source, String reason) {}

    /** How the import went. */
    public record Summary(int imported, List<Failure> failures, boolean cancelled) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    private final List<String> sources;
    private final Supplier<Analyzer> analyzer;
    private final LibraryAccess access;

    public BulkImport(List<String> sources, Supplier<Analyzer> analyzer, LibraryAccess access) {
        this.sources = List.copyOf(sources);
        this.analyzer = analyzer;
        this.access = access;
    }

    /** The .html, .htm, .txt and .md files directly in {@code folder}, by name. */
    public static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> DocumentKind.forFileName(f.getFileName().toString()) != null)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
    }

    /** The http(s) addresses in a list, one a line (blank lines and lines starting with # skipped). */
    public static List<String> urlsIn(String list) {
        return list.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /**
     * Cancels without interrupting: an interrupt during Lucene's file I/O closes its channels and can leave the
     * index locked for the rest of the run. The import stops before its next source instead.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    /** An import of at least this many articles compacts the library when it ends. */
    static final int COMPACT_AFTER = 100;

    @Override
    protected Summary call() {
        List<Failure> failures = new ArrayList<>();
        int imported = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (isCancelled()) {
                return new Summary(imported, failures, true);
            }
            String source = sources.get(i);
            updateMessage(source);
            try {
                RawDocument raw = SourceLoader.load(source);
                Original original = new Original(raw.kind().name(), raw.declaredCharset(), raw.bytes());
                var analysis = analyzer.get().analyze(ArticleExtractor.extract(raw));
                access.call(library -> library.save(analysis, original));
                imported++;
            } catch (LoadException | LibraryException e) {
                failures.add(new Failure(source, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import of " + source + " failed", e);
                failures.add(new Failure(source, e.getClass().getSimpleName()));
            }
            updateProgress(i + 1, sources.size());
        }
        boolean large = imported >= COMPACT_AFTER;
        access.callUnchecked(library -> {
            if (large) {
                library.compact(); // one index segment, no free database pages: the index a quarter smaller
            } else {
                library.commitIndex();
            }
            return null;
        });
        return new Summary(imported, failures, false);
    }
}
