package org.sahifa.library;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/** Small analysed articles for library tests, built by hand so that no model is loaded. */
final class Articles {
    private Articles() {}

    static Analysis analysis(String source, String title, String site, String published, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
        }
        return new Analysis(
                new Article(source, title, null, published, site, "ar", TextDirection.RTL, blocks, true),
                List.of(),
                List.of());
    }

    /** An analysis with one person found wherever {@code name} occurs, and a quotation attributed to them. */
    static Analysis withPerson(String source, String title, String name, String quote, String paragraph) {
        Block block = new Block(BlockType.PARAGRAPH, paragraph, TextDirection.RTL);
        int at = paragraph.indexOf(name);
        Entity person = new Entity(EntityType.PERSON, name, List.of(new Mention(0, at, at + name.length(), name)));
        int q = paragraph.indexOf(quote);
        List<Quote> quotes = q < 0 ? List.of() : List.of(Quote.inBlock(quote, name, 0, q, q + quote.length()));
        return new Analysis(
                new Article(source, title, null, null, "example.org", "ar", TextDirection.RTL, List.of(block), true),
                List.of(person),
                quotes);
    }

    /**
     * Saves two articles quoting Sergei Lavrov: named in full («سيرغي لافروف») in source "1", by his family name alone
     * («لافروف») in source "2".
     */
    static void saveLavrovInFullAndShort(Library library) throws LibraryException {
        library.save(
                withPerson("1", "لقاء", "سيرغي لافروف", "سنواصل الحوار", "قال سيرغي لافروف: «سنواصل الحوار» اليوم."),
                original("1"));
        library.save(
                withPerson("2", "تصريح", "لافروف", "لا تنازل", "وأضاف لافروف: «لا تنازل» في الملف."), original("2"));
    }

    static Original original(String text) {
        return new Original("TEXT", "UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
