package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * {@link InkMatch} on pictures drawn by Java2D from the bundled bold Amiri: no JavaFX needed. A wrapped title that
 * JavaFX draws a few pixels narrower is {@code TitleCheckTest}'s.
 */
class InkMatchTest {
    private static final java.awt.Font AMIRI_BOLD =
            ReferenceText.face("Amiri", true).orElseThrow();
    private static final String TITLE = "تونس تحتضن الدورة الخامسة لمهرجان الخط العربي بمشاركة";

    @Test
    void theSameWordsDrawnAgainScoreNearOne() {
        BufferedImage reference = ReferenceText.draw(TITLE, AMIRI_BOLD, 34, true);
        assertTrue(InkMatch.score(ReferenceText.draw(TITLE, AMIRI_BOLD, 34, true), reference) > 0.95);
    }

    @Test
    void otherWordsInTheSameFontAndPlaceFail() {
        BufferedImage reference = ReferenceText.draw(TITLE, AMIRI_BOLD, 34, true);
        BufferedImage other = ReferenceText.draw(
                "ثقافة شعبية ومعارض فنية تستقبل زوارها كل مساء حتى منتصف الليل", AMIRI_BOLD, 34, true);
        assertTrue(InkMatch.score(other, reference) < TitleCheck.MIN_SCORE, "other glyphs rejected");
    }
}
