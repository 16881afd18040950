package org.sahifa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sahifa.nlp.EntityRecognizer;

/** Tags CoNLL input sentence by sentence, keeping blank lines where they were. */
final class ConllTagging {
    private final EntityRecognizer recognizer;

    ConllTagging(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    void tag(List<String> lines, PrintStream out) {
        List<String> sentence = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(sentence, out);
                out.println();
            } else {
                sentence.add(trimmed.split("\\s+")[0]);
            }
        }
        flush(sentence, out);
    }

    private void flush(List<String> sentence, PrintStream out) {
        if (sentence.isEmpty()) {
            return;
        }
        List<String> tags = recognizer.tagTokens(sentence);
        for (int i = 0; i < sentence.size(); i++) {
            out.println(sentence.get(i) + " " + tags.get(i));
        }
        sentence.clear();
    }
}
