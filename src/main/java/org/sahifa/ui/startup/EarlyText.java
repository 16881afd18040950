package org.sahifa.ui.startup;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.text.DisplayText;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.DisplayOptions;
import org.sahifa.ui.reader.LineBreaker;
import org.sahifa.ui.reader.Typography;
import org.sahifa.ui.settings.ReaderPreferences;

/**
 * Gets the first article's text ready to draw while JavaFX starts: on a thread of its own, once the article has been
 * read, it registers the bundled fonts and measures the words of the first screenful in the reading fonts. The
 * JavaFX thread then finds those widths in {@link LineBreaker}'s cache (and the fonts, line-break rules and text
 * shaping warmed up) instead of doing that work itself before the first frame.
 *
 * <p>Only a head start: if it has not got far when the window lays the article out, the window does the rest itself.
 * It never lays text out while the JavaFX thread does ({@link LayoutGate}): when it measured the title in the bold
 * heading face while the JavaFX thread laid the same title out, the title was now and then drawn as wrong glyphs
 * (docs/rendering.md, "A scrambled title").
 */
final class EarlyText {
    static final String THREAD_NAME = "sahifa-early-text";
    /** Blocks measured ahead: more than a tall window shows of the first article. */
    static final int BLOCKS_AHEAD = 14;

    private static final Logger LOG = Logger.getLogger(EarlyText.class.getName());

    private EarlyText() {}

    /** Starts measuring once {@code first} has been read, in the typography {@code settings} will give (the defaults without them). */
    static void begin(FirstArticle first, EarlySettings settings) {
        Thread thread = new Thread(() -> prepare(first, settings), THREAD_NAME);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void prepare(FirstArticle first, EarlySettings settings) {
        try {
            Article article = first.get();
            ReaderPreferences prefs = new ReaderPreferences(null, Runnable::run);
            if (settings != null) {
                prefs.apply(settings.get().value());
            }
            boolean measured = LayoutGate.STARTUP.runUnlessClosed(() -> {
                StartupProbe.mark("earlyTextBegan");
                AppFonts.load();
                measure(article, prefs.typography(), prefs.displayOptions(null), LayoutGate.STARTUP::isClosing);
            });
            StartupProbe.mark(measured ? "earlyTextMeasured" : "earlyTextSkipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            // The window measures everything itself anyway; this only loses the head start.
            LOG.log(Level.FINE, "text not measured ahead", e);
        }
    }

    /**
     * Breaks the title and the first blocks into lines at the widest column, which measures (and caches) their words;
     * stops between blocks once {@code stop} says so (the JavaFX thread, waiting at the gate, then waits for one block
     * at most and measures the rest itself).
     */
    static void measure(Article article, Typography typography, DisplayOptions options, BooleanSupplier stop) {
        LineBreaker breaker = new LineBreaker();
        if (article.title() != null && !article.title().isBlank()) {
            Typography title = new Typography(typography.family(), typography.size() * ArticleView.TITLE_SCALE, 0.15);
            String shown = DisplayText.of(
                            article.title(), DisplayOptions.DEFAULT.hideDiacritics(), DisplayOptions.DEFAULT.digits())
                    .shown();
            breaker.breakLines(shown, title.fontFor(org.sahifa.model.BlockType.HEADING), ArticleView.MAX_COLUMN_WIDTH);
        }
        List<Block> blocks = article.blocks();
        for (Block block : blocks.subList(0, Math.min(BLOCKS_AHEAD, blocks.size()))) {
            if (stop.getAsBoolean()) {
                StartupProbe.mark("earlyTextStopped");
                return;
            }
            String shown = DisplayText.of(block.text(), options.hideDiacritics(), options.digits())
                    .shown();
            breaker.breakLines(shown, typography.fontFor(block.type()), ArticleView.MAX_COLUMN_WIDTH);
        }
    }
}
