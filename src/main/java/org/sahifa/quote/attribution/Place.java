package org.sahifa.quote.attribution;

/**
 * Where one mention of a candidate stands from a quotation.
 *
 * @param relation S0B / S0A: in the quotation's sentence, before / after it; S1B / S1A: the sentence before / after;
 *     SNB: earlier in the same paragraph; P1B: the paragraph before
 * @param words words outside quotations between the mention and the quotation (another quotation counts as one)
 * @param block the mention's paragraph
 * @param first its first token in {@link ArticleText#tokens}
 * @param last its last token
 */
record Place(String relation, int words, int block, int first, int last) {
    boolean before() {
        return relation.endsWith("B");
    }

    boolean sameSentence() {
        return relation.startsWith("S0");
    }
}
