package org.sahifa.nlp;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.nlp.OrganisationHeads.HeadAt;
import org.sahifa.nlp.OrganisationHeads.Kind;

/**
 * Reads an organisation's name from its head noun ({@link OrganisationHeads}) and tags it ORG over whatever the model
 * said inside it, so a person or place in the name is not listed from that mention («مستشفى الملك فهد», «جريدة
 * الرياض»):
 *
 * <ul>
 *   <li>a head without the article, then its definite genitive chain with adjectives and «و» + a definite word
 *       («وزارة الشؤون البلدية والقروية», «هيئة شؤون الأسرى»), or a name the model or the place list found («مستشفى
 *       سوركا», «جريدة الرياض»), or for a company an unlisted word («شركة توتال»);
 *   <li>a head with the article and its adjectives, when they make a name: two adjectives («الجمعية الطبية
 *       الإسرائيلية»), a state's body and its nationality («الجيش الأوكراني»), or one adjective and a «لـ» tail
 *       («الجمعية العامة للأمم المتحدة»);
 *   <li>a «لـ» tail after an adjective («الوكالة الدولية للطاقة الذرية») and a «في» + place tail after a coordinated
 *       complement («منظمة الأمن والتعاون في أوروبا»).
 * </ul>
 *
 * A name is at most {@link #MAX_WORDS} words and stops at punctuation, numbers, particles, time words and words with
 * another clitic. A head alone («الوزارة», «شركة») is no name: a chunk of only that is untagged.
 */
final class OrganisationPhrases {
    /** Longest name read, head included. */
    static final int MAX_WORDS = 8;
    /** Most words a «لـ» tail takes after its first. */
    private static final int MAX_TAIL_WORDS = 2;

    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    /** Adjectives that name a state's own body as a nationality does: national, royal («الدرك الملكي»). */
    private static final Set<String> NATIONAL = Set.of("الوطني", "الوطنيه", "الملكي", "الملكيه");

    private static final String BOARD = "مجلس";
    /** Adjectives of bodies' names that are not relation adjectives: «العامة», «العليا», «الحر», «المتحدة». */
    private static final Set<String> NAME_ADJECTIVES =
            Set.of("العامه", "العام", "العليا", "الاعلي", "الحر", "الاحمر", "المتحده", "الكبري", "المستقله");

    /**
     * Nouns of quantity shaped like relation adjectives («الغالبية», majority): the object after a name, not its
     * adjective («حصل حزب العدالة والتنمية الغالبية»).
     */
    private static final Set<String> QUANTITY_NOUNS = Set.of("الغالبيه", "الاغلبيه", "الاكثريه", "الاقليه");

    /** How name-like a word's letters must be ({@link NameLetters}) to be a company's name after its head. */
    static final double MIN_NAME_LETTERS = 0.8;

    private final Gazetteer gazetteer;
    private final NameLetters letters;

    OrganisationPhrases(Gazetteer gazetteer, NameLetters letters) {
        this.gazetteer = gazetteer;
        this.letters = letters;
    }

