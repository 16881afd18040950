package org.sahifa.library;

import com.ibm.icu.text.UnicodeCompressor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A preset dictionary for deflating stored analyses, built from the user's own library: the word sequences that
 * recur most in a sample of its articles, in SCSU as the records hold their text. Deflate can then refer back to
 * them from the first article on, instead of finding repetition only inside one article. Stored with an id in the
 * database ({@code compression_dictionary}); every stored analysis names the dictionary it was packed with, so a
 * dictionary is never changed or dropped once used.
 */
record CompressionDictionary(int id, byte[] bytes) {
    /** Deflate refers back at most 32 KB: a longer dictionary would be cut. */
    static final int MAX_BYTES = 32 * 1024;
    /** Articles sampled (the first saved); a library gets its dictionary when it has this many. */
    static final int SAMPLE_ARTICLES = 300;
    /**
     * Longest word sequence considered. Two words compressed the 2,000 articles after the sample as well as four
     * (−9.3% against no dictionary, four: −9.0%) and the build takes a fifth of the time.
     */
    private static final int MAX_WORDS = 2;

    /**
     * The dictionary's bytes for a sample of article texts: word sequences scored by the bytes they would save
     * ((occurrences − 1) × length), best last (deflate codes nearer distances in fewer bits), up to {@link #MAX_BYTES}.
     */
    static byte[] build(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            String[] words = text.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                StringBuilder run = new StringBuilder();
                for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                    run.append(words[i + n]).append(' ');
                    if (run.length() >= 4) {
                        counts.merge(run.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 2) {
                ranked.add(e);
            }
        }
        ranked.sort(Comparator.comparingLong((Map.Entry<String, Integer> e) ->
                        (long) (e.getValue() - 1) * e.getKey().length())
                .reversed()
                .thenComparing(Map.Entry::getKey));
        List<String> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>(); // every run of whole words inside a run taken
        int length = 0;
        for (Map.Entry<String, Integer> e : ranked) {
            String run = e.getKey();
            if (covered.contains(run)) {
                continue; // already inside a longer run taken before
            }
            if (length + run.length() > MAX_BYTES * 9 / 10) { // SCSU: about one byte a letter, plus window tags
                break;
            }
            chosen.add(run);
            length += run.length();
            String[] words = run.split(" ");
            for (int i = 0; i < words.length; i++) {
                StringBuilder part = new StringBuilder();
                for (int j = i; j < words.length; j++) {
                    part.append(words[j]).append(' ');
                    covered.add(part.toString());
                }
            }
        }
        Collections.reverse(chosen);
        byte[] bytes = UnicodeCompressor.compress(String.join("", chosen));
        return bytes.length <= MAX_BYTES
                ? bytes
                : java.util.Arrays.copyOfRange(bytes, bytes.length - MAX_BYTES, bytes.length);
    }
}
