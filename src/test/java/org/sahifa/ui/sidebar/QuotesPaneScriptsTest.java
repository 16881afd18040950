package org.sahifa.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.FxThread;
import org.sahifa.ui.I18n;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.RenderingTest;

/**
 * The quotations pane draws a quotation that mixes Arabic and Hebrew with its words in bidi order, like the article
 * (the pixel checks of {@link RenderingTest}).
 */
class QuotesPaneScriptsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
        // The app's theme, if an earlier test in this JVM started the app, changes how glyph edges are smoothed and so
        // the ink templates; this test measures in JavaFX's own default, like RenderingTest.
        FxThread.call(() -> {
            javafx.application.Application.setUserAgentStylesheet(javafx.application.Application.STYLESHEET_MODENA);
            return null;
        });
    }

    @Test
    void aQuotationMixingArabicAndHebrewRunsInBidiOrderOnEachLine() throws Exception {
        String text = "إن عبارة שלום עולם تعني السلام على العالم منذ 2024 في القدس";
        List<String> problems = FxThread.call(() -> {
            AppFonts.load();
            QuotesPane pane = new QuotesPane(new I18n(Locale.ENGLISH), q -> {}, (content, file) -> {});
            Scene scene = new Scene(pane, 320, 400);
            pane.show(List.of(new Quote(text, "سالم", 0, 0, 0, text.length())), "title");
            pane.applyCss();
            pane.layout();
            List<ParagraphNode> drawn = pane.lookupAll(".quote-text").stream()
                    .map(ParagraphNode.class::cast)
                    .toList();
            assertEquals(1, drawn.size(), "one quotation drawn");
            Image image = scene.getRoot().snapshot(RenderingTest.whiteBackground(), null);
            return wordOrderProblems(drawn.get(0), image);
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** On each line, each word's pixels are where its box is, and the boxes left to right follow ICU's visual order. */
    private static List<String> wordOrderProblems(ParagraphNode node, Image image) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < node.lineCount(); i++) {
            problems.addAll(RenderingTest.checkLine(node, i, TextDirection.RTL, image, QuoteUnit.TYPOGRAPHY));
        }
        return problems;
    }
}
