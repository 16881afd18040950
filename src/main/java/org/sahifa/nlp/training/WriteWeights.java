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

    private WriteWeights() {
    }

    /** Where the compact weights of the model file {@code model} go: «ner-ar.bin» -> «ner-ar.weights.gz». */
    static Path weightsPathFor(Path model) {
        String name = model.getFileName().toString();
        String base = name.endsWith(MODEL_SUFFIX) ? name.substring(0, name.length() - MODEL_SUFFIX.length()) : name;
        return model.resolveSibling(base + ".weights.gz");
    }

    public static void main(String[] args) throws IOException {
        Path model = Path.of(args.length > 0 ? args[0] : "resources" + NameModel.RESOURCE);
        Path weights = weightsPathFor(model);
        NameModel read;
        try (InputStream in = Files.newInputStream(model)) {
            read = NameModel.read(in);
        }
        try (OutputStream out = Files.newOutputStream(weights)) {
            read.writeWeights(out);
        }
        LOG.info(() -> "compact weights written to " + weights);
    }
}
