package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

import org.sahifa.nlp.OrganisationHeads.HeadAt;
import org.sahifa.nlp.OrganisationHeads.Kind;

/**
 * A company's head and a description before its name: «شركة الاستشارات العقارية «جي إل إل»», «شركة التطوير العقاري
 * داماك». The head and the definite words after it say what the company does; the name after them (in quotation
 * marks, a chunk the model read as an organisation, or an unlisted foreign word) is the organisation, as
 * {@link OrganisationPhrases} already reads «المجموعة النفطية الفرنسية العملاقة توتال». A company's own name is not
 * followed by a second name, so the description alone («شركة التطوير العقاري») was no organisation. A person after
 * it is the company's officer and is left alone. Definite words with a nationality are the company's own name, and
 * the name after them its short name: «شركة التعدين العربية السعودية "معادن"» stays. Article mode only.
 */
final class DescribedCompanies {
    /** Most words read inside the marks. */
    private static final int MAX_QUOTED_WORDS = 6;

    private final OrganisationPhrases reader;

    DescribedCompanies(OrganisationPhrases reader) {
        this.reader = reader;
    }

    void apply(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i, "ORG");
            int[] name = end - i >= 2 && isDescription(s, i, end) ? nameAfter(tokens, s, tags, end) : null;
            if (name != null) {
                for (int k = i; k < name[0]; k++) {
                    tags[k] = "O";
                }
                for (int k = name[0]; k < name[1]; k++) {
                    tags[k] = k == name[0] ? "B-ORG" : "I-ORG";
                }
                end = name[1];
            }
            i = end - 1;
        }
    }

    /** A company's head without the article, then only definite words with no clitic. */
    private static boolean isDescription(SentenceWords s, int start, int end) {
        HeadAt head = OrganisationHeads.at(s, start);
        if (head == null || head.definite() || head.head().kind() != Kind.COMPANY) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (!s.clitic[k].isEmpty() || !s.norm[k].startsWith("ال")) {
                return false;
            }
            if (NationalityAdjectives.isNationality(s.stem[k]) || s.stem[k].equals("العربيه")) {
                return false; // «شركة التعدين العربية السعودية "معادن"»: its own name, then its short name
            }
        }
        return true;
    }

    /** The name right after the description: {start, end}, or null. */
    private int[] nameAfter(String[] tokens, SentenceWords s, String[] tags, int j) {
        if (j >= tags.length) {
            return null;
        }
        if (isQuote(tokens[j], OPENING_QUOTES)) {
            int close = j + 1;
            while (close < tokens.length && close - j <= MAX_QUOTED_WORDS && !isQuote(tokens[close], CLOSING_QUOTES)) {
                close++;
            }
            boolean closed = close < tokens.length && close > j + 1 && isQuote(tokens[close], CLOSING_QUOTES);
            return closed ? new int[] {j + 1, close} : null;
        }
        if (tags[j].equals("B-ORG")) {
            return new int[] {j, chunkEnd(tags, j, "ORG")};
        }
        boolean oneWordOrNone = tags[j].equals("O") || tags[j].equals("B-PERS") && chunkEnd(tags, j, "PERS") == j + 1;
        if (oneWordOrNone && s.clitic[j].isEmpty() && reader.isForeignName(s, j)) {
            return new int[] {j, j + 1};
        }
        return null;
    }
}
