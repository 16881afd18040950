package org.sahifa.ui.startup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sahifa.instance.LaunchRequest;
import org.sahifa.instance.SingleInstance;
import org.sahifa.load.SourceLoader;
import org.sahifa.ui.ReaderViewModel;

/** Opens in this window what later launches of Sahifa ask for (a file double-clicked while it runs). */
final class OpenRequests {
    private static final Logger LOG = Logger.getLogger(OpenRequests.class.getName());

    private OpenRequests() {}

    static void forwardTo(Stage stage, ReaderViewModel model) {
        SingleInstance.onLaunchRequest(request -> Platform.runLater(() -> open(stage, model, request)));
    }

    private static void open(Stage stage, ReaderViewModel model, LaunchRequest request) {
        try {
            String source = LaunchOptions.parse(request.args()).source();
            if (source != null) {
                model.open(resolve(source, request.workingDirectory()));
            }
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignored launch request " + request, e);
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** A relative path is relative to where the later launch started, not to this process's directory. */
    static String resolve(String source, Path workingDirectory) {
        if (SourceLoader.looksLikeUrl(source)) {
            return source;
        }
        try {
            Path path = Path.of(source);
            return path.isAbsolute() ? source : workingDirectory.resolve(path).toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
