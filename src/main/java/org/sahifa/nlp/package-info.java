/**
 * Named entities (people, places, organisations) in Arabic text.
 *
 * <p>{@link org.sahifa.nlp.EntityRecognizer} is the entry point. Inside: {@link org.sahifa.nlp.NameModel} (a trained
 * OpenNLP averaged perceptron whose features come from {@link org.sahifa.nlp.ArabicFeatureGenerator}, decoded by
 * {@link org.sahifa.nlp.BeamDecoder} through the hashed weight table {@link org.sahifa.nlp.FeatureWeights}, the
 * scores of each token's own features remembered in {@link org.sahifa.nlp.TokenScoreCache}),
 * {@link org.sahifa.nlp.Gazetteer} (compact name lists), {@link org.sahifa.nlp.NameRules} (titles, place cues,
 * particles, Latin names, ambiguous given names) and {@code DocumentEntities} (document-level consistency and
 * grouping; short forms, also across scripts through {@link org.sahifa.nlp.NameSkeleton}). The commands that build the gazetteer and train the model live in {@code org.sahifa.nlp.training}.
 */
package org.sahifa.nlp;
