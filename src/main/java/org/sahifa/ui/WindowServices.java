package org.sahifa.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.LogSetup;
import org.sahifa.settings.RecentSources;

/**
 * What the window needs from outside it.
 *
 * @param browser    opens an address in the user's browser
 * @param recent     the persisted list of recent files and addresses, or null for none
 * @param background where file writes run, off the FX thread
 * @param library    the library's folder, or null for the user's data folder ({@link LogSetup#dataDirectory()})
 */
public record WindowServices(Consumer<String> browser, RecentSources recent, Executor background, Path library) {
    /** No browser, no recent list: for tests. */
    public static final WindowServices NONE = new WindowServices(url -> {}, null, Runnable::run);

    private static final Logger LOG = Logger.getLogger(WindowServices.class.getName());

    /** With the user's library. */
    public WindowServices(Consumer<String> browser, RecentSources recent, Executor background) {
        this(browser, recent, background, null);
    }

    /** The folder of the library the window reads and saves to. */
    public Path libraryFolder() {
        return library != null ? library : LogSetup.dataDirectory();
    }

    /**
     * No browser, no recent list, and an empty library of its own (a temporary folder, removed on exit if nothing was
     * saved to it): a screenshot neither reads nor writes the user's library, so any number can run beside Sahifa.
     */
    public static WindowServices forScreenshot() {
        Path folder;
        try {
            folder = Files.createTempDirectory("sahifa-screenshot-library-");
            folder.toFile().deleteOnExit();
        } catch (IOException e) {
            // no temporary folder: a path that does not exist; the library opens only once something is saved
            LOG.log(Level.WARNING, "No temporary folder for the screenshot's library", e);
            folder = Path.of(
                    System.getProperty("java.io.tmpdir"),
                    "sahifa-screenshot-library-" + ProcessHandle.current().pid());
        }
        return new WindowServices(url -> {}, null, Runnable::run, folder);
    }
}
