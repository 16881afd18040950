package org.sahifa.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.Gazetteer;
import org.sahifa.nlp.WordClusters;
import org.sahifa.nlp.WordEvidence;

/**
 * The evidence the entity filter weighs for one listed entity (docs/entity-filter.md), as strings for OpenNLP's maximum
 * entropy trainer: its type; its length in words and letters; how often the article names it; for its first and last
 * word the name lists, the gazetteer, the word evidence sets and the word clusters; the word before and after its
 * first mention; whether a quotation names it as the speaker; Latin letters. Most facts are also given joined with the
 * type, so that one model serves the three types. Not whether it is part of another listed entity or holds one: with
 * that, the model dropped the right one of a pair («شمال سورية» holding «سورية»; docs/entity-filter.md, tried and
 * dropped). Stateless; the shared lists are read once.
 */
public final class EntityFeatures {
    private static final Set<String> TITLES = union("person-titles", "roles");
    private static final Set<String> TITLE_NOUNS = Lexicon.words("title-nouns");
    private static final Set<String> SPEECH_VERBS = Lexicon.words("speech-verbs");
    private static final Set<String> NATIONALITIES = Lexicon.words("nationality-adjectives");
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Set<String> ORGANISATION_HEADS = Lexicon.words("organisation-heads");
    private static final Set<String> PLACE_NOUNS = union("place-nouns", "place-kind-nouns");
    private static final Set<String> SET_PHRASES = Lexicon.words("set-phrases");
    /** How many of the clusters' granularities (coarsest first) become features. */
    private static final int CLUSTER_LEVELS = 2;

    private EntityFeatures() {}

    /** The features of {@code entity}, one of {@code all} (the article's list), given the article's blocks and quotations. */
    public static List<String> of(Entity entity, List<Entity> all, List<Block> blocks, List<Quote> quotes) {
        List<String> out = new ArrayList<>();
        String type = shortType(entity.type());
        String[] words = words(entity.name());
        out.add("type=" + type);
        typed(out, type, "words=" + bucket(words.length, 1, 2, 3, 4));
        typed(out, type, "mentions=" + bucket(entity.mentions().size(), 1, 2, 3, 5, 10));
        typed(out, type, "forms=" + bucket(distinctForms(entity), 1, 2, 3));
        if (words.length == 1) {
            typed(out, type, "letters=" + bucket(words[0].length(), 2, 3, 4, 5, 7));
        }
        if (words.length > 0) {
            word(out, type, "first", words[0]);
            if (words.length > 1) {
                word(out, type, "last", words[words.length - 1]);
            }
        }
        String norm = ArabicWords.normalize(entity.name());
        if (Gazetteer.shared().isPlace(norm) || Gazetteer.shared().isPlace(ArabicWords.stem(norm))) {
            typed(out, type, "name=place");
        }
        if (SET_PHRASES.contains(Lexicon.fold(entity.name()))) {
            typed(out, type, "name=setPhrase");
        }
        if (entity.name().chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            typed(out, type, "latin");
        }
        if (entity.name().chars().anyMatch(Character::isDigit)) {
            typed(out, type, "digit");
        }
        context(out, type, entity, blocks);
        for (Quote q : quotes) {
            if (q.speaker() != null && entity.type() == EntityType.PERSON) {
                if (q.speaker().equals(entity.name())) {
                    out.add("speaker=same");
                    break;
                } else if (q.speaker().contains(entity.name())) {
                    out.add("speaker=inside");
                    break;
                }
            }
        }
        return out;
    }

