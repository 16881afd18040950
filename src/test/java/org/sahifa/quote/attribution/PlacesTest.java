package org.sahifa.quote.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sahifa.model.Mention;

class PlacesTest {

    private static Place place(Scene s, String name, int block) {
        int at = s.blocks.get(block).text().indexOf(name);
        return Places.of(s.text(), s.quotes, 0, new Mention(block, at, at + name.length(), name));
    }

    @Test
    void relationsAndWordCounts() {
        Scene s = Scene.of(
                "تحدث أحمد أمس.",
                "رحب سعيد بالخطة. وقال فهد في المؤتمر «نحن جاهزون» بحسب ماجد. ثم تكلم ناصر. وغادر بدر.");
        assertEquals(new Place("S0B", 2, 1, 5, 5), place(s, "فهد", 1));
        assertEquals("S1B", place(s, "سعيد", 1).relation());
        assertEquals("P1B", place(s, "أحمد", 0).relation());
        assertEquals(1, place(s, "ماجد", 1).words(), "«بحسب» between");
        assertEquals("S0A", place(s, "ماجد", 1).relation());
        assertEquals("S1A", place(s, "ناصر", 1).relation());
        assertNull(place(s, "بدر", 1), "two sentences after");
    }

    @Test
    void aFullStopInsideAQuotationDoesNotEndTheSentence() {
        Scene s = Scene.of("قال فهد «انتهى الأمر. لا عودة» وغادر سعيد.");
        assertEquals("S0A", place(s, "سعيد", 0).relation());
    }

    @Test
    void anotherQuotationBetweenCountsAsOneWord() {
        Scene s = Scene.of("قال فهد «نعم» ثم «لا أبدا يا صديقي»");
        int at = s.blocks.get(0).text().indexOf("فهد");
        Place p = Places.of(s.text(), s.quotes, 1, new Mention(0, at, at + 3, "فهد"));
        assertEquals(2, p.words(), "«ثم» and the first quotation");
    }
}
