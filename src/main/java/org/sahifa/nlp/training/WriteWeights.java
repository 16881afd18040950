package org.sahifa.nlp.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.sahifa.nlp.NameModel;

/**
 * Writes the compact weights file the app loads ({@link NameModel#WEIGHTS_RESOURCE}) from a trained OpenNLP model;
 * {@link TrainModel} does this itself after training. Run from the project folder:
 *
 * <pre>{@code mvn -q -B compile exec:java -Dexec.mainClass=org.sahifa.nlp.training.WriteWeights}</pre>
 *
 * Optional argument: the model file (default the bundled one); the weights go beside it.
 */
public final class WriteWeights {
    private static final Logger LOG = Logger.getLogger(WriteWeights.class.getName());
    private static final String MODEL_SUFFIX = ".bin";

    private WriteWeights() {}

    /** Where the compact weights of the model file {@code model} go: «ner-ar.bin» -> «ner-ar.weights.gz». */
    static Path weightsPathFor(Path model) {
        String name = model.getFileName().toString();
        String base = name.endsWith(MODEL_SUFFIX) ? name.substring(0, name.length() - MODEL_SUFFIX.length()) : name;
        return model.resolveSibling(base + ".weights.gz");
    }

    /** Writes the compact weights of {@code model}, read from or written to {@code modelFile}, beside that file. */
    static void writeBeside(NameModel model, Path modelFile) throws IOException {
        Path weights = weightsPathFor(modelFile);
        try (OutputStream out = Files.newOutputStream(weights)) {
            model.writeWeights(out);
        }
        LOG.info(() -> "compact weights written to " + weights);
    }

    public static void main(String[] args) throws IOException {
        Path modelFile = Path.of(args.length > 0 ? args[0] : "resources" + NameModel.RESOURCE);
        try (InputStream in = Files.newInputStream(modelFile)) {
            writeBeside(NameModel.read(in), modelFile);
        }
    }
}