    /** The facts of one word of the name (first or last). */
    static void word(List<String> out, String type, String slot, String word) {
        String norm = ArabicWords.normalize(word);
        String stem = ArabicWords.stem(word);
        String bare = ArabicWords.bare(stem);
        String p = slot + ".";
        Gazetteer.Kind kind = Gazetteer.shared().nameKind(norm);
        if (kind == null) {
            kind = Gazetteer.shared().nameKind(bare);
        }
        typed(out, type, p + "kind=" + (kind == null ? "none" : kind.name()));
        WordEvidence evidence = WordEvidence.shared();
        if (evidence.isEverydayWord(norm) || evidence.isEverydayWord(stem)) {
            typed(out, type, p + "everyday");
        }
        if (evidence.isFirstName(norm) || evidence.isFirstName(stem)) {
            typed(out, type, p + "firstName");
        }
        if (evidence.isFamilyName(norm) || evidence.isFamilyName(bare)) {
            typed(out, type, p + "familyName");
        }
        if (Gazetteer.shared().isPlace(norm) || Gazetteer.shared().isPlace(stem)) {
            typed(out, type, p + "place");
        }
        if (Gazetteer.shared().isCommon(stem)) {
            typed(out, type, p + "common");
        }
        String folded = Lexicon.fold(word);
        if (TITLES.contains(folded) || TITLES.contains(Lexicon.fold(stem))) {
            typed(out, type, p + "title");
        }
        if (NATIONALITIES.contains(Lexicon.fold(bare)) || NATIONALITIES.contains(folded)) {
            typed(out, type, p + "nationality");
        }
        if (ORGANISATION_HEADS.contains(folded) || TITLE_NOUNS.contains(folded)) {
            typed(out, type, p + "orgHead");
        }
        if (PLACE_NOUNS.contains(folded)) {
            typed(out, type, p + "placeNoun");
        }
        if (stem.startsWith("ال")) {
            typed(out, type, p + "article");
        }
        String[] clusters = WordClusters.shared().of(norm, stem);
        for (int g = 0; g < Math.min(CLUSTER_LEVELS, clusters.length); g++) {
            typed(out, type, p + "c" + g + "=" + clusters[g]);
        }
    }

    /** The words around the first mention: before it (a title, a preposition, a speech verb, a clitic) and after it. */
    private static void context(List<String> out, String type, Entity entity, List<Block> blocks) {
        Mention first = entity.mentions().isEmpty() ? null : entity.mentions().get(0);
        if (first == null || first.block() >= blocks.size()) {
            return;
        }
        String text = blocks.get(first.block()).text();
        if (first.start() > 0 && Character.isLetter(text.charAt(first.start() - 1))) {
            typed(out, type, "before=clitic");
        }
        String before = lastWord(text.substring(0, Math.min(first.start(), text.length())));
        String after = firstWord(text.substring(Math.min(first.end(), text.length())));
        typed(out, type, "before=" + kindOf(before));
        typed(out, type, "after=" + kindOf(after));
        if (before != null) {
            String[] c = WordClusters.shared().of(ArabicWords.normalize(before), ArabicWords.stem(before));
            typed(out, type, "before.c0=" + c[0]);
        }
    }

    static String kindOf(String word) {
        if (word == null) {
            return "none";
        }
        String folded = Lexicon.fold(word);
        String stem = Lexicon.fold(ArabicWords.stem(word));
        if (TITLES.contains(folded) || TITLES.contains(stem)) {
            return "title";
        }
        if (SPEECH_VERBS.contains(folded) || SPEECH_VERBS.contains(stem)) {
            return "speech";
        }
        if (NATIONALITIES.contains(Lexicon.fold(ArabicWords.bare(ArabicWords.stem(word))))) {
            return "nationality";
        }
        if (ORGANISATION_HEADS.contains(folded) || TITLE_NOUNS.contains(folded)) {
            return "orgHead";
        }
        if (FUNCTION_WORDS.contains(folded)) {
            return "function";
        }
        if (word.chars().allMatch(c -> !Character.isLetter(c))) {
            return "punct";
        }
        return "word";
    }

    /** The last word of {@code text} (letters only), or the last punctuation mark, or null at the paragraph's start. */
    private static String lastWord(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return null;
        }
        int end = t.length();
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        return start == end ? t.substring(end - 1) : t.substring(start, end);
    }

    private static String firstWord(String text) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return end == 0 ? t.substring(0, 1) : t.substring(0, end);
    }

    private static int distinctForms(Entity entity) {
        return (int) entity.mentions().stream().map(Mention::text).distinct().count();
    }

    private static String[] words(String name) {
        String t = name.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** The fact alone and joined with the type. */
    static void typed(List<String> out, String type, String fact) {
        out.add(fact);
        out.add(type + ":" + fact);
    }

    public static String shortType(EntityType type) {
        return switch (type) {
            case PERSON -> "P";
            case LOCATION -> "L";
            case ORGANIZATION -> "O";
        };
    }

    /** The upper bound of the first bucket {@code n} fits in, or the last bound with a plus. */
    static String bucket(int n, int... bounds) {
        for (int b : bounds) {
            if (n <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    private static Set<String> union(String... lists) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (String l : lists) {
            all.addAll(Lexicon.words(l));
        }
        return Set.copyOf(all);
    }
}
