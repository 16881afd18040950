package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordVectorBinsTest {
    private static WordVectorBins read(String text) throws IOException {
        return WordVectorBins.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWordIsFoundByItsFormThenByItsStem() throws IOException {
        WordVectorBins v = read(WordVectorBins.HEADER + "3\t4\nالعراق\t013\nوالعراق\t320\n");
        assertEquals("320", v.of("والعراق", "العراق"), "the form itself first");
        assertEquals("013", v.of("بالعراق", "العراق"), "then its stem");
        assertNull(v.of("زيمبلا", "زيمبلا"));
        assertEquals(3, v.dimensions());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThrows(IOException.class, () -> read("word\t012\n"));
        assertThrows(IOException.class, () -> read(WordVectorBins.HEADER + "3\t4\nالعراق\t01\n"), "a bin short");
    }
}
