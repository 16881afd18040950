package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Block;

/**
 * Where a quotation sits, marks included. The opening mark is at {@code openMark} in {@code block};
 * the closing mark at {@code closeMark} in {@code endBlock}, or {@code closeMark == -1} when there is
 * none (a paragraph whose opening mark was never closed). {@code start} and {@code end} bound the
 * text between the marks, without surrounding white space.
 */
record QuoteSpan(int block, int openMark, int start, int endBlock, int end, int closeMark) {

    boolean multiParagraph() {
        return endBlock != block;
    }

    /** The part of block {@code b} this span covers, marks included, as {@code [from, to)}, or null. */
    int[] regionIn(int b, String blockText) {
        if (b < block || b > endBlock) {
            return null;
        }
        int from = b == block ? openMark : 0;
        int to = b == endBlock ? (closeMark >= 0 ? closeMark + 1 : end) : blockText.length();
        return new int[] {from, to};
    }

    /**
     * The quotation's words: for one paragraph exactly {@code text.substring(start, end)}; over
     * several paragraphs the parts joined by a line break, without the opening mark repeated at
     * the start of each continuing paragraph.
     */
    String text(List<Block> blocks) {
        if (!multiParagraph()) {
            return blocks.get(block).text().substring(start, end);
        }
        StringBuilder out =
                new StringBuilder(blocks.get(block).text().substring(start).strip());
        for (int b = block + 1; b < endBlock; b++) {
            out.append('\n').append(withoutLeadingMark(blocks.get(b).text()));
        }
        String last = blocks.get(endBlock).text().substring(0, end);
        out.append('\n').append(withoutLeadingMark(last));
        return out.toString();
    }

    private static String withoutLeadingMark(String s) {
        String t = s.strip();
        if (!t.isEmpty() && QuoteMark.familyOf(t.charAt(0)) != null) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
