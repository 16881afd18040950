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
 * element named "caption"), else paragraph; a short paragraph all in bold is a heading.
 */
final class BlockCollector {
    /** Longer text in a "caption"-named element is an article body with a captioned layout, not a caption. */
    static final int MAX_CAPTION_CHARS = 400;

    /** A bold line alone in its paragraph is a sub-heading when at most this long. */
    static final int MAX_BOLD_HEADING_CHARS = 100;
    /** Endings of a bold line that is a lead-in or a sentence rather than a sub-heading. */
    private static final String SENTENCE_ENDINGS = ".:،,;؛";

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private BlockType runType = BlockType.PARAGRAPH;
    /** Depth of {@code <b>}/{@code <strong>} around the current node, and whether the run has text inside and outside them. */
    private int boldDepth;

    private boolean runHasBold;
    private boolean runHasPlain;

    private BlockCollector() {}

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
                if (!t.isBlank()) {
                    runHasBold |= boldDepth > 0;
                    runHasPlain |= boldDepth == 0;
                }
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
                    walk(
                            e,
                            typeOf(e, type),
                            ContentHints.PARAGRAPH_TAGS.contains(tag) || inParagraph && !isContainer(tag));
                    flush();
                } else {
                    if (tag.equals("img") || tag.equals("picture")) {
                        continue;
                    }
                    if (run.length() == 0) {
                        runType = typeOf(e, type);
                    }
                    boolean bold = tag.equals("b") || tag.equals("strong");
                    boldDepth += bold ? 1 : 0;
                    walk(e, type, inParagraph);
                    boldDepth -= bold ? 1 : 0;
                }
            }
        }
    }

    private static boolean isContainer(String tag) {
        return tag.equals("div")
                || tag.equals("section")
                || tag.equals("ul")
                || tag.equals("ol")
                || tag.equals("table");
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
            String text = run.toString();
            BlockType type = runType == BlockType.PARAGRAPH && runHasBold && !runHasPlain && isHeadingSized(text)
                    ? BlockType.HEADING
                    : runType;
            BlockFactory.add(blocks, type, text);
            run.setLength(0);
        }
        runType = BlockType.PARAGRAPH;
        runHasBold = false;
        runHasPlain = false;
    }

    /** A bold line alone is a sub-heading of old pages («<p><b>توقعات المحللين</b></p>»), unless long, a sentence or a byline. */
    private static boolean isHeadingSized(String text) {
        String t = text.strip();
        return !t.isEmpty()
                && t.length() <= MAX_BOLD_HEADING_CHARS
                && t.indexOf('\n') < 0
                && SENTENCE_ENDINGS.indexOf(t.charAt(t.length() - 1)) < 0
                && !MetadataReader.TEXT_BYLINE.matcher(t).matches();
    }
}
