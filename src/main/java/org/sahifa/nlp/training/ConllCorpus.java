package org.sahifa.nlp.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.sahifa.nlp.ArabicWords;

/**
 * CoNLL corpora for training and scoring: reading ({@code token TAG ...}, blank line between sentences), the
 * development split, NewsFANE's separated proclitics, and conversion to OpenNLP samples.
 */
public final class ConllCorpus {
    /** Share of anercorp-train sentences, taken from the end, held out as the development split. */
    public static final double DEV_SHARE = 0.10;
    /** Length of the word n-grams that mark a NewsFANE sentence as overlapping the development split. */
    static final int OVERLAP_NGRAM = 8;

    private ConllCorpus() {}

    /** One sentence: tokens and their BIO tags. */
    public record Sentence(List<String> tokens, List<String> tags) {}

    /** The two parts of anercorp-train: sentences to train on and the held-out development sentences. */
    public record Split(List<Sentence> train, List<Sentence> dev) {}

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.trim().split("\\s+");
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[1] : "O");
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
        }
        return sentences;
    }

    /** The last {@link #DEV_SHARE} of the sentences is the development split. */
    public static Split split(List<Sentence> sentences) {
        int devStart = sentences.size() - (int) Math.round(sentences.size() * DEV_SHARE);
        return new Split(sentences.subList(0, devStart), sentences.subList(devStart, sentences.size()));
    }

    public static void writeConll(List<Sentence> sentences, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                sb.append(s.tokens().get(i)).append(' ').append(s.tags().get(i)).append('\n');
            }
            sb.append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /**
     * Joins a one-letter proclitic token (NewsFANE writes «و الصادرات») to the next word as ANERcorp and running
     * text do («والصادرات»); the joined word takes the next word's tag.
     */
    public static Sentence attachProclitics(Sentence s) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            String token = s.tokens().get(i);
            boolean clitic = token.length() == 1 && "وفبلك".indexOf(token.charAt(0)) >= 0;
            if (clitic
                    && i + 1 < s.tokens().size()
                    && ArabicWords.isArabic(s.tokens().get(i + 1))) {
                tokens.add(token + s.tokens().get(i + 1));
                tags.add(s.tags().get(i + 1));
                i++;
            } else {
                tokens.add(token);
                tags.add(s.tags().get(i));
            }
        }
        return new Sentence(tokens, tags);
    }

    /** Drops sentences that share a normalised word n-gram with any of {@code heldOut}. */
    public static List<Sentence> withoutOverlap(List<Sentence> sentences, List<Sentence> heldOut) {
        Set<String> grams = new HashSet<>();
        for (Sentence s : heldOut) {
            grams.addAll(ngrams(s));
        }
        List<Sentence> kept = new ArrayList<>();
        for (Sentence s : sentences) {
            if (ngrams(s).stream().noneMatch(grams::contains)) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static List<String> ngrams(Sentence s) {
        List<String> words = new ArrayList<>();
        for (String t : s.tokens()) {
            // NewsFANE separates clitics and drops hamza: compare stems so both spellings meet.
            words.add(ArabicWords.stem(t));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + OVERLAP_NGRAM <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + OVERLAP_NGRAM)));
        }
        return out;
    }

    /** Converts BIO tags to an OpenNLP sample (an I- tag without a matching opener starts a new name). */
    public static NameSample toSample(Sentence s) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        List<String> tags = s.tags();
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.length() > 2 ? tag.substring(2) : null;
            boolean continues = tag.startsWith("I-") && start >= 0 && tagType.equals(type);
            if (start >= 0 && !continues) {
                spans.add(new Span(start, i, type));
                start = -1;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tagType;
            }
        }
        return new NameSample(s.tokens().toArray(String[]::new), spans.toArray(Span[]::new), false);
    }
}
