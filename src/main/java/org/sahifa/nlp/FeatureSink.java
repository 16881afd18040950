package org.sahifa.nlp;

import java.util.List;

/**
 * Receives the features of one word. A feature is a prefix naming it followed by its value, parts joined by commas
 * ({@code "gp,gn=PLACE,-"}). Training needs the feature strings ({@link #collecting}); decoding needs only their
 * weights, which {@link FeatureWeights} finds from a hash of the characters without building the strings.
 */
interface FeatureSink {
    /** The feature {@code prefix + value}. */
    void add(String prefix, String value);

    /** The feature {@code prefix + a + "," + b}. */
    void add(String prefix, String a, String b);

    /** The feature {@code prefix + a + "," + b + "," + c}. */
    void add(String prefix, String a, String b, String c);

    /** The feature {@code prefix + value.substring(from, to)}. */
    void addPart(String prefix, String value, int from, int to);

    /** A sink that appends each feature string to {@code features}. */
    static FeatureSink collecting(List<String> features) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                features.add(prefix + value);
            }

            @Override
            public void add(String prefix, String a, String b) {
                features.add(prefix + a + "," + b);
            }

            @Override
            public void add(String prefix, String a, String b, String c) {
                features.add(prefix + a + "," + b + "," + c);
            }

            @Override
            public void addPart(String prefix, String value, int from, int to) {
                features.add(prefix + value.substring(from, to));
            }
        };
    }
}
