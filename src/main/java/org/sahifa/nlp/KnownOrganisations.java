package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.lexicon.Lexicon;

/**
 * Organisations known by one short name in Arabic news («الكنيست», «حماس», «الجهاد الإسلامي», «توتال»), from
 * {@code organisation-names.tsv}: tagged ORG wherever they stand as a name of their own, with or without a clitic.
 */
final class KnownOrganisations {
    /** The names, each as its normalised words, by first word, longest first. */
    private static final Map<String, List<String[]>> NAMES = load();

    private KnownOrganisations() {}

    /** Tags every listed name ORG whose words are untagged or exactly one chunk of the model's. */
    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!s.shape[i].equals("ar")) {
                continue;
            }
            String[] name = nameAt(s, i);
            if (name != null && (freeOrOneChunk(tags, i, i + name.length) || endsAChunkAfterAnd(s, tags, i, name))) {
                for (int k = i; k < i + name.length; k++) {
                    tags[k] = k == i ? "B-ORG" : "I-ORG";
                }
                i += name.length - 1;
            }
        }
    }

    /** The longest listed name starting at word {@code i} under any clitic reading of it, or null. */
    private static String[] nameAt(SentenceWords s, int i) {
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            for (String[] name : NAMES.getOrDefault(reading, List.of())) {
                if (matchesAt(s, i, name)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(SentenceWords s, int i, String[] name) {
        if (i + name.length > s.length()) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            if (!s.norm[i + k].equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    /** «وداعش» at the end of the model's «جبهة النصرة وداعش»: a second organisation, cut off the first. */
    private static boolean endsAChunkAfterAnd(SentenceWords s, String[] tags, int start, String[] name) {
        int end = start + name.length;
        return tags[start].startsWith("I-")
                && s.clitic[start].startsWith("و")
                && (end == tags.length || !tags[end].startsWith("I-"));
    }

    /** The words are all outside names, or are exactly one chunk (which may have another type). */
    private static boolean freeOrOneChunk(String[] tags, int start, int end) {
        if (end < tags.length && tags[end].startsWith("I-") || tags[start].startsWith("I-")) {
            return false;
        }
        boolean free = true;
        for (int k = start; k < end; k++) {
            free &= tags[k].equals("O");
        }
        return free || tags[start].startsWith("B-") && NameWords.chunkEnd(tags, start, tags[start].substring(2)) == end;
    }

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> names = new HashMap<>();
        for (String name : Lexicon.words("organisation-names")) {
            String[] words = name.split(" ");
            names.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        names.values().forEach(list -> list.sort(Comparator.comparingInt((String[] n) -> -n.length)));
        return Map.copyOf(names);
    }
}
