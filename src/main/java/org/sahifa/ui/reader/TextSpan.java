package org.sahifa.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.model.Block;

/** A span of the article's text from ({@code block}, {@code start}) to ({@code endBlock}, {@code end}), end exclusive. */
public record TextSpan(int block, int start, int endBlock, int end) {
    /** The same span with its ends in reading order. */
    public TextSpan ordered() {
        boolean backwards = endBlock < block || (endBlock == block && end < start);
        return backwards ? new TextSpan(endBlock, end, block, start) : this;
    }

    public boolean isEmpty() {
        return block == endBlock && start == end;
    }

    /** The spans cut at block ends, as highlights drawn with {@code styleClass}, by block index. */
    static Map<Integer, List<ParagraphNode.Highlight>> byBlock(
            List<TextSpan> spans, List<Block> blocks, String styleClass) {
        Map<Integer, List<ParagraphNode.Highlight>> byBlock = new HashMap<>();
        for (TextSpan span : spans) {
            for (int b = span.block(); b <= span.endBlock() && b < blocks.size(); b++) {
                int start = b == span.block() ? span.start() : 0;
                int end =
                        b == span.endBlock() ? span.end() : blocks.get(b).text().length();
                byBlock.computeIfAbsent(b, k -> new ArrayList<>())
                        .add(new ParagraphNode.Highlight(start, end, styleClass));
            }
        }
        return byBlock;
    }
}
