package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicWordsTest {
    @Test
    void normalizeUnifiesLetterFormsAndDropsDiacritics() {
        assertEquals("احمد", ArabicWords.normalize("أَحْمَد"));
        assertEquals("مصطفي", ArabicWords.normalize("مصطفى"));
        assertEquals("العاصمه", ArabicWords.normalize("العاصمة"));
        assertEquals("مسيوول", ArabicWords.normalize("مسئوول"));
    }

    @Test
    void stemStripsConjunctionPrepositionAndLamLam() {
        assertEquals("العراق", ArabicWords.stem("وبالعراق"));
        assertEquals("العراق", ArabicWords.stem("للعراق"));
        assertEquals("الولايات", ArabicWords.stem("والولايات"));
        assertEquals("موسكو", ArabicWords.stem("موسكو"));
    }

    @Test
    void splitsListEveryReadingSoCallersCanChoose() {
        assertEquals(List.of("ولافروف", "لافروف", "افروف"), ArabicWords.procliticSplits("ولافروف"));
        // Three letters are never stripped: «كيم» stays a name.
        assertEquals(List.of("كيم"), ArabicWords.procliticSplits("كيم"));
    }

    @Test
    void evidentCliticIsOnlyBeforeTheArticle() {
        assertEquals(1, ArabicWords.evidentCliticLength("والولايات"));
        assertEquals(2, ArabicWords.evidentCliticLength("وبالعراق"));
        assertEquals(1, ArabicWords.evidentCliticLength("للعراق"));
        assertEquals(0, ArabicWords.evidentCliticLength("لافروف"));
        assertEquals(0, ArabicWords.evidentCliticLength("فلاديمير"));
    }

    @Test
    void shapeSeparatesScripts() {
        assertEquals("ar", ArabicWords.shape("موسكو"));
        assertEquals("Lc", ArabicWords.shape("Moscow"));
        assertEquals("LU", ArabicWords.shape("NATO"));
        assertEquals("d", ArabicWords.shape("2024"));
        assertEquals("p", ArabicWords.shape("،"));
        assertTrue(ArabicWords.isArabic("بكين"));
        assertFalse(ArabicWords.isArabic("Beijing"));
    }
}
