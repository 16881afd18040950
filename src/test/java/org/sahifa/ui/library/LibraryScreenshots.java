package org.sahifa.ui.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.sahifa.library.Library;
import org.sahifa.library.SavedArticle;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.startup.SahifaApp;

/**
 * Screenshots of the library view beside the reader, in Arabic (or the interface language given third): the articles
 * tab and the highlights tab, with a few highlights (and notes) added to the first saved articles. Run on a copy of a
 * library: it writes to it.
 *
 * <p>{@code mvn -q -B -o exec:exec -Dexec.args="-cp %classpath -Dtestfx.headless=true -Dprism.order=sw
 * -Dglass.platform=Monocle -Dmonocle.platform=Headless org.sahifa.ui.library.LibraryScreenshots LIBRARY_COPY OUT_DIR
 * [ar|en]"}
 */
public final class LibraryScreenshots {
    private LibraryScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String language = args.length > 2 ? args[2] : "ar";
        long shown;
        try (Library library = Library.open(dir)) {
            List<SavedArticle> saved = library.list();
            shown = saved.get(0).id();
            if (library.allHighlights().isEmpty()) {
                String[] notes = {"أرقام تستحق المتابعة", null, "قارن بتصريح الأسبوع الماضي"};
                for (int i = 0; i < 3; i++) {
                    long id = saved.get(i).id();
                    String text = library.load(id)
                            .orElseThrow()
                            .article()
                            .blocks()
                            .get(1)
                            .text();
                    library.addHighlight(id, 1, 0, 1, Math.min(text.length(), 90), notes[i]);
                }
            }
        }
        System.setProperty("sahifa.data", dir.toString());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        CompletableFuture<MainWindow> made = new CompletableFuture<>();
        ReaderViewModel model = new ReaderViewModel(SahifaApp::analyzer, Executors.newCachedThreadPool(), i18n);
        Platform.runLater(() -> {
            MainWindow window = ReaderHarness.show(new Stage(), model, i18n);
            window.completeWindow();
            made.complete(window);
        });
        MainWindow window = made.get(60, TimeUnit.SECONDS);
        Analysis article = new LibraryAccess(dir, Runnable::run, i18n, s -> {}, s -> {})
                .callUnchecked(library -> library.load(shown).orElseThrow());
        Platform.runLater(() -> {
            model.show(article);
            window.library().toggle();
        });
        Thread.sleep(8000);
        shoot(window.getScene(), out.resolve("library-articles-" + language + ".png"));
        Platform.runLater(() -> ((TabPane) window.library().view().lookup(".tab-pane"))
                .getSelectionModel()
                .select(2));
        Thread.sleep(5000);
        shoot(window.getScene(), out.resolve("library-highlights-" + language + ".png"));
        // the names tab with its first name chosen: its details list wraps long Arabic rows too (compare)
        Platform.runLater(() -> window.library().view().showEntity("الرياض"));
        Thread.sleep(6000);
        shoot(window.getScene(), out.resolve("library-names-" + language + ".png"));
        Platform.exit();
        System.exit(0);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
