package org.sahifa.nlp;

import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
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

    /** Used by OpenNLP when reading a model. */
    public ArabicNameFinderFactory() {
    }

    /** A factory for training: BIO codec, no feature-generator descriptor (features are fixed in code). */
    public static ArabicNameFinderFactory forTraining() {
        return new ArabicNameFinderFactory(Map.of());
    }

    private ArabicNameFinderFactory(Map<String, Object> resources) {
        super(null, resources, new BioCodec());
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ArabicFeatureGenerator(Gazetteer.shared());
    }
}
