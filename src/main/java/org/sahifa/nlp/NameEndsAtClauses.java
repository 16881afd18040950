package org.sahifa.nlp;

import java.util.Set;

/**
 * A place's or organisation's name ends before a particle that opens a clause: «وقالت المنظمة إن الحاسوب …» gave the
 * organisation «المنظمة إن الحاسوب». The particle and the words after it in the chunk are untagged; what is left is
 * judged as any chunk is («المنظمة» alone is a head and no name). «إن» after a letter name is the letter N («سي إن
 * إن»), not the particle. Article mode only.
 */
final class NameEndsAtClauses {
    /** Normalised: that, which, who, has, where, did not, will not. */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "قد", "لقد", "حيث", "لم", "لن");

    private NameEndsAtClauses() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-ORG") && !tags[i].equals("B-LOC")) {
                continue;
            }
            int end = NameWords.chunkEnd(tags, i, tags[i].substring(2));
            for (int k = i + 1; k < end; k++) {
                boolean letterN = s.norm[k].equals("ان") && LetterNames.isLetterName(s.norm[k - 1]);
                if (CLAUSE_OPENERS.contains(s.norm[k]) && !letterN) {
                    for (int m = k; m < end; m++) {
                        tags[m] = "O";
                    }
                    break;
                }
            }
            i = end - 1;
        }
    }
}
