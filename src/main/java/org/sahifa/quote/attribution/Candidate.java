package org.sahifa.quote.attribution;

import java.util.List;

/**
 * One entity or phrase that could have said a quotation.
 *
 * @param name what the quotation gets as its speaker if this candidate wins: the rules' own words when the rules chose
 *     it, otherwise the entity's name
 * @param kind PERSON, ORGANIZATION or LOCATION for an entity of the article; PHRASE for a speaker only the rules read
 * @param fromRules true when the rules gave this candidate as the speaker
 * @param features what the text says about it ({@link SpeakerFeatures})
 */
public record Candidate(String name, String kind, boolean fromRules, List<String> features) {
    public Candidate {
        features = List.copyOf(features);
    }
}
