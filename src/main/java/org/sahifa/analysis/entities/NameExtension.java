package org.sahifa.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.nlp.ArabicWords;
import org.sahifa.nlp.Gazetteer;
import org.sahifa.nlp.WordClusters;
import org.sahifa.nlp.WordEvidence;

/**
 * One way a listed name may have been cut short (docs/entity-filter.md, "Round 12"): the one or two words written right
 * after its mentions («هاجر» + «التاروتي»), or the one word right before them («أبو» + «مازن»), with the mentions where
 * they are written and the word that follows the extension. {@link NameMender} judges whether the name should take
 * them; {@link #features} is what it weighs.
 *
 * @param entity the listed entity
 * @param before true if the words stand before the name, false if after it
 * @param words the extension's words as written at the first mention that has them
 * @param grown the entity's mentions where the extension is written, grown to hold it
 * @param added where the extension's words are written beside those mentions
 * @param next the word (or punctuation mark) beyond the extension at the first such mention; null at the paragraph's edge
 * @param outer the word (or mark) on the name's other side at that mention; null at the paragraph's edge
 */
public record NameExtension(
        Entity entity,
        boolean before,
        List<String> words,
        List<Mention> grown,
        List<Mention> added,
        String next,
        String outer) {
    /** Most words an extension adds after a name; before a name it adds one. */
    static final int MOST_AFTER = 2;

    private static final Set<String> PARTICLES = Lexicon.words("name-links");
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Set<String> PLACE_NOUNS = Lexicon.words("place-nouns");

    public NameExtension {
        words = List.copyOf(words);
        grown = List.copyOf(grown);
        added = List.copyOf(added);
    }

    /** The completed name: the extension's words joined to the entity's name on their side. */
    public String name() {
        String ext = String.join(" ", words);
        return before ? ext + " " + entity.name() : entity.name() + " " + ext;
    }

    /** The entity named by {@link #name()}: its mentions grown where the extension is written, the others as they were. */
    public Entity applied() {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : entity.mentions()) {
            Mention g = grown.stream()
                    .filter(x -> x.block() == m.block() && x.start() <= m.start() && x.end() >= m.end())
                    .findFirst()
                    .orElse(m);
            mentions.add(g);
        }
        return new Entity(entity.type(), name(), mentions);
    }

    /**
     * Every extension of {@code entity}'s mentions in {@code blocks}: one or two words after, one word before, each
     * written with only spaces between it and the mention, each a possible name word ({@link #nameWord}). Mentions that start or end inside a word have none on that
     * side. In order: after (one word, two words), then before; by first mention.
     */
    public static List<NameExtension> of(Entity entity, List<Block> blocks) {
        Map<String, Builder> found = new LinkedHashMap<>();
        for (int n = 1; n <= MOST_AFTER; n++) {
            collect(entity, blocks, false, n, found);
        }
        collect(entity, blocks, true, 1, found);
        List<NameExtension> out = new ArrayList<>();
        for (Builder b : found.values()) {
            out.add(new NameExtension(entity, b.before, b.words, b.grown, b.added, b.next, b.outer));
        }
        return out;
    }

    private static void collect(Entity entity, List<Block> blocks, boolean before, int n, Map<String, Builder> found) {
        for (Mention m : entity.mentions()) {
            if (m.block() >= blocks.size()) {
                continue;
            }
            String text = blocks.get(m.block()).text();
            List<Token> side = before ? Token.before(text, m.start(), n + 1) : Token.after(text, m.end(), n + 1);
            if (side.size() < n || side.subList(0, n).stream().anyMatch(t -> !t.word())) {
                continue;
            }
            List<Token> ext = side.subList(0, n);
            if (!ext.stream().allMatch(t -> nameWord(t.text()))) {
                continue;
            }
            String key = (before ? "b:" : "a:")
                    + String.join(
                            " ",
                            ext.stream()
                                    .map(t -> ArabicWords.normalize(t.text()))
                                    .toList());
            Builder b = found.computeIfAbsent(key, k -> new Builder(before, ordered(ext, before)));
            if (b.grown.isEmpty()) {
                b.next = side.size() > n ? side.get(n).text() : null;
                List<Token> other = before ? Token.after(text, m.end(), 1) : Token.before(text, m.start(), 1);
                b.outer = other.isEmpty() ? null : other.get(0).text();
            }
            int start = before ? ext.get(n - 1).start() : m.start();
            int end = before ? m.end() : ext.get(n - 1).end();
            b.grown.add(new Mention(m.block(), start, end, text.substring(start, end)));
            int from = before ? start : ext.get(0).start();
            int to = before ? ext.get(0).end() : end;
            b.added.add(new Mention(m.block(), from, to, text.substring(from, to)));
        }
    }

    /**
     * True for a word that may be part of a person's name: a name particle («بن», «أبو»), or a word that is not a title
     * or role («الشيخ»), a speech verb, a nationality («الغاني»), an organisation's head, a function word («في»), a
     * place noun («مدينة»), an everyday word or stem, nor written with a clitic joined («وعبيد», «بالحرس»).
     */
    static boolean nameWord(String word) {
        String kind = EntityFeatures.kindOf(word);
        if (!kind.equals("word")) {
            return false; // a title or role, a speech verb, a nationality, an organisation's head, a function word
        }
        String norm = ArabicWords.normalize(word);
        if (PARTICLES.contains(Lexicon.fold(word))) {
            return true;
        }
        String stem = ArabicWords.stem(word);
        boolean joined = ArabicWords.evidentCliticLength(word) > 0
                || (norm.startsWith("و") && !WordEvidence.shared().keepsFirstLetter(norm));
        return !joined
                && !WordEvidence.shared().isEverydayWord(norm)
                && !Gazetteer.shared().isCommon(stem)
                && !PLACE_NOUNS.contains(Lexicon.fold(word));
    }

    /** The extension's words in reading order (those before a name were read from the name outwards). */
    private static List<String> ordered(List<Token> ext, boolean before) {
        List<String> w = new ArrayList<>(ext.stream().map(Token::text).toList());
        if (before) {
            java.util.Collections.reverse(w);
        }
        return w;
    }

    private static final class Builder {
        final boolean before;
        final List<String> words;
        final List<Mention> grown = new ArrayList<>();
        final List<Mention> added = new ArrayList<>();
        String next;
        String outer;

        Builder(boolean before, List<String> words) {
            this.before = before;
            this.words = words;
        }
    }

    /**
     * The evidence for taking the extension: the entity's type and size, the side and length of the extension, the name
     * lists, word evidence and clusters of the name's edge word and of each added word, what follows the extension (a
     * verb, a preposition, punctuation), what stands on the name's other side (a title), how many of the mentions carry
     * it, and whether the added words are another listed entity's or the completed name is listed already.
     */
    public List<String> features(List<Entity> all) {
        List<String> out = new ArrayList<>();
        String type = EntityFeatures.shortType(entity.type());
        String side = type + (before ? "b" : "a") + words.size();
        out.add("side=" + side);
        String[] nameWords = entity.name().strip().split("\\s+");
        EntityFeatures.typed(out, side, "nameWords=" + EntityFeatures.bucket(nameWords.length, 1, 2, 3));
        int mentions = entity.mentions().size();
        EntityFeatures.typed(
                out, side, "share=" + (grown.size() >= mentions ? "all" : grown.size() == 1 ? "one" : "some"));
        EntityFeatures.typed(out, side, "written=" + EntityFeatures.bucket(grown.size(), 1, 2, 3));
        EntityFeatures.word(out, side, "edge", before ? nameWords[0] : nameWords[nameWords.length - 1]);
        for (int i = 0; i < words.size(); i++) {
            // the added word nearest the name is x0
            String w = words.get(before ? words.size() - 1 - i : i);
            String slot = "x" + i;
            EntityFeatures.word(out, side, slot, w);
            String folded = Lexicon.fold(w);
            if (PARTICLES.contains(folded)) {
                EntityFeatures.typed(out, side, slot + ".particle");
            }
            if (FUNCTION_WORDS.contains(folded)) {
                EntityFeatures.typed(out, side, slot + ".function");
            }
            EntityFeatures.typed(out, side, slot + ".kind=" + EntityFeatures.kindOf(w));
            if (w.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                EntityFeatures.typed(out, side, slot + ".latin");
            }
        }
        EntityFeatures.typed(out, side, "next=" + EntityFeatures.kindOf(next));
        if (next != null && Character.isLetter(next.charAt(0))) {
            String[] c = WordClusters.shared().of(ArabicWords.normalize(next), ArabicWords.stem(next));
            EntityFeatures.typed(out, side, "next.c0=" + c[0]);
        }
        EntityFeatures.typed(out, side, "outer=" + EntityFeatures.kindOf(outer));
        relations(out, side, all);
        return out;
    }

    /** Whether another listed entity is named where the words are added, and whether the completed name is listed. */
    private void relations(List<String> out, String side, List<Entity> all) {
        String completed = ArabicWords.normalize(name());
        for (Entity other : all) {
            if (other == entity) {
                continue;
            }
            String t = EntityFeatures.shortType(other.type());
            if (ArabicWords.normalize(other.name()).equals(completed)) {
                EntityFeatures.typed(out, side, "listed=" + t);
            }
            for (Mention o : other.mentions()) {
                if (added.stream()
                        .anyMatch(a -> a.block() == o.block() && o.start() < a.end() && a.start() < o.end())) {
                    EntityFeatures.typed(out, side, "overlaps=" + t);
                    break;
                }
            }
        }
    }
}
