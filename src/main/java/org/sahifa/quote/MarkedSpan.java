package org.sahifa.quote;

import java.util.List;

/**
 * A stretch between paired marks, before it is judged a quotation or a quoted name: its words, where it starts, the
 * evidence around it ({@link SpanFeatures}) and what the hand rules decided. What the span classifier is trained on.
 */
public record MarkedSpan(String text, int block, int start, List<String> features, boolean rulesQuotation) {
    public MarkedSpan {
        features = List.copyOf(features);
    }
}
