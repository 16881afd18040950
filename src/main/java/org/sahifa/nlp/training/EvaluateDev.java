package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * the tagged split to (token, gold tag, predicted tag).
 */
public final class EvaluateDev {
    private static final Logger LOG = Logger.getLogger(EvaluateDev.class.getName());

    private EvaluateDev() {
    }

    /** The development sentences: the last 10% of anercorp-train. */
    public static List<Sentence> devSentences(Path sharedData) throws IOException {
        return ConllCorpus.split(ConllCorpus.read(sharedData.resolve("ner/anercorp-train.conll"))).dev();
    }

    public static Map<String, ChunkScore.Counts> score(EntityRecognizer recognizer, List<Sentence> dev) {
        return ChunkScore.score(dev, recognizer::tagTokens);
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        EntityRecognizer recognizer;
        if (args.length > 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                recognizer = EntityRecognizer.with(NameModel.read(in));
            }
        } else {
            recognizer = EntityRecognizer.load();
        }
        List<Sentence> dev = devSentences(data);
        if (args.length > 2) {
            StringBuilder sb = new StringBuilder();
            for (Sentence s : dev) {
                List<String> tags = recognizer.tagTokens(s.tokens());
                for (int i = 0; i < tags.size(); i++) {
                    sb.append(s.tokens().get(i)).append(' ').append(s.tags().get(i)).append(' ').append(tags.get(i))
                            .append('\n');
                }
                sb.append('\n');
            }
            Files.writeString(Path.of(args[2]), sb);
        }
        score(recognizer, dev).forEach((type, c) -> LOG.info(() -> "dev " + type + " " + c));
    }
}
