package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitySpellingsTest {
    @Test
    void anArabCityGetsItsCommonSpellings() {
        assertEquals(List.of("الموصل", "موصل"), CitySpellings.of("الموصل", true));
        assertTrue(CitySpellings.of("صنعاء", true).contains("صنعا"));
        assertTrue(CitySpellings.of("ابو ظبي", true).contains("ابوظبي"));
        assertTrue(CitySpellings.of("بورسعيد", true).contains("بور سعيد"));
    }

    @Test
    void aShortNameKeepsItsArticleAndOtherCitiesOneSpelling() {
        assertEquals(List.of("العين"), CitySpellings.of("العين", true)); // «عين» is an everyday word
        assertEquals(List.of("الموصل"), CitySpellings.of("الموصل", false));
    }
}
