package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/**
 * Turns an article subtree into typed blocks. Text is gathered in runs; a block element or a
 * {@code <br>} outside a paragraph ends the run. The type of a run is that of its nearest typed
 * ancestor: heading, block quote, list item, caption ({@code figcaption}, table caption, or an
 * element named "caption"), else paragraph.
 */
final class BlockCollector {
    /** Longer text in a "caption"-named element is an article body with a captioned layout, not a caption. */
    static final int MAX_CAPTION_CHARS = 400;

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private BlockType runType = BlockType.PARAGRAPH;

    private BlockCollector() {
    }

    static List<Block> collect(List<Element> roots) {
        BlockCollector collector = new BlockCollector();
        for (Element root : roots) {
            collector.walk(root, BlockType.PARAGRAPH, false);
            collector.flush();
        }
        return collector.blocks;
    }

    private void walk(Element el, BlockType type, boolean inParagraph) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                if (run.length() == 0) {
                    runType = type;
                }
                run.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (inParagraph) {
                        run.append(' ');
                    } else {
                        flush();
                    }
                } else if (ContentHints.isBlock(e)) {
                    flush();
                    walk(e, typeOf(e, type), ContentHints.PARAGRAPH_TAGS.contains(tag) || inParagraph && !isContainer(tag));
                    flush();
                } else {
                    if (tag.equals("img") || tag.equals("picture")) {
                        continue;
                    }
                    if (run.length() == 0) {
                        runType = typeOf(e, type);
                    }
                    walk(e, type, inParagraph);
                }
            }
        }
    }

    private static boolean isContainer(String tag) {
        return tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol") || tag.equals("table");
    }

    /** The block type inside {@code el}, given the type around it. */
    static BlockType typeOf(Element el, BlockType around) {
        String tag = el.normalName();
        if (ContentHints.HEADING_TAGS.contains(tag)) {
            return BlockType.HEADING;
        }
        if (tag.equals("figcaption") || tag.equals("caption") || isNamedCaption(el)) {
            return BlockType.CAPTION;
        }
        if (around != BlockType.PARAGRAPH) {
            return around; // a paragraph inside a quote is quoted, inside a list item listed
        }
        return switch (tag) {
            case "blockquote" -> BlockType.BLOCKQUOTE;
            case "li", "dd" -> BlockType.LISTITEM;
            default -> BlockType.PARAGRAPH;
        };
    }

    /** An element whose class says caption ("wp-caption-text", "image-caption") and whose text is caption-sized. */
    private static boolean isNamedCaption(Element el) {
        return el.className().toLowerCase(Locale.ROOT).contains("caption") && NodeText.length(el) <= MAX_CAPTION_CHARS;
    }

    private void flush() {
        if (run.length() > 0) {
            BlockFactory.add(blocks, runType, run.toString());
            run.setLength(0);
        }
        runType = BlockType.PARAGRAPH;
    }
}
