package org.sahifa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sahifa.nlp.EntityRecognizer;

/**
 * Tags CoNLL input, keeping blank lines where they were. The whole file is one document
 * ({@link EntityRecognizer#tagDocument}): a name recognised in one sentence is tagged at its other occurrences.
 */
final class ConllTagging {
    private final EntityRecognizer recognizer;

    ConllTagging(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    void tag(List<String> lines, PrintStream out) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
            } else {
                sentence.add(trimmed.split("\\s+")[0]);
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        Iterator<String> tags =
                recognizer.tagDocument(sentences).stream().flatMap(List::stream).iterator();
        for (String line : lines) {
            String trimmed = line.strip();
            out.println(trimmed.isEmpty() ? "" : trimmed.split("\\s+")[0] + " " + tags.next());
        }
    }
}
