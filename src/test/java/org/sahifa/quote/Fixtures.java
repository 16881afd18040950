package org.sahifa.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/** Reads the hand-written articles under src/test/resources/quote: paragraphs split by blank lines, «## » marks a sub-heading. */
final class Fixtures {
    private Fixtures() {}

    static List<Block> blocks(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/quote/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Block> blocks = new ArrayList<>();
            for (String paragraph : text.split("\\n\\s*\\n")) {
                String p = paragraph.strip();
                if (p.startsWith("## ")) {
                    blocks.add(new Block(BlockType.HEADING, p.substring(3), TextDirection.RTL));
                } else if (!p.isEmpty()) {
                    blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
                }
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(Quote::text).toList();
    }

    /** The quotation whose text is {@code text}; fails when there is none. */
    static Quote quote(List<Quote> quotes, String text) {
        return quotes.stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quotation «" + text + "» in " + texts(quotes)));
    }

    /** Made-up paragraphs of Arabic text, one block each. */
    static List<Block> paragraphs(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(t -> new Block(BlockType.PARAGRAPH, t, TextDirection.RTL))
                .toList();
    }

    static List<String> speakers(List<Quote> quotes) {
        return quotes.stream().map(Quote::speaker).toList();
    }
}
