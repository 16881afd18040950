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

    /**
     * A first stage's BIO tags of each sentence, features of the model ({@code ArabicFeatureGenerator}), or null for
     * none.
     */
    private final Function<String[], String[]> firstStage;
    /**
     * True when OpenNLP made this factory to read a model: then the bundled first stage, if any, gives the tags (a
     * model that never saw those features gives them no weight).
     */
    private final boolean reading;

    /** Used by OpenNLP when reading a model. */
    public ArabicNameFinderFactory() {
        this.firstStage = null;
        this.reading = true;
    }

    /** A factory for training: BIO codec, no feature-generator descriptor (features are fixed in code). */
    public static ArabicNameFinderFactory forTraining() {
        return forTraining(new BioCodec());
    }

    /**
     * A factory for training with the given outcome encoding: {@link BioCodec} (start, continue, other) or
     * {@code BilouCodec} (also last and unit-length names). The model records it and decoding follows it.
     */
    public static ArabicNameFinderFactory forTraining(SequenceCodec<String> codec) {
        return forTraining(codec, null);
    }

    /**
     * The same, with a first stage's tags of each sentence as features (null: none). In training they are tags the
     * first stage gave without having seen the sentence (see {@code StackedTags}).
     */
    public static ArabicNameFinderFactory forTraining(
            SequenceCodec<String> codec, Function<String[], String[]> firstStage) {
        return new ArabicNameFinderFactory(Map.of(), codec, firstStage);
    }

    private ArabicNameFinderFactory(
            Map<String, Object> resources, SequenceCodec<String> codec, Function<String[], String[]> firstStage) {
        super(null, resources, codec);
        this.firstStage = firstStage;
        this.reading = false;
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        if (reading) {
            NameModel bundled = NameModel.bundledFirstStage();
            return new ArabicFeatureGenerator(Gazetteer.shared(), bundled == null ? null : bundled::tags);
        }
        return new ArabicFeatureGenerator(Gazetteer.shared(), firstStage);
    }
}
