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
        WordEvidence.shared();
        return new EntityRecognizer(NameModel.load(), Gazetteer.shared());
    }

    /** Entities of an article: mentions grouped, canonical name the longest clitic-free form. */
    public List<Entity> recognize(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        List<Integer> blockOf = new ArrayList<>();
        List<List<TextTokens.Token>> tokenised = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        List<SentenceWords> analysed = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            texts.add(text);
            for (List<TextTokens.Token> sentence : TextTokens.sentences(text)) {
                Interruption.check();
                String[] w = sentence.stream().map(TextTokens.Token::text).toArray(String[]::new);
                blockOf.add(b);
                tokenised.add(sentence);
                words.add(w);
                analysed.add(SentenceWords.analyze(w, gazetteer));
            }
        }
        List<String[]> tags = tag(words, analysed, true);
        List<DocumentEntities.TaggedSentence> sentences = new ArrayList<>();
        for (int s = 0; s < words.size(); s++) {
            sentences.add(new DocumentEntities.TaggedSentence(
                    blockOf.get(s), tokenised.get(s), analysed.get(s), tags.get(s)));
        }
        return KingdomReferences.joinToNamedKingdom(new DocumentEntities(texts, sentences, gazetteer).entities());
    }

    /** BIO tags (types PERS, LOC, ORG, MISC) for the tokens of one sentence. */
    public List<String> tagTokens(List<String> tokens) {
        String[] words = tokens.toArray(String[]::new);
        return Arrays.asList(tag(List.<String[]>of(words), List.of(SentenceWords.analyze(words, gazetteer)), false)
                .get(0));
    }

    /**
     * BIO tags for the sentences of one document (a CoNLL file): each sentence as {@link #tagTokens} tags it, then a
     * name recognised in one sentence is tagged at its other occurrences in the document, as {@link #recognize} does.
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<String[]> words = new ArrayList<>();
        List<SentenceWords> analysed = new ArrayList<>();
        for (List<String> tokens : sentences) {
            String[] w = tokens.toArray(String[]::new);
            words.add(w);
            analysed.add(SentenceWords.analyze(w, gazetteer));
        }
        List<String[]> tags = tag(words, analysed, false);
        List<DocumentEntities.TaggedSentence> tagged = new ArrayList<>();
        for (int s = 0; s < words.size(); s++) {
            tagged.add(new DocumentEntities.TaggedSentence(0, List.of(), analysed.get(s), tags.get(s)));
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] propagated : new DocumentEntities(List.of(), tagged, gazetteer, true).propagatedTags()) {
            out.add(Arrays.asList(propagated));
        }
        return out;
    }

    /**
     * Model tags of a document's sentences (decoded together: a two-pass model reads the document), each corrected by
     * the rules ({@code wholePlaceNames}: see {@link NameRules#apply}).
     */
    private List<String[]> tag(List<String[]> words, List<SentenceWords> analysed, boolean wholePlaceNames) {
        List<Span[]> spans = model.findDocument(words, analysed);
        List<String[]> out = new ArrayList<>(words.size());
        for (int s = 0; s < words.size(); s++) {
            Interruption.check();
            String[] w = words.get(s);
            if (!hasArabic(analysed.get(s))) {
                // The model knows Arabic text only: in an English sentence its guesses are noise («English edition»).
                // Names known elsewhere in the article still reach such a sentence through DocumentEntities.
                String[] none = new String[w.length];
                Arrays.fill(none, "O");
                out.add(none);
                continue;
            }
            String[] tags = toBio(spans.get(s), w.length).toArray(String[]::new);
            rules.apply(w, analysed.get(s), tags, wholePlaceNames);
            out.add(tags);
        }
        return out;
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
