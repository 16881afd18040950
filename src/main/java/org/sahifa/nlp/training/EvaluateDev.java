package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * Scores the recogniser ({@link EntityRecognizer#tagTokens}, model and rules) on the development split of
 * anercorp-train. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.EvaluateDev}</pre>
 *
 * Optional arguments: the shared data folder, a model file to use instead of the bundled one, and a file to write
 * the tagged split to (token, gold tag, predicted tag). Logs the model alone (no rules, no document step) first, then
 * the recogniser.
 */
public final class EvaluateDev {
    private static final Logger LOG = Logger.getLogger(EvaluateDev.class.getName());

    private EvaluateDev() {}

    /** The development sentences: the last 10% of anercorp-train. */
    public static List<Sentence> devSentences(Path sharedData) throws IOException {
        return ConllCorpus.split(ConllCorpus.read(sharedData.resolve("ner/anercorp-train.conll")))
                .dev();
    }

    /**
     * Set to true to score each sentence on its own ({@link EntityRecognizer#tagTokens}), without the document-level
     * step that {@code tag-conll} applies.
     */
    static final String SENTENCES_PROPERTY = "sahifa.eval.sentences";

    /**
     * Comma-separated news splits to score instead of the development split: their gold projected onto tokens by
     * {@link NewsGoldTokens} (optional names left O; the news gold has no MISC, so only PERS, LOC and ORG mean
     * anything).
     */
    static final String NEWS_PROPERTY = "sahifa.eval.news";

    /** Scores the split as {@code tag-conll} tags a file: one document, names carried between sentences. */
    public static Map<String, ChunkScore.Counts> score(EntityRecognizer recognizer, List<Sentence> dev) {
        return ChunkScore.scoreDocument(dev, EvaluateDev.tagger(recognizer));
    }

    /**
     * Scores the sentences tagged by the model alone: no rules, no document step (a two-pass model reads them as one
     * document).
     */
    public static Map<String, ChunkScore.Counts> scoreModelAlone(NameModel model, List<Sentence> sentences) {
        return ChunkScore.scoreDocument(
                sentences,
                document ->
                        model
                                .tagDocument(document.stream()
                                        .map(tokens -> tokens.toArray(String[]::new))
                                        .toList())
                                .stream()
                                .map(java.util.Arrays::asList)
                                .toList());
    }

    private static Function<List<List<String>>, List<List<String>>> tagger(EntityRecognizer recognizer) {
        if (Boolean.getBoolean(SENTENCES_PROPERTY)) {
            return sentences -> sentences.stream().map(recognizer::tagTokens).toList();
        }
        return recognizer::tagDocument;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        EntityRecognizer recognizer;
        NameModel model;
        if (args.length > 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                model = NameModel.read(in);
            }
            recognizer = EntityRecognizer.with(model);
        } else {
            recognizer = EntityRecognizer.load();
            model = NameModel.load();
        }
        String news = System.getProperty(NEWS_PROPERTY, "");
        List<Sentence> dev = news.isBlank()
                ? devSentences(data)
                : NewsGoldTokens.read(List.of(news.split(",")), NewsGoldTokens.Optional.KEEP_AS_O);
        if (args.length > 2) {
            writeTagged(recognizer, dev, Path.of(args[2]));
        }
        scoreModelAlone(model, dev).forEach((type, c) -> LOG.info(() -> "dev (model only) " + type + " " + c));
        score(recognizer, dev).forEach((type, c) -> LOG.info(() -> "dev " + type + " " + c));
    }

    /** Writes {@code sentences} tagged as {@code tag-conll} tags them: token, gold tag, predicted tag per line. */
    static void writeTagged(EntityRecognizer recognizer, List<Sentence> sentences, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<List<String>> tagged = tagger(recognizer)
                .apply(sentences.stream().map(Sentence::tokens).toList());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<String> tags = tagged.get(si);
            for (int i = 0; i < tags.size(); i++) {
                sb.append(s.tokens().get(i))
                        .append(' ')
                        .append(s.tags().get(i))
                        .append(' ')
                        .append(tags.get(i))
                        .append('\n');
            }
            sb.append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb);
    }
}
