package org.sahifa.ui.startup;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderViewModel;

/**
 * Finishes an article-first window ({@link MainWindow#articleFirst}) once the article has been drawn: the toolbar and
 * sidebar are built after the first frame that shows the article, so they do not hold that frame up.
 *
 * <p>When the article is still loading at the first frame (a slow page), the window is not left without its toolbar
 * (and its cancel button) for long: it is completed at the latest {@link #LONGEST_WAIT} after that frame.
 */
public final class AfterFirstFrame {
    static final Duration LONGEST_WAIT = Duration.millis(300);

    private final MainWindow window;
    private final ReaderViewModel model;
    private final Scene scene;

    private AfterFirstFrame(MainWindow window, ReaderViewModel model, Scene scene) {
        this.window = window;
        this.model = model;
        this.scene = scene;
    }

    /** Completes {@code window} (the root of {@code scene}) after its first frame with the article, or soon after its first frame. */
    public static void completeWindow(MainWindow window, ReaderViewModel model, Scene scene) {
        AfterFirstFrame after = new AfterFirstFrame(window, model, scene);
        after.afterNextFrame(after::whenArticleDrawn);
    }

    private void whenArticleDrawn() {
        if (model.analysisProperty().get() != null || !model.loadingProperty().get()) {
            window.completeWindow();
            return;
        }
        PauseTransition longest = new PauseTransition(LONGEST_WAIT);
        InvalidationListener arrived = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                model.analysisProperty().removeListener(this);
                model.loadingProperty().removeListener(this);
                longest.stop();
                afterNextFrame(window::completeWindow);
            }
        };
        model.analysisProperty().addListener(arrived);
        model.loadingProperty().addListener(arrived);
        longest.setOnFinished(e -> {
            model.analysisProperty().removeListener(arrived);
            model.loadingProperty().removeListener(arrived);
            window.completeWindow();
        });
        longest.play();
    }

    /**
     * Runs {@code action} on the FX thread once what the scene holds now has been drawn: one pulse lays it out, and
     * the next one starts after that frame was drawn (as {@link StartupProbe} counts).
     */
    private void afterNextFrame(Runnable action) {
        Runnable pulseListener = new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < StartupProbe.PULSES_UNTIL_DRAWN) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(pulseListener);
        Platform.requestNextPulse();
    }
}
