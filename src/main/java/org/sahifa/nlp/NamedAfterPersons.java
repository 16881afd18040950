package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

import org.sahifa.nlp.OrganisationHeads.HeadAt;

/**
 * A body named after a titled person keeps the «لـ» tail that says what it does: «جامعة الملك عبد الله للعلوم
 * والتقنية», «مستشفى الملك فهد للقوات المسلحة». The reader ({@link OrganisationPhrases}) ends such a name after the
 * person; here a chunk that opens with a head (without the article) and a title takes a word with «لـ» and the article
 * after it, then up to two definite words or «و» + a definite word («والتقنية», «الوطني»). Article mode only.
 */
final class NamedAfterPersons {
    /** Most words of the tail after its first. */
    private static final int MAX_TAIL_WORDS = 2;

    private NamedAfterPersons() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i + 2 < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i, "ORG");
            HeadAt head = OrganisationHeads.at(s, i);
            boolean namedAfterPerson = head != null && !head.definite() && end - i >= 3 && isTitle(s, i + 1);
            if (namedAfterPerson && end < tags.length && tags[end].equals("O") && opensTail(s, end)) {
                int tail = end + 1;
                while (tail < tags.length
                        && tail - end <= MAX_TAIL_WORDS
                        && tags[tail].equals("O")
                        && continuesTail(s, tail)) {
                    tail++;
                }
                for (int k = end; k < tail; k++) {
                    tags[k] = "I-ORG";
                }
                end = tail;
            }
            i = end - 1;
        }
    }

    /** «للعلوم»: «لـ» and the article. */
    private static boolean opensTail(SentenceWords s, int j) {
        return s.clitic[j].equals("ل") && s.stem[j].startsWith("ال") && !TIME_WORDS.contains(s.stem[j]);
    }

    /** «الوطني», «والتقنية»: a definite word, with no clitic or with «و». */
    private static boolean continuesTail(SentenceWords s, int j) {
        boolean clitic = s.clitic[j].isEmpty() || s.clitic[j].equals("و");
        return s.shape[j].equals("ar")
                && clitic
                && s.stem[j].startsWith("ال")
                && s.stem[j].length() > 3
                && !TIME_WORDS.contains(s.stem[j]);
    }
}
