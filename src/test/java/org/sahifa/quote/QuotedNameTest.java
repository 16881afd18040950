package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Quote;

/** Quoted names and titles are not quotations; short quoted words someone said are, with a speaker. */
class QuotedNameTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void namesOfAgenciesNewspapersBooksFilmsSeminarsAndOrganisationsAreNotQuotations() {
        List<Quote> quotes = finder.find(Fixtures.blocks("quoted-names.txt"), List.of());
        assertEquals(List.of(), Fixtures.texts(quotes));
    }

    @Test
    void aNameTheRecogniserKnowsIsNotAQuotation() {
        List<Block> blocks = List.of(new Block(
                org.sahifa.model.BlockType.PARAGRAPH,
                "وشارك “الهلال الأحمر” في توزيع المساعدات.",
                org.sahifa.model.TextDirection.RTL));
        assertEquals(1, finder.find(blocks, List.of()).size());
        var entities =
                new EntityListBuilder(blocks).organization("الهلال الأحمر").build();
        assertEquals(List.of(), finder.find(blocks, entities));
    }

    @Test
    void scareQuotesSomeoneSaidAreQuotationsWithASpeaker() {
        List<Quote> quotes = finder.find(Fixtures.blocks("scare-quotes.txt"), List.of());
        assertEquals(List.of("الفاشلة", "أولوية"), Fixtures.texts(quotes));
        assertEquals("مراد سليم", quotes.get(0).speaker());
        assertEquals("عمر فاروق", quotes.get(1).speaker());
    }

    @Test
    void onlyMarkedDirectSpeechIsListed() {
        List<Quote> quotes = finder.find(Fixtures.blocks("reported-speech.txt"), List.of());
        assertEquals(List.of("الخطة جاهزة"), Fixtures.texts(quotes));
    }
}
