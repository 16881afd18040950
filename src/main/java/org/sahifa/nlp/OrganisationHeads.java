package org.sahifa.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.lexicon.WordList;

/** The head nouns of organisation names, from {@code organisation-heads.tsv}: «وزارة», «الجيش», «شركة». */
final class OrganisationHeads {
    /** What a name after the head may be; see the lexicon's header. */
    enum Kind {
        BODY,
        NAMED,
        STATE,
        INSTITUTION,
        CLUB,
        TEAM,
        COMPANY
    }

    /** A head noun: its kind and the fewest definite words its complement needs. */
    record Head(Kind kind, int complement) {}

    /** A head found at a word: with the article («الجمعية») or without («جمعية»). */
    record HeadAt(Head head, boolean definite) {}

    private static final Map<String, Head> HEADS = load();

    private OrganisationHeads() {}

    /** True if the word (normalised, without clitics, with or without the article) is a head noun. */
    static boolean isHead(String reading) {
        return HEADS.containsKey(reading) || HEADS.containsKey(ArabicWords.bare(reading));
    }

    /** The head at word {@code i} under any clitic reading («وللجمعية»), or null. */
    static HeadAt at(SentenceWords s, int i) {
        if (!s.shape[i].equals("ar")) {
            return null;
        }
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            Head head = HEADS.get(reading);
            if (head != null) {
                return new HeadAt(head, false);
            }
            if (reading.startsWith("ال")) {
                head = HEADS.get(reading.substring(2));
                if (head != null) {
                    return new HeadAt(head, true);
                }
            }
        }
        return null;
    }

    private static Map<String, Head> load() {
        WordList list = WordList.load("organisation-heads");
        Map<String, Head> heads = new HashMap<>();
        for (List<String> row : list.rows()) {
            Kind kind = Kind.valueOf(WordList.cell(row, 1).toUpperCase(java.util.Locale.ROOT));
            heads.put(
                    org.sahifa.lexicon.Lexicon.fold(row.get(0)),
                    new Head(kind, Integer.parseInt(WordList.cell(row, 2))));
        }
        return Map.copyOf(heads);
    }
}
