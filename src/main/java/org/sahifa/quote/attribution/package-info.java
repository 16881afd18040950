/**
 * A trained speaker model: for each quotation, who could have said it ({@link SpeakerCandidates}), what the text
 * says about each candidate ({@link SpeakerFeatures}), and a maximum-entropy classifier (OpenNLP) whose best-scoring
 * candidate is the speaker ({@link SpeakerRanker}). Works on the analysis's model types only; see
 * docs/speaker-model.md.
 */
package org.sahifa.quote.attribution;
