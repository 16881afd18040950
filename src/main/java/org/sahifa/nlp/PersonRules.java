package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

/**
 * Rules that find, extend or drop person names in the model's BIO tags: a title before a name-list word, name
 * particles, listed name words around a found name, Latin-script names, and words that are names only in name
 * context («أمل», «جمال»).
 */
final class PersonRules {
    private final Gazetteer gazetteer;

    PersonRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A person after a title: the name-list word after it («المحامية وفاء»), the well-attested name words that follow,
     * and, after a first name that is also an everyday word, a family name with the article («وفاء القاسم», «عقل
     * العويط»), without which the first name alone would be dropped or cut off.
     */
    void titledPersons(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            if (isLoneTitledPerson(s, tags, i) && isFamilyNameWithArticle(s, i + 1)) {
                tags[i + 1] = "I-PERS"; // the model's one-word name after a title: «المهندس رامي» + «الجمال»
                continue;
            }
            if (!tags[i].equals("O")
                    || !(isPersonNameWord(s, i) || isGivenNameAlsoPlace(s, i))
                    || s.stem[i].startsWith("ال")
                    || !followsTitle(s, i)
                    || adjectiveAfterIndefiniteTitle(s, i)) {
                continue;
            }
            tags[i] = "B-PERS";
            int j = i + 1;
            while (j < s.length()
                    && tags[j].equals("O")
                    && isPersonNameWord(s, j)
                    && isWellAttestedName(s, j)
                    && !s.stem[j].startsWith("ال")
                    && j - i < MAX_NAME_WORDS) {
                tags[j++] = "I-PERS";
            }
            if (j < s.length() && tags[j].equals("I-PERS")) {
                continue; // the model's own name continues here
            }
            // A lone first name after a title takes a family name with the article: «المحامية وفاء القاسم» (the family
            // name keeps the everyday word «وفاء» a name), «المهندس رامي الجمال».
            if (j == i + 1 && j < s.length() && tags[j].equals("O") && isFamilyNameWithArticle(s, j)) {
                tags[j++] = "I-PERS";
            }
            i = j - 1;
        }
    }

    /**
     * A listed Arabic given name that is also the name of a place («نادية», a town too): after a title it is the name
     * («الخبيرة الاقتصادية نادية الكرمي»).
     */
    private static boolean isGivenNameAlsoPlace(SentenceWords s, int i) {
        return s.name[i].equals(Gazetteer.Kind.GIVEN.name())
                && s.place[i].equals(SentenceWords.PLACE)
                && s.clitic[i].isEmpty()
                && !isTitle(s, i)
                && !NEVER_NAMES.contains(s.stem[i]);
    }

    /** True if a one-word person chunk opens at {@code i}, right after a title, with an untagged word after it. */
    private static boolean isLoneTitledPerson(SentenceWords s, String[] tags, int i) {
        return tags[i].equals("B-PERS") && i + 1 < s.length() && tags[i + 1].equals("O") && followsTitle(s, i);
    }

    /**
     * «أول رئيس مدني», «مسؤول أمريكي»: right after a title without the article comes an adjective or a complement, not
     * the name, unless the word is a listed given name or in Latin letters. «د.» (an abbreviation) is not concerned.
     */
    private static boolean adjectiveAfterIndefiniteTitle(SentenceWords s, int i) {
        int t = i - 1;
        return t >= 0
                && s.shape[t].equals("ar")
                && s.norm[t].length() > 1
                && !s.stem[t].startsWith("ال")
                && isTitle(s, t)
                && !s.name[i].equals(Gazetteer.Kind.GIVEN.name())
                && s.shape[i].equals("ar");
    }

    /**
     * A word with the article after a first name that reads as a family name: no clitic, not an everyday, function or
     * title word (an everyday word that is a name without its article counts, and so does a one-word place: «القاسم»), and not a nationality adjective unless a name
     * list has it («الشامي» is; «المصرية» is not).
     */
    private boolean isFamilyNameWithArticle(SentenceWords s, int j) {
        String stem = s.stem[j];
        if (!s.shape[j].equals("ar")
                || !s.clitic[j].isEmpty()
                || !stem.startsWith("ال")
                || stem.length() < 5
                || gazetteer.isCommon(stem) && !isListedBare(s, j)
                || NEVER_NAMES.contains(stem)
                || isTitle(s, j)
                || TITLE_LINKS.contains(stem)
                || ROLE_COMPLEMENTS.contains(s.bare[j])
                || s.place[j].equals(SentenceWords.PLACE_BEGIN)
                || s.place[j].equals(SentenceWords.PLACE_INSIDE)) {
            return false;
        }
        return !isNisba(s, j) || s.isListedName(j) || isListedBare(s, j);
    }

    /** True if the word without its article is on a person-name list: «القاسم» is «قاسم». */
    private boolean isListedBare(SentenceWords s, int j) {
        return gazetteer.nameKind(s.bare[j]) != null;
    }

    /**
     * An organisation chunk that runs on past a nationality adjective into listed person-name words («الاتحاد
     * الأفريقي» + «باتريس موتسيبي», the body and its president) is cut there: the words after the adjective, none
     * with the article, are a person. The adjective («الأفريقي», «الدولي») ends the organisation's name; a title
     * («الملك») before the name word keeps the chunk whole («مستشفى الملك فهد»).
     */
    void personsAfterOrganisations(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i, "ORG");
            for (int k = i + 1; k < end; k++) {
                boolean listed = s.clitic[k].isEmpty() ? s.isListedName(k) : gazetteer.nameKind(s.norm[k]) != null;
                if (isNisba(s, k - 1)
                        && !PERSON_TITLES.contains(s.stem[k - 1])
                        && listed
                        && isPersonNameWord(s, k)
                        && !gazetteer.isCommon(s.stem[k])
                        && noArticleFrom(s, k, end)) {
                    tags[k] = "B-PERS";
                    for (int j = k + 1; j < end; j++) {
                        tags[j] = "I-PERS";
                    }
                    break;
                }
            }
            i = end - 1;
        }
    }

    void nameParticles(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            if (i > 0 && tags[i - 1].equals("O") && NAME_PARTICLES_BEFORE.contains(s.stem[i - 1])) {
                tags[i - 1] = "B-PERS";
                tags[i] = "I-PERS";
            }
            int end = i + 1;
            while (end < s.length() && tags[end].equals("I-PERS")) {
                end++;
            }
            while (end + 1 < s.length()
                    && tags[end].equals("O")
                    && NAME_PARTICLES_AFTER.contains(s.norm[end])
                    && s.shape[end + 1].equals("ar")
                    && !NEVER_NAMES.contains(s.stem[end + 1])
                    && (tags[end + 1].equals("O") || tags[end + 1].equals("B-PERS"))) {
                tags[end] = "I-PERS";
                tags[end + 1] = "I-PERS";
                end += 2;
                while (end < s.length() && tags[end].equals("I-PERS")) {
                    end++;
                }
            }
        }
    }

    /**
     * A person chunk that ends on a particle takes the next word («حجاج عبد» + «العظيم»); one that opens with a
     * particle takes a listed given name before it («حسن» + «أبو السعود»).
     */
    void particleEdges(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            if (end - i > 1
                    && end < tags.length
                    && tags[end].equals("O")
                    && NAME_PARTICLES_AFTER.contains(s.norm[end - 1])
                    && s.shape[end].equals("ar")
                    && !NEVER_NAMES.contains(s.stem[end])
                    && (!gazetteer.isCommon(s.stem[end]) || isAncestorAfterLineage(s, end))) {
                tags[end++] = "I-PERS";
            }
            if (i > 0
                    && tags[i - 1].equals("O")
                    && NAME_PARTICLES_BEFORE.contains(s.norm[i])
                    && s.name[i - 1].equals(Gazetteer.Kind.GIVEN.name())
                    && !NEVER_NAMES.contains(s.stem[i - 1])) {
                tags[i - 1] = "B-PERS";
                tags[i] = "I-PERS";
            }
            i = end - 1;
        }
    }

    /**
     * After a lineage particle inside a name («عبدالرحمن بن» + «مساعد», «سالم بن» + «صقر») the next word is the
     * father's name even when it is also an everyday word (assistant, falcon): a plain word, no clitic, no article
     * only if a name list has it bare, not a time word, not a verb by its shape (an unlisted word opening with «ي» or
     * «ت» is read as one).
     */
    private boolean isAncestorAfterLineage(SentenceWords s, int k) {
        return NameForms.LINEAGE_PARTICLES.contains(s.norm[k - 1])
                && k >= 2
                && s.shape[k - 2].equals("ar")
                && s.clitic[k].isEmpty()
                && s.norm[k].length() >= 3
                && (!s.stem[k].startsWith("ال") || gazetteer.nameKind(s.bare[k]) != null)
                && !TIME_WORDS.contains(s.norm[k])
                && !PersonEnds.isUnlistedVerb(s.norm[k], gazetteer)
                && !(isImperfectPrefix(s.norm[k].charAt(0)) && !s.isListedName(k)); // «… بن» + «يقول»
    }

    /** Letters that open an imperfect verb's third person: «يقول», «تقول». */
    private static boolean isImperfectPrefix(char c) {
        return c == 'ي' || c == 'ت';
    }

    /**
     * Two person chunks side by side («تشوي» «سون هوي») are one name: Arabic separates people with a comma or a
     * «و» on the second name («كيم إيل سونغ وكيم جونغ إيل»), which is left alone.
     */
    static void joinAdjacentPersons(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("B-PERS")
                    && (tags[i - 1].equals("B-PERS") || tags[i - 1].equals("I-PERS"))
                    && !s.clitic[i].startsWith("و")) {
                tags[i] = "I-PERS";
            }
        }
    }

    /**
     * A word on the curated Arabic name lists or seen often in Wikidata person names, and not an everyday word: rare
     * Wikidata name words include many ordinary words («برنامجا», «جماهير»).
     */
    private boolean isWellAttestedName(SentenceWords s, int i) {
        String kind = s.name[i];
        boolean attested = kind.equals(Gazetteer.Kind.GIVEN.name())
                || kind.equals(Gazetteer.Kind.FAMILY.name())
                || kind.equals(Gazetteer.Kind.NAME_FREQUENT.name());
        return attested && !gazetteer.isCommon(s.stem[i]);
    }

    /**
     * Listed name words right after a person chunk belong to it («لويس» + «ساها»), up to {@link NameWords#MAX_NAME_WORDS};
     * so does one listed given name right before it («خليل» + «داود»); one that is also an everyday word
     * ({@link NameWords#AMBIGUOUS_NAMES}: «وفاء», «نور») only before a listed family name or after a title.
     */
    void extendPersons(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int before = i - 1;
            if (before >= 0
                    && tags[before].equals("O")
                    && s.shape[before].equals("ar")
                    && isWellAttestedName(s, before)
                    && isPersonNameWord(s, before)
                    && s.clitic[before].isEmpty()
                    && !s.stem[before].startsWith("ال")
                    && (!AMBIGUOUS_NAMES.contains(ArabicWords.bare(s.stem[before]))
                            || s.name[i].equals(Gazetteer.Kind.FAMILY.name())
                            || followsTitle(s, before))) {
                tags[before] = "B-PERS";
                tags[i] = "I-PERS";
            }
            int end = chunkEnd(tags, i, "PERS");
            while (end < tags.length
                    && end - i < MAX_NAME_WORDS
                    && tags[end].equals("O")
                    && s.shape[end].equals("ar")
                    && isWellAttestedName(s, end)
                    && isPersonNameWord(s, end)
                    && s.clitic[end].isEmpty()
                    && !s.stem[end].startsWith("ال")) {
                tags[end++] = "I-PERS";
            }
            i = end - 1;
        }
    }

    /**
     * A person chunk takes the plain word before it when that word is on a person-name list, even a rare Wikidata
     * name word, and follows a description with the article: «الحارس ايكر» + «كاسياس», «الأسقف جوزيه» +
     * «بوليكاريو». Arabic puts the description (nationality, role) right before the full name. A word with a clitic
     * or the article, or on a list of everyday or function words, is left out.
     */
    void firstNamesAfterDescriptions(SentenceWords s, String[] tags) {
        for (int i = 2; i < tags.length; i++) {
            int x = i - 1;
            if (!tags[i].equals("B-PERS") || !tags[x].equals("O") || !tags[x - 1].equals("O")) {
                continue;
            }
            boolean plain = s.shape[x].equals("ar")
                    && s.clitic[x].isEmpty()
                    && !s.stem[x].startsWith("ال")
                    && s.place[x].equals(SentenceWords.NO_PLACE)
                    && !gazetteer.isCommon(s.stem[x])
                    && !NEVER_NAMES.contains(s.stem[x])
                    && !PERSON_TITLES.contains(s.stem[x])
                    && !TITLE_LINKS.contains(s.stem[x])
                    && !PLACE_CUES.contains(s.stem[x])
                    && !PLACE_NOUNS.contains(s.stem[x])
                    && !AMBIGUOUS_NAMES.contains(s.stem[x]);
            String before = s.stem[x - 1];
            boolean described =
                    s.shape[x - 1].equals("ar") && (before.startsWith("ال") || PERSON_TITLES.contains(before));
            if (plain && described && s.isListedName(x)) {
                tags[x] = "B-PERS";
                tags[i] = "I-PERS";
            }
        }
    }

    void latinNames(String[] tokens, SentenceWords s, String[] tags) {
        boolean arabicAround = false;
        for (String shape : s.shape) {
            arabicAround |= shape.equals("ar");
        }
        if (!arabicAround) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isLatinCapital(s, i)) {
                continue;
            }
            int end = i;
            boolean person = false;
            // A hyphen between Latin capitals stays inside the name: "Jean-Luc Moreau".
            while (end < s.length()
                    && (isLatinCapital(s, end)
                            || end + 1 < s.length() && tokens[end].equals("-") && isLatinCapital(s, end + 1))) {
                person |= gazetteer.isLatinName(tokens[end]);
                end++;
            }
            StringBuilder phrase = new StringBuilder();
            for (int k = i; k < end; k++) {
                phrase.append(k > i ? " " : "").append(tokens[k]);
            }
            // Gazetteer evidence decides Latin runs: the corpora hold too few Latin names for the model to know.
            boolean titled = followsTitle(s, i);
            String type =
                    gazetteer.isLatinPlace(phrase.toString()) && !titled ? "LOC" : person || titled ? "PERS" : null;
            if (type != null) {
                tags[i] = "B-" + type;
                for (int k = i + 1; k < end; k++) {
                    tags[k] = "I-" + type;
                }
            }
            i = end - 1;
        }
    }

    /**
     * A one-word person span on a word like «أمل» is kept only in name context: a title before it, and no time word
     * after it («محافظ المدينة صباح أمس» is the governor yesterday morning).
     */
    void ambiguousNames(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == s.length() || !tags[i + 1].equals("I-PERS"));
            boolean timeAfter = i + 1 < s.length() && NameWords.TIME_WORDS.contains(s.norm[i + 1]);
            if (single && AMBIGUOUS_NAMES.contains(ArabicWords.bare(s.stem[i])) && (!followsTitle(s, i) || timeAfter)) {
                tags[i] = "O";
            }
        }
    }

    /**
     * A one-word person right after an opening quotation mark is usually the quotation's first word («جئنا», which
     * normalises to the listed name «جينا»), so it is kept only when it is a common Arabic given or family name or in
     * Latin capitals. A name the article uses elsewhere comes back through {@link DocumentEntities}.
     */
    static void quotationOpenings(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 1; i < tokens.length; i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == tags.length || !tags[i + 1].equals("I-PERS"));
            boolean commonName =
                    s.name[i].equals(Gazetteer.Kind.GIVEN.name()) || s.name[i].equals(Gazetteer.Kind.FAMILY.name());
            if (single && isQuote(tokens[i - 1], OPENING_QUOTES) && !commonName && !isLatinCapital(s, i)) {
                tags[i] = "O";
            }
        }
    }

    /**
     * A nationality adjective opening a person chunk («الأرجنتيني ليونيل ميسي») is not part of the name: a word with
     * the article ending in «ي» before more name words is dropped from the chunk.
     */
    void nisbaBeforeNames(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            String stem = s.stem[i];
            if (tags[i].equals("B-PERS")
                    && tags[i + 1].equals("I-PERS")
                    && stem.startsWith("ال")
                    && stem.endsWith("ي")
                    && stem.length() > 4
                    && !isWellAttestedName(s, i)) {
                tags[i] = "O";
                tags[i + 1] = "B-PERS";
            }
        }
    }

    /**
     * A one-word person on a function word («مني», «لصالح») is dropped, and so is «باسم» after a spokesperson word
     * («المتحدث باسم الجيش», the army's spokesman).
     */
    static void functionWordsAreNotPeople(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == tags.length || !tags[i + 1].equals("I-PERS"));
            boolean onBehalf = s.norm[i].equals("باسم") && i > 0 && SPOKESPERSON_WORDS.contains(s.stem[i - 1]);
            if (single && (NEVER_NAMES.contains(s.norm[i]) || onBehalf)) {
                tags[i] = "O";
            }
        }
    }

    /** «إن», «فإن», «بأن» and their forms with a pronoun: a that-clause, never inside a name. */
    private static final java.util.Set<String> THAT_CLAUSE_WORDS =
            java.util.Set.of("ان", "فان", "وان", "بان", "انه", "فانه", "بانه", "انها", "فانها", "بانها");

    /**
     * A person chunk ends before a that-clause: «وبحسب الخطيب» + «فإن التكلفة …». («فان» before a name without the
     * article is the Dutch «van»: «لودفيغ فان بيتهوفن».)
     */
    void personsEndBeforeThatClause(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            for (int k = i + 1; k < end; k++) {
                boolean clauseAfter =
                        k + 1 == tags.length || s.stem[k + 1].startsWith("ال") || gazetteer.isCommon(s.stem[k + 1]);
                if (THAT_CLAUSE_WORDS.contains(s.norm[k]) && clauseAfter) {
                    for (int j = k; j < end; j++) {
                        tags[j] = "O";
                    }
                    break;
                }
            }
            i = end - 1;
        }
    }
}
