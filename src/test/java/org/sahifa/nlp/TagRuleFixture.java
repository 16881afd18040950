package org.sahifa.nlp;

import java.util.List;
import java.util.function.BiConsumer;

/** Runs one sentence rule on a made-up sentence whose model tags the test gives by hand. */
final class TagRuleFixture {
    private TagRuleFixture() {}

    /** The tags {@code rule} leaves for {@code sentence} (tokens split on spaces) after the model's {@code tags}. */
    static List<String> after(BiConsumer<SentenceWords, String[]> rule, String sentence, String... tags) {
        String[] tokens = sentence.split(" ");
        String[] out = tags.clone();
        rule.accept(SentenceWords.analyze(tokens, Gazetteer.shared()), out);
        return List.of(out);
    }
}