    void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("O") && isAcronym(s, i)) {
                tags[i] = "B-ORG"; // «دي.إيه.إن», «وإتش.إس.بي.سي»: an acronym written with dots names a body
            }
        }
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].startsWith("I-")) {
                continue; // inside a longer name the model read: «الأمانة العامة لرابطة …»
            }
            HeadAt head = OrganisationHeads.at(s, i);
            if (head == null || tags[i].equals("B-LOC") && i + 1 < tags.length && tags[i + 1].equals("I-LOC")) {
                continue; // «قناة السويس», read as one place by CompoundPlaces
            }
            if (tags[i].equals("B-ORG") && NameWords.chunkEnd(tags, i, "ORG") == i + 1) {
                tags[i] = "O"; // «الوزارة» alone
            }
            int[] span = head.definite() ? withArticle(s, tags, i, head) : withoutArticle(s, tags, i, head);
            if (span != null) {
                for (int k = i; k < span[0]; k++) {
                    tags[k] = "O"; // a team's head is not part of the club's name
                }
                if (head.head().kind() == Kind.CLUB || head.head().kind() == Kind.TEAM) {
                    span[1] = clubNameEnd(s, tags, span[0], span[1]);
                }
                int end = mark(tags, span[0], span[1]);
                i = end - 1;
            }
        }
    }

    /**
     * A club's name ends before «و»: what follows is another club or the sentence going on («مدرب فريق الهلال والعمل
     * الذي يقدمه», «نادي الاتحاد والنصر»); the words cut off are untagged.
     */
    private static int clubNameEnd(SentenceWords s, String[] tags, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (s.clitic[k].startsWith("و")) {
                for (int m = k; m < end && tags[m].startsWith("I-"); m++) {
                    tags[m] = "O";
                }
                return k;
            }
        }
        return end;
    }

    /** Tags {@code [start, end)} ORG, taking in a model chunk it cuts at its end; returns the end. */
    private static int mark(String[] tags, int start, int end) {
        if (end < tags.length && tags[end].startsWith("I-") && end - start < MAX_WORDS) {
            end = NameWords.chunkEnd(tags, end - 1, tags[end].substring(2));
        }
        for (int k = start; k < end; k++) {
            tags[k] = k == start ? "B-ORG" : "I-ORG";
        }
        return end;
    }

    /** «وزارة الصحة», «مستشفى سوركا الإسرائيلي», «شركة توتال»: {start, end} or null. */
    private int[] withoutArticle(SentenceWords s, String[] tags, int i, HeadAt head) {
        int n = tags.length;
        int j = i + 1;
        if (j >= n) {
            return null;
        }
        int limit = Math.min(n, i + MAX_WORDS);
        boolean named = false;
        Kind kind = head.head().kind();
        boolean club = kind == Kind.CLUB || kind == Kind.TEAM;
        int start = kind == Kind.TEAM ? i + 1 : i; // «فريق النصر» is the team «النصر»
        if (tags[j].startsWith("B-")
                && !tags[j].equals("B-MISC")
                && !s.clitic[j].startsWith("و") // «… بنك وإتش.إس.بي.سي»: a second name, not this head's
                && !personAfterCompany(tags, j, head)) {
            j = NameWords.chunkEnd(tags, j, tags[j].substring(2));
            if (club) {
                while (j < limit && tags[j].startsWith("B-") && !tags[j].equals("B-MISC")) {
                    j = NameWords.chunkEnd(tags, j, tags[j].substring(2)); // «نادي باريس سان جيرمان»: place + name
                }
                if (j < limit && tags[j].equals("O") && isForeignName(s, j)) {
                    j++; // «فريق طوكيو فيردي»: a place and an unlisted word
                }
            }
            named = true;
        } else if (tags[j].equals("O")
                && (s.place[j].equals(SentenceWords.PLACE) || s.place[j].equals(SentenceWords.PLACE_BEGIN))) {
            j = listedPlaceEnd(s, j);
            named = true;
        } else if (head.head().kind() == Kind.COMPANY && (tags[j].equals("O") || isAcronym(s, j))) {
            int letters = letterNamesEnd(s, j, limit);
            if (letters > j) {
                return new int[] {i, letters}; // «بنك إتش.إس.بي.سي», «شركة إتش بي»
            }
            if (tags[j].equals("O") && isForeignName(s, j)) {
                j = j + 1 < n && isForeignName(s, j + 1) ? j + 2 : j + 1;
                return new int[] {i, j};
            }
        }
        if (named) {
            while (j < limit && isDefinite(s, j) && isNameAdjective(s, j)) {
                j++; // «مستشفى سوركا الإسرائيلي», «مؤسسة سالم بن محفوظ الخيرية»
            }
            if (kind == Kind.COMPANY || club) {
                j = withoutNationality(s, i + 2, j, tags); // «مجموعة سيمنس الألمانية» is «مجموعة سيمنس»
            }
            return new int[] {start, j};
        }
        if (club && NameWords.isTitle(s, j)) {
            return null; // «فريق المدرب فلان»: the coach's team, named by its coach
        }
        if (head.head().kind() == Kind.NAMED || BOARD.equals(s.norm[i]) && s.norm[j].equals("اداره")) {
            return null; // «مجلس إدارة البنك …» is the bank's board: the bank is read from its own head
        }
        Chain chain = chain(s, tags, j, limit);
        if (chain.definite < head.head().complement() && !(chain.definite == 1 && isUncommon(s, chain.end() - 1))) {
            return null; // «شركة الطيران» is any airline; «شركة الشمسان» is one
        }
        if (NationalityAdjectives.isNationality(s.stem[chain.end() - 1])) {
            return new int[] {start, chain.end()}; // a nationality ends the name: «وزارة الثقافة الإيرانية للنشاط …»
        }
        return new int[] {start, tails(s, tags, chain, limit)};
    }

    /** True for an acronym spelled in letter names with dots, one token: «إتش.إس.بي.سي». */
    private static boolean isAcronym(SentenceWords s, int j) {
        return LetterNames.isDottedAcronym(s.norm[j]);
    }

    /**
     * The end of an acronym at {@code j}: one dotted token («إتش.إس.بي.سي») or two or more letter names apart
     * («إتش بي»); {@code j} when there is none.
     */
    private static int letterNamesEnd(SentenceWords s, int j, int limit) {
        if (s.norm[j].startsWith("و")) {
            return j; // «دويتشه بنك وإتش.إس.بي.سي»: a second company
        }
        if (isAcronym(s, j)) {
            return j + 1;
        }
        int k = j;
        while (k < limit && s.clitic[k].isEmpty() && LetterNames.isLetterName(s.norm[k])) {
            k++;
        }
        return k - j >= 2 ? k : j;
    }

    /**
     * A company's or club's name without the nationality adjectives after its own (indefinite) name, which say where
     * it is from and are not part of its name (issue 14 §1.6: «شركة رينو الفرنسية», «نادي إيهيمى الياباني»): {@code end} moved back over them, never before {@code min}; the words cut off are
     * untagged.
     */
    private static int withoutNationality(SentenceWords s, int min, int end, String[] tags) {
        int cut = end;
        while (cut > min && s.clitic[cut - 1].isEmpty() && NationalityAdjectives.isNationality(s.stem[cut - 1])) {
            cut--;
        }
        if (cut == end || s.norm[cut - 1].startsWith("ال")) {
            return end; // after a definite word it agrees with the name: «الخطوط الجوية الماليزية»
        }
        for (int k = cut; k < end; k++) {
            tags[k] = "O";
        }
        return cut;
    }

    /** «الجيش الأوكراني», «الجمعية الطبية الإسرائيلية», «الجمعية العامة للأمم المتحدة»: {start, end} or null. */
    private int[] withArticle(SentenceWords s, String[] tags, int i, HeadAt head) {
        int limit = Math.min(tags.length, i + MAX_WORDS);
        Kind kind = head.head().kind();
        boolean company = kind == Kind.COMPANY; // any description before a company's name, only a name's adjectives
        int j = i + 1;
        while (j < limit
                && isDefinite(s, j)
                && (company || isNameAdjective(s, j))
                && (!tags[j].startsWith("B-") || company && isNameAdjective(s, j))) { // «البنك الأهلي» over «الأهلي»
            j++;
        }
        int adjectives = j - i - 1;
        if (company) {
            if (adjectives >= 2 && allNameAdjectives(s, i + 1, j)) {
                return new int[] {i, j}; // «البنك الأهلي المصري», «البنك المركزي الأوروبي»
            }
            // «المجموعة النفطية الفرنسية العملاقة توتال»: the name is the word after the description
            if (adjectives > 0 && j < tags.length && isForeignName(s, j)) {
                int end = j + 1 < tags.length && isForeignName(s, j + 1) ? j + 2 : j + 1;
                return new int[] {j, end};
            }
            return null;
        }
        if (adjectives == 0) {
            return null;
        }
        Chain chain = new Chain(j, adjectives, false, adjectives >= 1);
        int end = tails(s, tags, chain, limit);
        boolean stateBody = kind == Kind.STATE
                && (NationalityAdjectives.isNationality(s.stem[i + 1]) || NATIONAL.contains(s.stem[i + 1]));
        // «المحكمة العليا», «الحرس الثوري», «المكتبة الوطنية»: one adjective names an institution
        if (stateBody || kind == Kind.INSTITUTION || adjectives >= 2 || end > j) {
            return new int[] {i, end};
        }
        return null;
    }

    private static boolean allNameAdjectives(SentenceWords s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isNameAdjective(s, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person of fewer than three words after a company's head is its officer, not its name: «شركة أبل تيم كوك».
     * «مؤسسة سالم بن محفوظ» is named after its founder.
     */
    private static boolean personAfterCompany(String[] tags, int j, HeadAt head) {
        return head.head().kind() == Kind.COMPANY
                && tags[j].equals("B-PERS")
                && NameWords.chunkEnd(tags, j, "PERS") - j < 3;
    }

    /** Where a genitive chain ends and what it held. */
    private record Chain(int end, int definite, boolean coordinated, boolean endsOnAdjective) {}

    /**
     * The definite words from {@code j} on: a noun in construct, then adjectives of a name ({@link #isNameAdjective}),
     * one «و» + a definite word that is not another body, and one indefinite noun in construct before the first definite
     * word («شؤون الأسرى», «شمال الأطلسي»); a person the model found right after a title word
     * («الأمير محمد بن عبدالعزيز») is part of the chain.
     */
    private Chain chain(SentenceWords s, String[] tags, int j, int limit) {
        int definite = 0;
        boolean coordinated = false;
        boolean adjective = false;
        boolean indefiniteUsed = false;
        while (j < limit) {
            if (tags[j].startsWith("B-") && definite > 0 && NameWords.isTitle(s, j - 1)) {
                j = NameWords.chunkEnd(tags, j, tags[j].substring(2));
                definite++;
                adjective = false;
            } else if (isDefinite(s, j) && (definite == 0 || isNameAdjective(s, j))) {
                adjective = definite > 0;
                definite++;
                j++;
            } else if (definite > 0 && isGeneralAdjective(s, j)) {
                adjective = true; // «هيئة التحقيق والادعاء العام»: «العام» is general here, not the year
                definite++;
                j++;
            } else if (definite > 0 && !coordinated && isCoordinated(s, j) && !opensAnotherBody(s, tags, j)) {
                coordinated = true;
                definite++;
                j++;
            } else if (definite == 0
                    && !indefiniteUsed
                    && j + 1 < limit
                    && isConstructNoun(s, j)
                    && isDefinite(s, j + 1)) {
                indefiniteUsed = true;
                j++;
            } else {
                break;
            }
        }
        return new Chain(j, definite, coordinated, adjective);
    }

    /** A «لـ» tail after an adjective, or «في» + a listed place after a coordinated complement. */
    private int tails(SentenceWords s, String[] tags, Chain chain, int limit) {
        int j = chain.end();
        if (j >= limit) {
            return j;
        }
        if (chain.endsOnAdjective() && s.clitic[j].equals("ل")) {
            if (tags[j].equals("B-LOC")) {
                return Math.min(limit, NameWords.chunkEnd(tags, j, "LOC")); // «لجنة إعادة التوحيد السلمي لكوريا»
            }
            int placeEnd = s.place[j].equals(SentenceWords.NO_PLACE) ? j : listedPlaceEnd(s, j);
            if (placeEnd > j && (placeEnd == s.length() || !isDefinite(s, placeEnd))) {
                return Math.min(limit, placeEnd); // not «لسلامة النقل», safety of transport, where «سلامة» is a town
            }
        }
        if (chain.endsOnAdjective() && s.clitic[j].equals("ل")) {
            int k = j + 1;
            if (!s.stem[j].startsWith("ال")) {
                if (k >= limit || !isDefinite(s, k) || s.stem[j].length() < 4) {
                    return j; // «لسلامة النقل»: ل + a noun in construct + a definite word
                }
                k++;
            }
            int tailEnd = k + MAX_TAIL_WORDS;
            while (k < limit && k < tailEnd && isDefinite(s, k) && isNameAdjective(s, k)) {
                k++;
            }
            return k;
        }
        if (chain.coordinated() && j + 1 < limit && s.norm[j].equals("في")) {
            if (tags[j + 1].equals("B-LOC")) {
                return Math.min(limit, NameWords.chunkEnd(tags, j + 1, "LOC"));
            }
            if (!s.place[j + 1].equals(SentenceWords.NO_PLACE)) {
                return Math.min(limit, listedPlaceEnd(s, j + 1));
            }
        }
        return j;
    }

    private static int listedPlaceEnd(SentenceWords s, int j) {
        int k = j + 1;
        while (k < s.length() && s.place[k].equals(SentenceWords.PLACE_INSIDE)) {
            k++;
        }
        return k;
    }

    /** A definite word on no everyday-word list: a family or brand name («الشمسان», «العثيم»), not «الطيران». */
    private boolean isUncommon(SentenceWords s, int j) {
        return isDefinite(s, j) && !gazetteer.isCommon(s.norm[j]) && !gazetteer.isCommon(s.bare[j]);
    }

    /** A word with the article and no clitic that is not a particle or a time word: «الصحة», «الأمريكية». */
    private static boolean isDefinite(SentenceWords s, int j) {
        return s.shape[j].equals("ar")
                && s.clitic[j].isEmpty()
                && s.norm[j].startsWith("ال")
                && s.norm[j].length() > 3
                && isContentWord(s, j);
    }

    /**
     * An adjective that continues a name: a relation adjective in «ي»/«ية» («الدولية», «الإسرائيلي») or one of
     * {@link #NAME_ADJECTIVES}; not a participle or a noun («المنعقدة», «العاملة», «البالغ», «التابع»).
     */
    private static boolean isNameAdjective(SentenceWords s, int j) {
        return NameWords.isNisba(s, j) && !QUANTITY_NOUNS.contains(s.norm[j]) || NAME_ADJECTIVES.contains(s.norm[j]);
    }

    /**
     * «العام»/«العامة» (general; also «the year») after a name's word, when no time word or number follows it
     * («وزارة الصحة العام الماضي» is last year).
     */
    private static boolean isGeneralAdjective(SentenceWords s, int j) {
        if (!s.clitic[j].isEmpty() || !(s.norm[j].equals("العام") || s.norm[j].equals("العامه"))) {
            return false;
        }
        int next = j + 1;
        return next == s.length() || !(NameWords.TIME_WORDS.contains(s.stem[next]) || s.shape[next].equals("d"));
    }

    /**
     * «والحكومة», «والجيش»: a second body, not part of the first one's name; so is a listed place or a name the model
     * found («مجلس التعاون والولايات المتحدة»), and a noun with a nationality after a name the model ended before «و»
     * («حزب الله والنظام السوري»).
     */
    private static boolean opensAnotherBody(SentenceWords s, String[] tags, int j) {
        String bare = ArabicWords.bare(s.stem[j]);
        return OrganisationHeads.isHead(bare)
                || NameWords.ROLE_COMPLEMENTS.contains(bare)
                || !s.place[j].equals(SentenceWords.NO_PLACE)
                || tags[j].startsWith("B-")
                || tags[j].equals("O")
                        && tags[j - 1].endsWith("-ORG")
                        && j + 1 < s.length()
                        && NationalityAdjectives.isNationality(s.stem[j + 1]);
    }

    /** «والقروية», «والتعاون»: «و» and a definite word. */
    private static boolean isCoordinated(SentenceWords s, int j) {
        return s.shape[j].equals("ar")
                && s.clitic[j].equals("و")
                && s.stem[j].startsWith("ال")
                && !s.stem[j].startsWith("المت") // «والمتضمن», a participle of the sentence, not of the name
                && s.stem[j].length() > 3
                && isContentWord(s, j);
    }

    private static boolean isContentWord(SentenceWords s, int j) {
        return !FUNCTION_WORDS.contains(s.norm[j])
                && !FUNCTION_WORDS.contains(s.stem[j])
                && !NameWords.TIME_WORDS.contains(s.stem[j])
                && !NameWords.NEVER_NAMES.contains(s.stem[j]);
    }

    /**
     * An indefinite noun that may stand in construct inside a name («شؤون», «إعادة», «شمال»): no clitic, not a
     * particle, and not shaped like a verb of the present («يعلن», «تقوم»).
     */
    private static boolean isConstructNoun(SentenceWords s, int j) {
        String w = s.norm[j];
        return s.shape[j].equals("ar")
                && s.clitic[j].isEmpty()
                && w.length() > 2
                && !w.startsWith("ال")
                && !w.startsWith("ي")
                && !(w.length() == 4 && "تنا".indexOf(w.charAt(0)) >= 0)
                && !NameWords.looksLikeVerb(w)
                && isContentWord(s, j);
    }

    /**
     * An unlisted word that can only be a name after a company's head: Latin, or Arabic without the article or «و»,
     * on no everyday-word list as written or without a preposition letter, with name-like letters (the
     * letter model of {@link ForeignNames}), not a nationality adjective («شركة سعودية») or a time word.
     */
    boolean isForeignName(SentenceWords s, int j) {
        return isForeignName(s, j, false);
    }

    /** As {@link #isForeignName(SentenceWords, int)}, the word read without «و» when {@code afterAnd}. */
    boolean isForeignName(SentenceWords s, int j, boolean afterAnd) {
        if (s.shape[j].equals("LU") || s.shape[j].equals("Lc")) {
            return true;
        }
        String w = afterAnd && s.clitic[j].equals("و") ? s.stem[j] : s.norm[j];
        return s.shape[j].equals("ar")
                && (afterAnd || !s.clitic[j].startsWith("و")) // «بتروفال» may read as ب + «تروفال»; «وأخرى»
                && w.length() >= 3
                && !w.startsWith("ال")
                && !s.stem[j].startsWith("ال")
                && !gazetteer.isCommon(w)
                && !gazetteer.isCommon(s.stem[j])
                && !NationalityAdjectives.isNationality(w)
                && !OrganisationHeads.isHead(w)
                && !NameWords.looksLikeVerb(w)
                && !w.endsWith("ات") // «كاميرات»: a plural
                && !s.name[j].equals("GIVEN") // «شركة جون سميث»: its officer
                && !s.name[j].equals("NAME_FREQUENT")
                && letters.probability(s.stem[j]) >= MIN_NAME_LETTERS
                && isContentWord(s, j);
    }
}
