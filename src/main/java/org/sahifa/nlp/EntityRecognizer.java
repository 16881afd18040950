package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Interruption;

/**
 * Finds the people, places and organisations an article names: a trained name finder ({@link NameModel}), rules
 * where statistics are weak ({@link NameRules}), then document-level grouping ({@link DocumentEntities}).
 *
 * <p>Load once with {@link #load()} and share: {@link #recognize} and {@link #tagTokens} are thread-safe.
 */
public final class EntityRecognizer {
    private final NameModel model;
    private final Gazetteer gazetteer;
    private final NameRules rules;

    private EntityRecognizer(NameModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.rules = new NameRules(gazetteer);
    }

    /** Reads model and gazetteer anew, sharing nothing with other instances (for load-time measurement). */
    static EntityRecognizer loadFresh() {
        return new EntityRecognizer(NameModel.load(), Gazetteer.readResource());
    }

    /** A recogniser over a model already in memory (training, experiments) and the bundled gazetteer. */
    public static EntityRecognizer with(NameModel model) {
        return new EntityRecognizer(model, Gazetteer.shared());
    }

    /** Loads the bundled model, gazetteer and word clusters from the classpath; call once and share. */
    public static EntityRecognizer load() {
        WordClusters.shared(); // read now, not at the first word tagged
        return new EntityRecognizer(NameModel.load(), Gazetteer.shared());
    }

    /** Entities of an article: mentions grouped, canonical name the longest clitic-free form. */
    public List<Entity> recognize(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        List<DocumentEntities.TaggedSentence> sentences = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            texts.add(text);
            for (List<TextTokens.Token> sentence : TextTokens.sentences(text)) {
                Interruption.check();
                String[] words = sentence.stream().map(TextTokens.Token::text).toArray(String[]::new);
                SentenceWords analysed = SentenceWords.analyze(words, gazetteer);
                sentences.add(new DocumentEntities.TaggedSentence(b, sentence, analysed, tag(words, analysed, true)));
            }
        }
        return KingdomReferences.joinToNamedKingdom(new DocumentEntities(texts, sentences, gazetteer).entities());
    }

    /** BIO tags (types PERS, LOC, ORG, MISC) for the tokens of one sentence. */
    public List<String> tagTokens(List<String> tokens) {
        String[] words = tokens.toArray(String[]::new);
        return Arrays.asList(tag(words, SentenceWords.analyze(words, gazetteer), false));
    }

    /**
     * BIO tags for the sentences of one document (a CoNLL file): each sentence as {@link #tagTokens} tags it, then a
     * name recognised in one sentence is tagged at its other occurrences in the document, as {@link #recognize} does.
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<DocumentEntities.TaggedSentence> tagged = new ArrayList<>();
        for (List<String> tokens : sentences) {
            String[] words = tokens.toArray(String[]::new);
            SentenceWords analysed = SentenceWords.analyze(words, gazetteer);
            tagged.add(new DocumentEntities.TaggedSentence(0, List.of(), analysed, tag(words, analysed, false)));
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] tags : new DocumentEntities(List.of(), tagged, gazetteer, true).propagatedTags()) {
            out.add(Arrays.asList(tags));
        }
        return out;
    }

    /** Model tags corrected by the rules ({@code wholePlaceNames}: see {@link NameRules#apply}). */
    private String[] tag(String[] words, SentenceWords analysed, boolean wholePlaceNames) {
        if (!hasArabic(analysed)) {
            // The model knows Arabic text only: in an English sentence its guesses are noise («English edition»).
            // Names known elsewhere in the article still reach such a sentence through DocumentEntities.
            String[] none = new String[words.length];
            Arrays.fill(none, "O");
            return none;
        }
        String[] tags = toBio(model.find(words, analysed), words.length).toArray(String[]::new);
        rules.apply(words, analysed, tags, wholePlaceNames);
        return tags;
    }

    private static boolean hasArabic(SentenceWords analysed) {
        for (String shape : analysed.shape) {
            if (shape.equals("ar")) {
                return true;
            }
        }
        return false;
    }

    /** BIO tags from name spans over a sentence of {@code length} tokens. */
    public static List<String> toBio(Span[] spans, int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        for (Span span : spans) {
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                tags[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
            }
        }
        return new ArrayList<>(Arrays.asList(tags));
    }
}
