package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Quote;

/**
 * The quotations of an article and, for each, the span classifier's probability that its marked span is a quotation
 * (1.0 when no classifier runs): what the speaker model's gate reads (docs/speaker-model.md, "Round 10").
 */
public record ScoredQuotes(List<Quote> quotes, double[] spanProbabilities) {}
