package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.lexicon.Lexicon;

/**
 * The speech cues built from `speech-verbs.tsv` never include a particle: a stray row once made «فيها» a speech verb,
 * so a relative clause («التي يعيش فيها ألف شخص») was read as a speaker.
 */
class CueWordsLexiconTest {
    @Test
    void noFunctionWordIsASpeechCue() {
        List<String> cues = Lexicon.words("function-words").stream()
                .filter(w -> CueWords.lookup(w) != null)
                .sorted()
                .toList();
        assertEquals(List.of(), cues);
    }

    @Test
    void everySpeechVerbRowHasAPastFormOfAtLeastTwoLetters() {
        for (List<String> row : org.sahifa.lexicon.WordList.load("speech-verbs").rows()) {
            assertTrue(row.get(0).length() >= 2, "row " + String.join("\t", row));
        }
    }
}
