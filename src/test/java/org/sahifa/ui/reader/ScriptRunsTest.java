package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.model.BlockType;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.FxThread;

/** How a stretch of text is cut into pieces drawn by one font each. */
class ScriptRunsTest {
    private static Font amiri;

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
        amiri = FxThread.call(() -> {
            AppFonts.load();
            return Typography.DEFAULT.fontFor(BlockType.PARAGRAPH);
        });
    }

    private static List<ScriptRuns.Piece> split(String text) throws Exception {
        return FxThread.call(() -> ScriptRuns.split(text, 0, text.length(), amiri));
    }

    private static List<String> drawn(List<ScriptRuns.Piece> pieces) {
        return pieces.stream().map(ScriptRuns.Piece::drawn).toList();
    }

    @Test
    void wordsTheReadingFontLacksArePiecesOfTheirOwnAndSpacesAreGaps() throws Exception {
        List<ScriptRuns.Piece> pieces = split("عبارة שלום עולם، 👍");
        assertEquals(List.of("عبارة", " ", "שלום", " ", "עולם", "،", " ", "👍"), drawn(pieces));
        assertTrue(pieces.get(0).readingFace()
                && !pieces.get(2).readingFace()
                && pieces.get(5).readingFace());
        assertTrue(pieces.get(1).space() && !pieces.get(0).space());
        assertEquals(
                AppFonts.SYMBOL_FAMILY,
                pieces.get(7).font().getFamily(),
                "the emoji is drawn by the bundled symbol face");
        assertEquals(
                AppFonts.READING_FAMILY,
                pieces.get(2).font().getFamily(),
                "Hebrew is left to JavaFX's fallback from the reading font");
    }

    @Test
    void aZwnjSplitsTheWordWithoutAGapAndIsNotDrawn() throws Exception {
        String text = "می\u200Cخواهم";
        List<ScriptRuns.Piece> pieces = split(text);
        assertEquals(List.of("می", "خواهم"), drawn(pieces));
        assertEquals(2, pieces.get(0).end());
        assertEquals(3, pieces.get(1).start());
        assertTrue(ScriptRuns.isUndrawn(text, 2));
    }

    @Test
    void otherFormatCharactersStayInsideTheirPieceUndrawn() throws Exception {
        String text = "👨\u200D👩 a\u00ADb";
        List<ScriptRuns.Piece> pieces = split(text);
        assertEquals(List.of("👨👩", " ", "ab"), drawn(pieces));
        ScriptRuns.Piece soft = pieces.get(2);
        assertEquals(1, soft.drawnOffset(text, text.indexOf('b')), "the soft hyphen takes no place in the drawn text");
    }

    @Test
    void readingFontWordsAreJoinedWithTheirSpacesButNotAcrossAZwnjOrAnotherFont() throws Exception {
        String text = "قال الباحث می\u200Cخواهم שלום هنا";
        List<ScriptRuns.Piece> joined =
                FxThread.call(() -> ScriptRuns.joinWords(text, ScriptRuns.split(text, 0, text.length(), amiri)));
        assertEquals(List.of("قال الباحث می", "خواهم", " ", "שלום", " ", "هنا"), drawn(joined));
        assertFalse(joined.get(0).space());
    }
}
