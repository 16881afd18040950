package org.sahifa.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sahifa.settings.RecentSources;

/**
 * What the window needs from outside it.
 *
 * @param browser    opens an address in the user's browser
 * @param recent     the persisted list of recent files and addresses, or null for none
 * @param background where file writes run, off the FX thread
 */
public record WindowServices(Consumer<String> browser, RecentSources recent, Executor background) {
    /** No browser, no recent list: for tests and screenshots. */
    public static final WindowServices NONE = new WindowServices(url -> {}, null, Runnable::run);
}
