package org.sahifa.ui.startup;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sahifa.settings.Settings;
import org.sahifa.settings.SettingsStore;
import org.sahifa.settings.Stored;

/**
 * The saved settings, read on a thread of their own from the moment the launcher runs, while JavaFX starts up in
 * parallel (reading them, JSON library included, took 0.1 to 0.3 s of the JavaFX thread at start-up).
 */
public final class EarlySettings {
    static final String THREAD_NAME = "sahifa-settings";

    private final FutureTask<Stored<Settings>> reading;

    private EarlySettings(FutureTask<Stored<Settings>> reading) {
        this.reading = reading;
    }

    static EarlySettings begin(SettingsStore store) {
        FutureTask<Stored<Settings>> reading = new FutureTask<>(store::load);
        Thread thread = new Thread(reading, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return new EarlySettings(reading);
    }

    /** Waits for the settings (a damaged file has been set aside by then, as {@link SettingsStore#load} does). */
    Stored<Settings> get() {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Stored<>(Settings.EMPTY, null, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
