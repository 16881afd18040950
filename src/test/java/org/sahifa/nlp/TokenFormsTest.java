package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TokenForms}: what a token alone tells, remembered per token and per gazetteer. */
class TokenFormsTest {
    private static Gazetteer gazetteer(Gazetteer.Kind kind, String entry) {
        Gazetteer g = new Gazetteer();
        g.add(kind, entry);
        return g;
    }

    @Test
    void readingsThatOpenAPlaceAreFoundUnderTheirClitics() {
        Gazetteer g = gazetteer(Gazetteer.Kind.PLACE, "كوريا الجنوبية");
        TokenForms forms = TokenForms.analyse("وكوريا", g);
        assertArrayEquals(new String[] {"كوريا"}, forms.placeReadings());
        assertEquals("و", TokenForms.analyse("والقاهرة", g).clitic());
        assertEquals(0, TokenForms.analyse("وزير", g).placeReadings().length);
    }

    @Test
    void listedNamesAndLatinPlacesAreMarked() {
        Gazetteer names = gazetteer(Gazetteer.Kind.GIVEN, "جمال");
        assertEquals("GIVEN", TokenForms.analyse("وجمال", names).name());
        assertEquals(TokenForms.NOT_LISTED, TokenForms.analyse("قال", names).name());
        Gazetteer latin = gazetteer(Gazetteer.Kind.LATIN_PLACE, "paris");
        assertTrue(TokenForms.analyse("Paris", latin).latinPlace());
        assertFalse(TokenForms.analyse("Paris", names).latinPlace());
    }

    @Test
    void formsAreRememberedPerGazetteer() {
        Gazetteer first = gazetteer(Gazetteer.Kind.GIVEN, "سلفان");
        Gazetteer second = new Gazetteer();
        TokenForms once = TokenForms.of("سلفان", first);
        assertSame(once, TokenForms.of("سلفان", first), "the second call reuses the first analysis");
        assertEquals("GIVEN", once.name());
        assertEquals(
                TokenForms.NOT_LISTED,
                TokenForms.of("سلفان", second).name(),
                "another gazetteer never gets the forms found under the first");
        TokenForms remembered = TokenForms.of("وبالعراق", first);
        assertEquals(TokenForms.analyse("وبالعراق", first).stem(), remembered.stem());
        assertEquals("العراق", remembered.stem());
    }
}
