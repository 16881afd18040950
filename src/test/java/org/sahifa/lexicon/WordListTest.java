package org.sahifa.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {
    private static WordList parse(String text) throws IOException {
        return WordList.parse("test", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsHeaderColumnsAndEntriesSkippingBlankLines() throws IOException {
        WordList list = parse("# Roles before a name.\n# columns: word\tgender\n\nالمحامية\tf\nوزير\tm\n");
        assertEquals(List.of("Roles before a name.", "columns: word\tgender"), list.header());
        assertEquals(List.of("word", "gender"), list.columns());
        assertEquals(List.of(List.of("المحامية", "f"), List.of("وزير", "m")), list.rows());
        assertEquals(Set.of("المحاميه"), list.foldedWhere(1, "f"));
    }

    @Test
    void aMissingTrailingColumnReadsAsEmpty() throws IOException {
        WordList list = parse("# Verbs.\n# columns: past\tparticiple\nذكر\n");
        assertEquals("", WordList.cell(list.rows().get(0), 1));
    }

    @Test
    void anEntryWithMoreColumnsThanNamedIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> parse("# x\n# columns: word\nقال\tm\n"));
        assertEquals("Lexicon list test, line 3: 2 columns where the header names 1", e.getMessage());
    }

    @Test
    void foldingUnifiesSpellingsAndDropsDiacritics() {
        assertEquals("الرييس", Lexicon.fold("الرَّئيس"));
        assertEquals("اكد", Lexicon.fold("أكّد"));
        assertEquals("مستشفي الاميره", Lexicon.fold("مستشفى الأميرة"));
    }

    @Test
    void anUnknownListIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordList.load("no-such-list"));
        assertEquals("No lexicon list named no-such-list", e.getMessage());
    }
}
