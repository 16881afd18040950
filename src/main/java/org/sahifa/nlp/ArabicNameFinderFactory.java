package org.sahifa.nlp;

import java.util.Map;
import java.util.function.Function;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP name-finder factory that plugs in {@link ArabicFeatureGenerator}. The trained model records this class
 * name and OpenNLP instantiates it (public no-argument constructor) when the model is read back.
 */
public class ArabicNameFinderFactory extends TokenNameFinderFactory {
    static {
        allowInstantiation();
    }

    /** OpenNLP only instantiates factory classes from packages registered beforehand. */
    static void allowInstantiation() {
        ExtensionLoader.registerAllowedPackage(ArabicNameFinderFactory.class.getPackageName());
    }

    /** A second-pass model's training evidence per sentence ({@link DocumentEvidence}), or null. */
    private Function<String[], String[][]> evidence;

    /** Used by OpenNLP when reading a model. */
    public ArabicNameFinderFactory() {}

    /** A factory for training: BIO codec, no feature-generator descriptor (features are fixed in code). */
    public static ArabicNameFinderFactory forTraining() {
        return forTraining(new BioCodec());
    }

    /**
     * A factory for training with the given outcome encoding: {@link BioCodec} (start, continue, other) or
     * {@code BilouCodec} (also last and unit-length names). The model records it and decoding follows it.
     */
    public static ArabicNameFinderFactory forTraining(SequenceCodec<String> codec) {
        return new ArabicNameFinderFactory(Map.of(), codec);
    }

    /**
     * A factory for training a second-pass model: each training sentence's {@link DocumentEvidence} values (from a
     * first pass that never saw the sentence) looked up by its tokens.
     */
    public static ArabicNameFinderFactory forTraining(
            SequenceCodec<String> codec, Function<String[], String[][]> evidence) {
        ArabicNameFinderFactory f = new ArabicNameFinderFactory(Map.of(), codec);
        f.evidence = evidence;
        return f;
    }

    private ArabicNameFinderFactory(Map<String, Object> resources, SequenceCodec<String> codec) {
        super(null, resources, codec);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ArabicFeatureGenerator(Gazetteer.shared(), evidence);
    }
}
