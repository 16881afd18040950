package org.sahifa.ui.library;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.library.Original;
import org.sahifa.load.LoadException;
import org.sahifa.load.RawDocument;
import org.sahifa.load.SourceLoader;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;

/**
 * Save to library (Ctrl+D): stores the article shown with its analysis. The original bytes are read again from
 * the source in the background (the reader does not keep them); when that fails (offline, file moved) the article
 * is saved without them.
 */
public final class SaveToLibrary {
    private static final Logger LOG = Logger.getLogger(SaveToLibrary.class.getName());

    private final LibraryAccess access;
    private final I18n i18n;
    private final Supplier<Analysis> shown;
    private final Consumer<String> notices;

    public SaveToLibrary(LibraryAccess access, I18n i18n, Supplier<Analysis> shown, Consumer<String> notices) {
        this.access = access;
        this.i18n = i18n;
        this.shown = shown;
        this.notices = notices;
    }

    /** Saves the article shown, if any; {@code saved} runs on the FX thread with its id. */
    public void save(Consumer<Long> saved) {
        Analysis analysis = shown.get();
        if (analysis == null) {
            return;
        }
        access.submit(
                library -> library.save(analysis, originalOf(analysis.article().source())), id -> {
                    notices.accept(i18n.get("library.saved"));
                    saved.accept(id);
                });
    }

    static Original originalOf(String source) {
        try {
            RawDocument raw = SourceLoader.load(source);
            return new Original(raw.kind().name(), raw.declaredCharset(), raw.bytes());
        } catch (LoadException | RuntimeException e) {
            LOG.log(Level.INFO, "Saving " + source + " without its original bytes", e);
            return new Original("UNAVAILABLE", null, new byte[0]);
        }
    }
}
