package org.sahifa.extract;

import java.util.List;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.text.TextCleaner;

/** Makes blocks from raw text: cleaned, with the direction of their own letters; empty text gives none. */
final class BlockFactory {
    private BlockFactory() {}

    static void add(List<Block> blocks, BlockType type, String rawText) {
        String text = TextCleaner.clean(rawText);
        if (!text.isEmpty()) {
            blocks.add(new Block(type, text, ScriptDirection.of(text)));
        }
    }

    /** Direction of the whole article from the letters of all its blocks. */
    static TextDirection directionOf(List<Block> blocks) {
        StringBuilder all = new StringBuilder();
        for (Block block : blocks) {
            all.append(block.text()).append('\n');
        }
        return ScriptDirection.of(all);
    }

    /** {@code "ar"} when the text is mostly Arabic letters, {@code "en"} when mostly Latin, else null. */
    static String languageOf(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        return directionOf(blocks) == TextDirection.RTL ? "ar" : "en";
    }

    /**
     * An article of a file with no metadata but its title (plain text, Markdown): language and direction read from its
     * blocks, always readable.
     */
    static Article withoutMetadata(String source, String title, List<Block> blocks) {
        return new Article(source, title, null, null, null, languageOf(blocks), directionOf(blocks), blocks, true);
    }
}
