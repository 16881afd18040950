package org.sahifa.nlp.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * Entity-level precision, recall and F1 per type with the conlleval rules that {@code conll-score.py} applies:
 * a chunk starts at B- or at an I- that does not continue the previous chunk's type.
 */
public final class ChunkScore {
    /** Counts for one type. */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        /** These counts and {@code other}'s together (scores pooled over folds). */
        public Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    "P=%.2f R=%.2f F1=%.2f (gold %d, predicted %d)", precision(), recall(), f1(), gold, predicted);
        }
    }

    private record Chunk(int start, int end, String type) {}

    private ChunkScore() {}

    /** Scores a sentence tagger over sentences; the map has one entry per type and "overall". */
    public static Map<String, Counts> score(List<Sentence> gold, Function<List<String>, List<String>> tagger) {
        return scoreDocument(gold, sentences -> sentences.stream().map(tagger).toList());
    }

    /** Scores a tagger that sees all the sentences at once, as one document. */
    public static Map<String, Counts> scoreDocument(
            List<Sentence> gold, Function<List<List<String>>, List<List<String>>> tagger) {
        List<String> goldTags = new ArrayList<>();
        List<String> predTags = new ArrayList<>();
        for (Sentence s : gold) {
            goldTags.addAll(s.tags());
        }
        for (List<String> tags :
                tagger.apply(gold.stream().map(Sentence::tokens).toList())) {
            predTags.addAll(tags);
            // No boundary tag between sentences: conll-score.py reads the tokens as one stream, and so do we.
        }
        Set<Chunk> g = chunks(goldTags);
        Set<Chunk> p = chunks(predTags);
        Set<String> types = new HashSet<>();
        g.forEach(c -> types.add(c.type()));
        p.forEach(c -> types.add(c.type()));
        Map<String, Counts> out = new TreeMap<>();
        for (String type : types) {
            out.put(type, count(g, p, type));
        }
        out.put("overall", count(g, p, null));
        return out;
    }

    private static Counts count(Set<Chunk> gold, Set<Chunk> pred, String type) {
        int ng = 0, np = 0, ok = 0;
        for (Chunk c : gold) {
            if (type == null || c.type().equals(type)) {
                ng++;
                if (pred.contains(c)) {
                    ok++;
                }
            }
        }
        for (Chunk c : pred) {
            if (type == null || c.type().equals(type)) {
                np++;
            }
        }
        return new Counts(ng, np, ok);
    }

    private static Set<Chunk> chunks(List<String> tags) {
        Set<Chunk> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() >= 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String tagType = prefix.equals("O") ? null : tag.substring(2);
            if (start >= 0 && (!prefix.equals("I") || !tagType.equals(type))) {
                out.add(new Chunk(start, i, type));
                start = -1;
            }
            if (prefix.equals("B") || (prefix.equals("I") && start < 0)) {
                start = i;
                type = tagType;
            }
        }
        return out;
    }
}
