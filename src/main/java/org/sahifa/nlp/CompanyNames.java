package org.sahifa.nlp;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.nlp.OrganisationHeads.HeadAt;
import org.sahifa.nlp.OrganisationHeads.Kind;

/**
 * Company and club names the head-first reader ({@link OrganisationPhrases}) does not shape: a foreign name before
 * an English-style tail word («دويتشه بنك», «سيتي جروب»: {@code company-tails.tsv}), and the model's own
 * organisation chunks that open with a company's, club's or team's head, which lose a nationality after the name
 * («نادي كاشيوا الياباني» is «نادي كاشيوا») and, after a team's head, the head («فريق النصر» is «النصر»); a
 * plural head before names opens a list, not a name («بنوك سيتي جروب»). Article
 * mode only, like the reader.
 */
final class CompanyNames {
    private static final Set<String> TAILS = Lexicon.words("company-tails");

    /** Plurals of heads, which open a list of names rather than one: «بنوك», «شركات», «أندية». */
    private static final Set<String> PLURAL_HEADS = Set.of("بنوك", "شركات", "مصارف", "انديه", "مجموعات", "فرق");

    private final OrganisationPhrases reader;

    CompanyNames(OrganisationPhrases reader) {
        this.reader = reader;
    }

    void apply(SentenceWords s, String[] tags) {
        namesBeforeTails(s, tags);
        modelChunksAtHeads(s, tags);
    }

    /** One or two unlisted foreign words and a tail word after them: «سيتي جروب», «دويتشه بنك». */
    private void namesBeforeTails(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            boolean tailFree = tags[i].equals("O") || tags[i].equals("B-ORG");
            if (!TAILS.contains(s.norm[i]) || !tailFree || !isFreeForeignWord(s, tags, i - 1)) {
                continue;
            }
            int start = i - 1;
            if (start > 0 && s.clitic[start].isEmpty() && isFreeForeignWord(s, tags, start - 1)) {
                start--;
            }
            for (int k = start; k <= i; k++) {
                tags[k] = k == start ? "B-ORG" : "I-ORG";
            }
            if (i + 1 < tags.length && tags[i + 1].equals("I-ORG") && s.clitic[i + 1].startsWith("و")) {
                tags[i + 1] = "B-ORG"; // «دويتشه بنك وإتش.إس.بي.سي»: the model ran two companies together
            }
        }
    }

    private boolean isFreeForeignWord(SentenceWords s, String[] tags, int j) {
        boolean free = tags[j].equals("O")
                || tags[j].startsWith("B-") && (j + 1 == tags.length || !tags[j + 1].startsWith("I-"));
        return free && !tags[j].equals("B-PERS") && reader.isForeignName(s, j, true);
    }

    /** The model's organisation at a company's, club's or team's head, without what is not its name. */
    private static void modelChunksAtHeads(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = NameWords.chunkEnd(tags, i, "ORG");
            if (end - i >= 2 && (PLURAL_HEADS.contains(s.norm[i]) || PLURAL_HEADS.contains(s.stem[i]))) {
                tags[i] = "O"; // «بنوك سيتي جروب»: banks, then the bank's name
                tags[i + 1] = "B-ORG";
                continue;
            }
            HeadAt head = OrganisationHeads.at(s, i);
            Kind kind = head == null || head.definite() ? null : head.head().kind();
            if (kind != Kind.COMPANY && kind != Kind.CLUB && kind != Kind.TEAM || end - i < 3) {
                i = end - 1;
                continue;
            }
            int cut = end;
            while (cut > i + 2 && s.clitic[cut - 1].isEmpty() && NationalityAdjectives.isNationality(s.stem[cut - 1])) {
                cut--;
            }
            if (cut < end && !s.norm[cut - 1].startsWith("ال")) {
                for (int k = cut; k < end; k++) {
                    tags[k] = "O"; // «نادي كاشيوا الياباني»: the nationality after an indefinite name
                }
            }
            if (kind == Kind.TEAM) {
                tags[i] = "O";
                tags[i + 1] = "B-ORG";
            }
            i = end - 1;
        }
    }
}
