package org.sahifa.nlp;

/**
 * A person the model ended on a listed given name, with the family name left out (issue 14 §1.1-2, round 13): «ورئيس
 * البرلمان سليم» + «الجبوري», «الأردني إبراهيم» + «الزواهرة،». Many Arabic family names have the article and the
 * shape of an adjective («الجبوري», «الجميلي»), and are on no list.
 *
 * <p>The word after the given name is taken when it reads as a family name by its form and where it stands: the
 * article, no clitic, five letters or more; not an everyday, function, time, title or linking word, not a place, not a
 * nationality adjective; and the name must end right after it (the sentence's end, a mark, a preposition on a word, a
 * title in apposition), so that an adjective or a complement («سليم النية في …») is not pulled in. A family name
 * unlabelled news writes after given names ({@link WordEvidence#isFamilyName}) needs no end after it. A plain word
 * between the two is the father's name («احمد درع الجميلي»: «درع», shield), when the name ends after the family name.
 */
final class CutFamilyNames {
    /** Shortest family name with the article: «ال» and three letters. */
    private static final int MIN_LETTERS = 5;

    private final Gazetteer gazetteer;

    CutFamilyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = NameWords.chunkEnd(tags, i, "PERS");
            // the model may also have taken the father's name and stopped: «احمد درع» + «الجميلي»
            boolean givenAndFather = end - i == 2 && isGivenName(s, i) && isFathersName(s, i + 1);
            if (end < tags.length && tags[end].equals("O") && givenAndFather) {
                if (isFamilyNameByForm(s, end) && endsHere(s, end + 1)) {
                    tags[end++] = "I-PERS";
                }
            } else if (end < tags.length && tags[end].equals("O") && isGivenName(s, end - 1)) {
                boolean oneWord = end - i == 1;
                if (isFamilyNameByForm(s, end)
                        && !(oneWord && isAdjectiveWithArticle(s, end))
                        && (WordEvidence.shared().isFamilyName(s.norm[end]) || endsHere(s, end + 1))) {
                    tags[end++] = "I-PERS";
                } else if (end + 1 < tags.length
                        && tags[end + 1].equals("O")
                        && isFathersName(s, end)
                        && isFamilyNameByForm(s, end + 1)
                        && endsHere(s, end + 2)) {
                    tags[end++] = "I-PERS"; // «احمد» + «درع الجميلي»: the father's name may be an everyday word
                    tags[end++] = "I-PERS";
                }
            }
            i = end - 1;
        }
    }

    /** «أن», «إن», «بأن» and their forms with a pronoun: a that-clause follows the subject's name. */
    private static final java.util.Set<String> THAT_CLAUSE_WORDS =
            java.util.Set.of("ان", "بان", "انه", "بانه", "انها", "بانها");

    /**
     * The name may end before {@code k}: {@link TitledNameEdges#endsName}, a that-clause, or a role in apposition
     * without the article («… المرزوق رئيس مجلس الإدارة»).
     */
    private static boolean endsHere(SentenceWords s, int k) {
        return TitledNameEdges.endsName(s, k)
                || THAT_CLAUSE_WORDS.contains(s.norm[k])
                || k < s.length() && s.shape[k].equals("ar") && s.clitic[k].isEmpty() && NameWords.isTitle(s, k);
    }

    /**
     * A given name of the lists or of the news, without the article; after a title, also one that is an everyday word
     * («الباحث صباح»).
     */
    private boolean isGivenName(SentenceWords s, int k) {
        if (!s.shape[k].equals("ar") || s.stem[k].startsWith("ال")) {
            return false;
        }
        Gazetteer.Kind kind = gazetteer.nameKind(s.stem[k]);
        return kind == Gazetteer.Kind.GIVEN
                || kind == Gazetteer.Kind.NAME_FREQUENT
                || WordEvidence.shared().isFirstName(s.stem[k])
                || NameWords.AMBIGUOUS_NAMES.contains(s.bare[k]) && NameWords.followsTitle(s, k);
    }

    /**
     * A plain word between a given name and a family name: no clitic, no article, three letters or more, not a
     * title, function, time or place word, not shaped like a verb, no pronoun at its end.
     */
    private boolean isFathersName(SentenceWords s, int k) {
        String norm = s.norm[k];
        return s.shape[k].equals("ar")
                && s.clitic[k].isEmpty()
                && !norm.startsWith("ال")
                && norm.length() >= 3
                && s.place[k].equals(SentenceWords.NO_PLACE)
                && !gazetteer.isPlace(norm)
                && !WordEvidence.shared().isEverydayWord(norm)
                && !NameWords.NEVER_NAMES.contains(norm)
                && !NameWords.TIME_WORDS.contains(norm)
                && !NameWords.TITLE_LINKS.contains(norm)
                && !NameWords.PLACE_CUES.contains(norm)
                && !NameWords.isTitle(s, k)
                && !NationalityAdjectives.isNationality(norm)
                && !PersonEnds.isUnlistedVerb(norm, gazetteer)
                && !NameWords.looksLikeVerb(norm)
                && !endsInPronoun(norm);
    }

    /**
     * «الجيد» (good), «الصحيح»: the article on an everyday word no name list has bare. After a lone given name it is
     * more likely an adjective («بأداء سيرجيو الجيد», Sergio's good game) than a family name; after two name words
     * («عبدالهادي محمد الصحيح») it is the family name.
     */
    private boolean isAdjectiveWithArticle(SentenceWords s, int k) {
        String bare = s.bare[k];
        return (gazetteer.isCommon(bare) || WordEvidence.shared().isEverydayWord(bare))
                && gazetteer.nameKind(bare) == null;
    }

    /** «شعبه», «نظيرها»: a noun with a pronoun. */
    private static boolean endsInPronoun(String norm) {
        return norm.endsWith("ه") || norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما");
    }

    private boolean isFamilyNameByForm(SentenceWords s, int k) {
        String norm = s.norm[k];
        return s.shape[k].equals("ar")
                && s.clitic[k].isEmpty()
                && norm.startsWith("ال")
                && norm.length() >= MIN_LETTERS
                && !gazetteer.isCommon(norm)
                && !gazetteer.isPlace(norm)
                && s.place[k].equals(SentenceWords.NO_PLACE)
                && !WordEvidence.shared().isEverydayWord(norm)
                && !NationalityAdjectives.isNationality(norm)
                && !NameWords.NEVER_NAMES.contains(norm)
                && !NameWords.TIME_WORDS.contains(norm)
                && !NameWords.TITLE_LINKS.contains(norm)
                && !NameWords.ROLE_COMPLEMENTS.contains(s.bare[k])
                && !PeopleWords.isPeople(norm)
                && !NameWords.isTitle(s, k);
    }
}
