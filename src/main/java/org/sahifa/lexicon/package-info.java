/**
 * The vocabulary the entity rules ({@code nlp}) and the speaker finder ({@code quote}) share: titles and roles, place
 * nouns, speech verbs, function words. Each list is a TSV file under {@code resources/lexicon/} whose header comment
 * says what it is for and what its columns hold; only the patterns that combine the lists are Java.
 *
 * <p>Depends on nothing else of Sahifa's, so both {@code nlp} and {@code quote} may import it.
 */
package org.sahifa.lexicon;
