package org.sahifa.nlp;

import java.util.Set;

/**
 * Rules applied to the model's BIO tags of one sentence, for patterns the statistics miss: a person's title or role
 * before a name-list word, place cues before a listed place, person-name particles, Latin-script names inside
 * Arabic text, and words that are names only in name context («أمل», «جمال»).
 *
 * <p>All word lists hold normalised forms ({@link ArabicWords#normalize}) compared with clitic-stripped stems.
 */
final class NameRules {
    /** Titles and roles that announce a person: «الرئيس», «وزير», «الشيخ», «المدرب» … */
    static final Set<String> PERSON_TITLES = Set.of(
            "الرئيس", "رئيس", "الرييس", "وزير", "وزيره", "الوزير", "الوزيره", "الزعيم", "زعيم", "الشيخ", "الشيخه",
            "الدكتور", "الدكتوره", "د", "المدرب", "مدرب", "الملك", "الملكه", "الامير", "الاميره", "السيد", "السيده",
            "الجنرال", "العقيد", "اللواء", "العميد", "الفريق", "النايب", "نايب", "المستشار", "المستشاره", "المتحدث",
            "المتحدثه", "الناطق", "الناطقه", "السفير", "السفيره", "المبعوث", "القاضي", "المحامي", "الكاتب",
            "الكاتبه", "الشاعر", "الفنان", "الفنانه", "اللاعب", "اللاعبه", "المخرج", "الممثل", "الممثله",
            "الاستاذ", "البروفيسور", "المهندس", "الامين", "الدبلوماسي", "قايد", "القايد", "المدير", "مدير",
            "المديره", "البابا", "الصحفي", "الصحفيه", "المراسل", "الباحث", "الخبير", "المطرب", "المطربه",
            "المغني", "المغنيه", "الكابتن", "المفوض", "الحاكم", "حاكم", "المرشح", "المرشحه", "النجم", "النجمه",
            "الامام", "الاب", "المطران", "الحاج", "الرياضي", "المهاجم", "الحارس", "المدافع", "الروايي", "نظيره",
            "نظيرته", "نظيرها", "المواطن", "المواطنه", "الراقصه", "المفكر", "الطبيب", "الطبيبه", "مدافعه",
            "مهاجمه", "لاعبه", "المذيع", "المذيعه");
    /** Words a title may be followed by before the name itself: «المتحدث باسم وزارة الخارجية …». */
    static final Set<String> TITLE_LINKS = Set.of("باسم", "وزاره", "حركه", "حزب", "مجلس", "الوزراء", "العام",
            "الاسبق", "السابق", "الحالي");
    /** Words that name a kind of organisation and are often followed by its quoted name: «وكالة “ريا نوفوستي”». */
    static final Set<String> ORGANISATION_CUES = Set.of("وكاله", "صحيفه", "جريده", "مجله", "قناه", "شبكه", "شركه",
            "اذاعه", "تلفزيون", "موقع", "منظمه", "جمعيه", "مجموعه", "حزب", "حركه");
    static final String OPENING_QUOTES = "“«\"'„‘";
    static final String CLOSING_QUOTES = "”»\"'“’";
    /** Longest quoted name the organisation rule accepts, in words. */
    static final int MAX_QUOTED_NAME = 4;
    /** Longest person name the rules build, in words. */
    static final int MAX_NAME_WORDS = 4;
    /** How many words may sit between a title and the name: «وزير الخارجية الروسي سيرغي». */
    static final int MAX_TITLE_GAP = 4;
    /** Person-name particles joined to the name around them: «بن», «أبو», «عبد». */
    static final Set<String> NAME_PARTICLES_AFTER = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ابا", "عبد", "دي",
            "فان", "فون", "ولد");
    static final Set<String> NAME_PARTICLES_BEFORE = Set.of("ابو", "ابي", "ابا", "عبد", "ام", "بن", "ابن");
    /** Words before a place name: «مدينة», «العاصمة», «في», «إلى» … */
    static final Set<String> PLACE_CUES = Set.of("مدينه", "المدينه", "العاصمه", "عاصمه", "ولايه", "محافظه", "قريه",
            "بلده", "اقليم", "جزيره", "في", "الي", "من", "نحو", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب",
            "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "سفاره", "حكومه", "عاصمتها");
    /** Given names that are also everyday words (hope, beauty, peace, just, light …): names only in name context. */
    static final Set<String> AMBIGUOUS_NAMES = Set.of("امل", "جمال", "سلام", "عادل", "نور", "هدي", "كريم", "سعيد",
            "امين", "فرح", "صباح", "رشيد", "نبيل", "منير", "وفاء", "ايمان", "رجاء", "حياه", "نجاح", "فاضل", "شريف",
            "جميل", "سالم", "حسن", "رحمه", "نعمه", "بشري", "سعاده", "عزيز", "ربيع", "هلال", "بدر", "طاهر", "صادق",
            "جاد");
    /**
     * Nouns for a kind of place: never a person's name («حي», listed as a given name, is "neighbourhood" before
     * «الشيخ جراح»), and not a place name on their own («الحي», the neighbourhood, is also a town on the place list).
     */
    static final Set<String> PLACE_NOUNS = Set.of("حي", "الحي", "شارع", "الشارع", "ميدان", "الميدان", "ساحه",
            "الساحه", "حاره", "الحاره", "المدينه", "المنطقه", "القريه", "البلده");
    /**
     * Nouns for a kind of place that the place's own name follows: «مخيم بلاطة», «حي البياع», «نهر الليطاني»,
     * «بلدتي الباذان وطلوزة» (two towns).
     */
    static final Set<String> PLACE_KIND_NOUNS = Set.of("مخيم", "مخيمي", "بلده", "بلدتي", "منطقه", "حي", "نهر",
            "منتجع", "اقليم", "قريه", "قريتي", "مدينه", "مدينتي", "محافظه", "ولايه", "ولايتي", "جزيره", "بحيره",
            "جبل", "وادي", "ضاحيه", "مطار", "ميناء");
    /**
     * Everyday words that open many place names («عين الصفا», «بئر السبع», «دير البلح», «كفر قاسم», «تل الربيع»): after
     * a place-kind noun they begin the name with the word after them («قرية عين الصفا»).
     */
    static final Set<String> PLACE_NAME_HEADS = Set.of("عين", "بئر", "تل", "دير", "كفر", "بيت", "راس", "خربه",
            "جسر", "باب", "ام", "ابو", "سيدي", "برج", "قصر", "بني", "عرب", "جبل", "وادي", "مرج", "سهل", "نبع");
    /** «العاصمة» and the like, which a nationality adjective may separate from the name: «العاصمة الإريترية أسمرا». */
    static final Set<String> CAPITAL_NOUNS = Set.of("العاصمه", "عاصمه");
    /** Compass words between a place noun and the name («إقليم شمال وزيرستان»), or before a name («شمال الضفة»). */
    static final Set<String> COMPASS_WORDS = Set.of("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
            "غربي", "وسط");
    /** Function words that never start a name, even when a name list contains them. */
    static final Set<String> NEVER_NAMES = Set.of("في", "من", "علي", "الي", "عن", "مع", "ان", "قال", "قد", "لم",
            "لن", "ما", "لا", "هو", "هي", "الذي", "التي", "كان", "بعد", "قبل", "خلال", "امس", "اليوم", "ايضا",
            "حيث", "او", "ثم", "كما", "بين", "حول", "عند", "منذ", "هذا", "هذه", "ذلك", "تلك", "كل", "غير", "بان",
            "انه", "انها", "لكن", "اذا", "وقال", "اكد", "اضاف", "اعلن", "يوم", "عام", "سنه", "الخميس", "الجمعه",
            "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "لصالح", "مني", "بيد", "ويلي");
    /** Words that open a sports club's name before its city: «دينامو كييف», «ريال مدريد», «ستيوا بوخارست». */
    static final Set<String> CLUB_PREFIXES = Set.of("دينامو", "سسكا", "ستيوا", "ريال", "اتلتيكو", "انتر", "بوروسيا",
            "سبارتاك", "لوكوموتيف", "اولمبيك", "سبورتينغ", "اياكس", "فنربخشه", "غلطه");
    /** Spokesperson words after which «باسم» means "on behalf of", not the given name Basem. */
    static final Set<String> SPOKESPERSON_WORDS = Set.of("المتحدث", "المتحدثه", "متحدث", "متحدثه", "الناطق",
            "الناطقه", "ناطق", "ناطقه", "الرسمي");

    private final Gazetteer gazetteer;

    NameRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Applies the rules to {@code tags} (BIO, modified in place).
     *
     * @param wholePlaceNames also tag listed multi-word places whole and after place cues; right for an article's
     *                        entity list («الولايات المتحدة»), but ANERcorp's convention often tags such names in
     *                        parts, so CoNLL tagging leaves them to the model (on the development split this rule
     *                        lowers LOC F1 by 2.5 points)
     */
    void apply(String[] tokens, SentenceWords s, String[] tags, boolean wholePlaceNames) {
        latinNames(tokens, s, tags);
        titledPersons(s, tags);
        personsAfterOrganisations(s, tags);
        if (wholePlaceNames) {
            placeNames(s, tags);
            corpusPlaces(s, tags);
        }
        quotedOrganisations(tokens, s, tags);
        placesAfterPlaceNouns(s, tags);
        placesJoinedByAnd(s, tags);
        everydayPlaces(s, tags);
        clubsNamedForCities(s, tags);
        nameParticles(s, tags);
        particleEdges(s, tags);
        joinAdjacentPersons(s, tags);
        extendPersons(s, tags);
        firstNamesAfterDescriptions(s, tags);
        ambiguousNames(s, tags);
        quotationOpenings(tokens, s, tags);
        nisbaBeforeNames(s, tags);
        functionWordsAreNotPeople(s, tags);
        clubsWithPrefixes(s, tags);
        placesTakenForPeople(s, tags);
        verbsAreNotPlaces(s, tags);
        quotedPlacesAreTitles(tokens, tags);
        repairBio(tags);
    }

    static boolean isPersonNameWord(SentenceWords s, int i) {
        String stem = s.stem[i];
        if (NEVER_NAMES.contains(stem) || NEVER_NAMES.contains(s.norm[i]) || PERSON_TITLES.contains(stem)
                || PLACE_NOUNS.contains(stem)
                || TITLE_LINKS.contains(stem) || PLACE_CUES.contains(stem)
                || !s.place[i].equals(SentenceWords.NO_PLACE)) {
            return false;
        }
        return s.isListedName(i) || s.shape[i].equals("Lc") || AMBIGUOUS_NAMES.contains(stem);
    }

    /** True if a person title (with at most {@link #MAX_TITLE_GAP} linking words) comes right before {@code i}. */
    static boolean followsTitle(SentenceWords s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 1 - MAX_TITLE_GAP; j--) {
            String stem = s.stem[j];
            if (anyReadingIn(PERSON_TITLES, s, j)) {
                return true;
            }
            boolean link = TITLE_LINKS.contains(stem) || (stem.startsWith("ال") && !s.isListedName(j));
            if (!link || !s.shape[j].equals("ar")) {
                return false;
            }
        }
        return false;
    }

    private void titledPersons(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            if (!tags[i].equals("O") || !isPersonNameWord(s, i) || s.stem[i].startsWith("ال")
                    || !followsTitle(s, i)) {
                continue;
            }
            tags[i] = "B-PERS";
            int j = i + 1;
            while (j < s.length() && tags[j].equals("O") && isPersonNameWord(s, j) && isWellAttestedName(s, j)
                    && !s.stem[j].startsWith("ال") && j - i < MAX_NAME_WORDS) {
                tags[j++] = "I-PERS";
            }
            if (j < s.length() && tags[j].equals("I-PERS")) {
                continue; // the model's own name continues here
            }
            i = j - 1;
        }
    }

    /** Where the chunk of {@code type} (PERS, LOC, ORG, MISC) that opens at {@code start} ends: the index after its last word. */
    static int chunkEnd(String[] tags, int start, String type) {
        String inside = "I-" + type;
        int end = start + 1;
        while (end < tags.length && tags[end].equals(inside)) {
            end++;
        }
        return end;
    }

    /**
     * An organisation chunk that runs on past a nationality adjective into listed person-name words («الاتحاد
     * الأفريقي» + «باتريس موتسيبي», the body and its president) is cut there: the words after the adjective, none
     * with the article, are a person. The adjective («الأفريقي», «الدولي») ends the organisation's name; a title
     * («الملك») before the name word keeps the chunk whole («مستشفى الملك فهد»).
     */
    private void personsAfterOrganisations(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i, "ORG");
            for (int k = i + 1; k < end; k++) {
                boolean listed = s.clitic[k].isEmpty() ? s.isListedName(k) : gazetteer.nameKind(s.norm[k]) != null;
                if (isNisba(s, k - 1) && !PERSON_TITLES.contains(s.stem[k - 1]) && listed
                        && isPersonNameWord(s, k) && !gazetteer.isCommon(s.stem[k]) && noArticleFrom(s, k, end)) {
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

    /** A nationality or relation adjective with the article: «الأفريقي», «الدولية». */
    private static boolean isNisba(SentenceWords s, int i) {
        String stem = s.stem[i];
        return stem.startsWith("ال") && (stem.endsWith("ي") || stem.endsWith("يه")) && stem.length() > 4;
    }

    /**
     * A multi-word place that the annotated training text tags as a place («الضفة الغربية», «الشرق الأوسط»,
     * {@link Gazetteer.Kind#CORPUS_PLACE}) is one place when the model left all its words out; the first word is read
     * with or without its proclitics («بالشرق الأوسط»).
     */
    private void corpusPlaces(SentenceWords s, String[] tags) {
        String[] words = s.norm.clone();
        for (int i = 0; i < s.length(); i++) {
            String original = words[i];
            int length = 0;
            for (String reading : ArabicWords.procliticSplits(original)) {
                words[i] = reading;
                length = Math.max(length, gazetteer.corpusPlaceLength(words, i));
            }
            words[i] = original;
            boolean free = length > 1;
            for (int k = i; k < i + length; k++) {
                free &= tags[k].equals("O");
            }
            if (free) {
                tags[i] = "B-LOC";
                for (int k = i + 1; k < i + length; k++) {
                    tags[k] = "I-LOC";
                }
                i += length - 1;
            }
        }
    }

    /**
     * True if the Arabic words from {@code from} to {@code end} carry neither the article nor the conjunction «و»
     * (a one-letter preposition reading is often part of a foreign name: «باتريس»).
     */
    private static boolean noArticleFrom(SentenceWords s, int from, int end) {
        for (int j = from; j < end; j++) {
            if (!s.shape[j].equals("ar") || s.stem[j].startsWith("ال") || s.clitic[j].startsWith("و")) {
                return false;
            }
        }
        return true;
    }

    private void placeNames(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            if (s.place[i].equals(SentenceWords.NO_PLACE) || s.place[i].equals(SentenceWords.PLACE_INSIDE)) {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && s.place[end].equals(SentenceWords.PLACE_INSIDE)) {
                end++;
            }
            boolean allOutside = true;
            boolean startsLoc = tags[i].equals("B-LOC");
            for (int k = i; k < end; k++) {
                allOutside &= tags[k].equals("O");
            }
            boolean cued = i > 0 && anyReadingIn(PLACE_CUES, s, i - 1) && !PLACE_NOUNS.contains(s.stem[i]);
            boolean multiWord = end - i > 1;
            if ((allOutside && (cued || multiWord)) || (startsLoc && multiWord)) {
                boolean free = true;
                for (int k = i + 1; k < end; k++) {
                    free &= tags[k].equals("O") || tags[k].equals("I-LOC");
                }
                if (free) {
                    tags[i] = "B-LOC";
                    for (int k = i + 1; k < end; k++) {
                        tags[k] = "I-LOC";
                    }
                }
            }
            i = end - 1;
        }
    }

    private void nameParticles(SentenceWords s, String[] tags) {
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
            while (end + 1 < s.length() && tags[end].equals("O") && NAME_PARTICLES_AFTER.contains(s.norm[end])
                    && s.shape[end + 1].equals("ar") && !NEVER_NAMES.contains(s.stem[end + 1])
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
    private void particleEdges(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            if (end - i > 1 && end < tags.length && tags[end].equals("O")
                    && NAME_PARTICLES_AFTER.contains(s.norm[end - 1]) && s.shape[end].equals("ar")
                    && !NEVER_NAMES.contains(s.stem[end]) && !gazetteer.isCommon(s.stem[end])) {
                tags[end++] = "I-PERS";
            }
            if (i > 0 && tags[i - 1].equals("O") && NAME_PARTICLES_BEFORE.contains(s.norm[i])
                    && s.name[i - 1].equals(Gazetteer.Kind.GIVEN.name()) && !NEVER_NAMES.contains(s.stem[i - 1])) {
                tags[i - 1] = "B-PERS";
                tags[i] = "I-PERS";
            }
            i = end - 1;
        }
    }

    /**
     * A nationality adjective opening a person chunk («الأرجنتيني ليونيل ميسي») is not part of the name: a word with
     * the article ending in «ي» before more name words is dropped from the chunk.
     */
    private void nisbaBeforeNames(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            String stem = s.stem[i];
            if (tags[i].equals("B-PERS") && tags[i + 1].equals("I-PERS") && stem.startsWith("ال") && stem.endsWith("ي")
                    && stem.length() > 4 && !isWellAttestedName(s, i)) {
                tags[i] = "O";
                tags[i + 1] = "B-PERS";
            }
        }
    }

    /**
     * A one-word person on a function word («مني», «لصالح») is dropped, and so is «باسم» after a spokesperson word
     * («المتحدث باسم الجيش», the army's spokesman).
     */
    private static void functionWordsAreNotPeople(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == tags.length || !tags[i + 1].equals("I-PERS"));
            boolean onBehalf = s.norm[i].equals("باسم") && i > 0 && SPOKESPERSON_WORDS.contains(s.stem[i - 1]);
            if (single && (NEVER_NAMES.contains(s.norm[i]) || onBehalf)) {
                tags[i] = "O";
            }
        }
    }

    /** A club prefix and the word after it are an organisation («دينامو كييف»), whatever the model said. */
    private static void clubsWithPrefixes(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            if (CLUB_PREFIXES.contains(s.stem[i]) && s.shape[i + 1].equals("ar") && !NEVER_NAMES.contains(s.stem[i + 1])
                    && (i + 2 == tags.length || !tags[i + 2].startsWith("I-"))) {
                tags[i] = "B-ORG";
                tags[i + 1] = "I-ORG";
                i++;
            }
        }
    }

    /** «بريطانيا وفرنسا» is two places: a listed place with the conjunction «و» starts a new chunk. */
    private void placesJoinedByAnd(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("I-LOC") && s.clitic[i].startsWith("و") && gazetteer.isPlace(s.stem[i])) {
                tags[i] = "B-LOC";
            }
        }
    }

    /**
     * A one-word place that the corpora show to be mostly an everyday word («المدينة», the town) is dropped, and so
     * is a {@link #PLACE_NOUNS place noun} («الحي»).
     */
    private void everydayPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && (i + 1 == tags.length || !tags[i + 1].equals("I-LOC"));
            if (single && (gazetteer.isCommon(s.stem[i]) || PLACE_NOUNS.contains(s.stem[i]))) {
                tags[i] = "O";
            }
        }
    }

    /**
     * A city followed by a masculine nationality adjective is a sports club («ليون الفرنسي», «هامبورغ الألماني»):
     * the city itself takes the feminine form («باريس الفرنسية»). ANERcorp tags such clubs as organisations.
     */
    private static void clubsNamedForCities(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && !tags[i + 1].equals("I-LOC");
            String next = s.stem[i + 1];
            if (single && tags[i + 1].equals("O") && next.startsWith("ال") && next.endsWith("ي") && next.length() > 4
                    && s.clitic[i + 1].isEmpty()) {
                tags[i] = "B-ORG";
            }
        }
    }

    /**
     * The word after a place-kind noun (or after the noun and a compass word), after a compass word, or after
     * «العاصمة» and its adjective, is a place when the model left it out and it is not an everyday word, an adjective
     * agreeing with the noun («منطقة عسكرية», «المنطقة الشرقية») or a function word; after a dual («بلدتي»,
     * «مخيمي») the word joined by «و» is a second place.
     */
    private void placesAfterPlaceNouns(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean kindNoun = anyReadingIn(PLACE_KIND_NOUNS, s, i);
            boolean capital = CAPITAL_NOUNS.contains(s.stem[i]);
            if (!(kindNoun || capital || COMPASS_WORDS.contains(s.stem[i])) || !s.shape[i].equals("ar")) {
                continue;
            }
            String noun = s.norm[i];
            int j = i + 1;
            if ((kindNoun || capital) && COMPASS_WORDS.contains(s.stem[j]) && j + 1 < tags.length) {
                j++;
            } else if (capital && isAdjectiveOf(noun, s, j) && j + 1 < tags.length) {
                j++; // «العاصمة الإريترية أسمرا»
            }
            if (kindNoun && j == i + 1 && placeWithTitleOrHead(s, tags, j)) {
                continue;
            }
            if (!tags[j].equals("O") || !couldNamePlace(s, j) || isAdjectiveOf(noun, s, j)) {
                continue;
            }
            tags[j] = "B-LOC";
            if (j + 1 < tags.length && tags[j + 1].equals("B-LOC")) {
                tags[j + 1] = "I-LOC"; // a region word before a place: «جنوب قطاع غزة»
                continue;
            }
            boolean dual = noun.endsWith("ي") && kindNoun;
            if (dual && j + 1 < tags.length && tags[j + 1].equals("O") && s.clitic[j + 1].equals("و")
                    && couldNamePlace(s, j + 1) && !isAdjectiveOf(noun, s, j + 1)) {
                tags[j + 1] = "B-LOC";
            }
        }
    }

    /**
     * After a place-kind noun, a place named with a title («حي الشيخ جراح», «مدينة الشيخ زايد») or opening with an
     * everyday head word («قرية عين الصفا», «مخيم دير البلح») is tagged as one place, taking over a person or place
     * the model or the title rule found in it. Returns false, changing nothing, if the words at {@code j} are not
     * such a name.
     */
    private boolean placeWithTitleOrHead(SentenceWords s, String[] tags, int j) {
        String head = s.stem[j];
        boolean title = PERSON_TITLES.contains(head);
        boolean everydayHead = PLACE_NAME_HEADS.contains(head) && s.clitic[j].isEmpty();
        int next = j + 1;
        if (!(title || everydayHead) || next >= tags.length || tags[j].startsWith("I-")) {
            return false;
        }
        String nextStem = s.stem[next];
        boolean nameAfter = tags[next].equals("O")
                ? couldNamePlace(s, next) || everydayHead && nextStem.startsWith("ال") && !gazetteer.isCommon(nextStem)
                : !title || tags[next].endsWith("PERS") || tags[j].equals("B-PERS");
        if (!nameAfter || !s.shape[next].equals("ar") || !s.clitic[next].isEmpty() || NEVER_NAMES.contains(nextStem)
                || title && PERSON_TITLES.contains(nextStem)) {
            return false;
        }
        int end = next + 1;
        if (tags[j].startsWith("B-")) {
            end = Math.max(end, chunkEnd(tags, j, tags[j].substring(2)));
        }
        if (tags[next].startsWith("B-")) {
            end = Math.max(end, chunkEnd(tags, next, tags[next].substring(2)));
        }
        // A word with a proclitic opens a new phrase: «حي الشيخ جراح بالقدس» is the place, then «القدس».
        int placeEnd = next + 1;
        while (placeEnd < end && s.clitic[placeEnd].isEmpty()) {
            placeEnd++;
        }
        tags[j] = "B-LOC";
        for (int k = next; k < placeEnd; k++) {
            tags[k] = "I-LOC";
        }
        if (placeEnd < end) {
            boolean listedPlace = !s.place[placeEnd].equals(SentenceWords.NO_PLACE);
            tags[placeEnd] = listedPlace ? "B-LOC" : "B-" + tags[placeEnd].substring(2);
            for (int k = placeEnd + 1; k < end && listedPlace; k++) {
                tags[k] = "I-LOC";
            }
        }
        return true;
    }

    /**
     * True if the word at {@code j} reads as an adjective agreeing with {@code noun}: after a feminine noun
     * («منطقة») one ending in «ية», after a masculine one («مخيم») one ending in «ي»; so «المنطقة الشرقية» is a
     * description while «منطقة الحلبي» may be a name (and «نهر الليطاني» is left to the model). After a dual or a
     * compass word both endings count.
     */
    private static boolean isAdjectiveOf(String noun, SentenceWords s, int j) {
        String bare = ArabicWords.bare(s.stem[j]);
        boolean feminineAdjective = bare.endsWith("يه") || bare.endsWith("يات");
        boolean masculineAdjective = bare.endsWith("ي") || bare.endsWith("يون") || bare.endsWith("يين");
        if (noun.endsWith("ه")) {
            return feminineAdjective;
        }
        if (noun.endsWith("ي") || COMPASS_WORDS.contains(ArabicWords.stem(noun))) {
            return feminineAdjective || masculineAdjective;
        }
        return masculineAdjective;
    }

    /** A word that may be a place's own name: Arabic, not everyday, not a title or function word. */
    private boolean couldNamePlace(SentenceWords s, int j) {
        String stem = s.stem[j];
        String bare = ArabicWords.bare(stem);
        return s.shape[j].equals("ar") && bare.length() >= 3 && !gazetteer.isCommon(stem)
                && !NEVER_NAMES.contains(stem) && !NEVER_NAMES.contains(s.norm[j]) && !PERSON_TITLES.contains(stem)
                && !PLACE_CUES.contains(stem) && !PLACE_NOUNS.contains(stem) && !PLACE_KIND_NOUNS.contains(stem)
                && !TITLE_LINKS.contains(stem) && !COMPASS_WORDS.contains(stem);
    }

    /** An organisation cue, an opening quote, up to {@link #MAX_QUOTED_NAME} words, a closing quote: ORG. */
    private static void quotedOrganisations(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (!anyReadingIn(ORGANISATION_CUES, s, i) || !isQuote(tokens[i + 1], OPENING_QUOTES)) {
                continue;
            }
            int close = i + 2;
            while (close < tokens.length && close - i - 2 < MAX_QUOTED_NAME && !isQuote(tokens[close], CLOSING_QUOTES)) {
                close++;
            }
            if (close == i + 2 || close >= tokens.length || !isQuote(tokens[close], CLOSING_QUOTES)) {
                continue;
            }
            for (int k = i + 2; k < close; k++) {
                tags[k] = k == i + 2 ? "B-ORG" : "I-ORG";
            }
            i = close;
        }
    }

    /** True if any clitic reading of the word is in the set: «ووكالة» and «وكالة» both find «وكاله». */
    static boolean anyReadingIn(Set<String> words, SentenceWords s, int i) {
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            if (words.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(String token, String quotes) {
        return token.length() == 1 && quotes.indexOf(token.charAt(0)) >= 0;
    }

    /**
     * Two person chunks side by side («تشوي» «سون هوي») are one name: Arabic separates people with a comma or a
     * «و» on the second name («كيم إيل سونغ وكيم جونغ إيل»), which is left alone.
     */
    private static void joinAdjacentPersons(SentenceWords s, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("B-PERS") && (tags[i - 1].equals("B-PERS") || tags[i - 1].equals("I-PERS"))
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
        boolean attested = kind.equals(Gazetteer.Kind.GIVEN.name()) || kind.equals(Gazetteer.Kind.FAMILY.name())
                || kind.equals(Gazetteer.Kind.NAME_FREQUENT.name());
        return attested && !gazetteer.isCommon(s.stem[i]);
    }

    /**
     * Listed name words right after a person chunk belong to it («لويس» + «ساها»), up to {@link #MAX_NAME_WORDS};
     * so does one listed given name right before it («خليل» + «داود»), unless it is also an everyday word
     * ({@link #AMBIGUOUS_NAMES}).
     */
    private void extendPersons(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int before = i - 1;
            if (before >= 0 && tags[before].equals("O") && s.shape[before].equals("ar") && isWellAttestedName(s, before)
                    && isPersonNameWord(s, before) && s.clitic[before].isEmpty() && !s.stem[before].startsWith("ال")
                    && !AMBIGUOUS_NAMES.contains(ArabicWords.bare(s.stem[before]))) {
                tags[before] = "B-PERS";
                tags[i] = "I-PERS";
            }
            int end = chunkEnd(tags, i, "PERS");
            while (end < tags.length && end - i < MAX_NAME_WORDS && tags[end].equals("O") && s.shape[end].equals("ar")
                    && isWellAttestedName(s, end) && isPersonNameWord(s, end) && s.clitic[end].isEmpty()
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
    private void firstNamesAfterDescriptions(SentenceWords s, String[] tags) {
        for (int i = 2; i < tags.length; i++) {
            int x = i - 1;
            if (!tags[i].equals("B-PERS") || !tags[x].equals("O") || !tags[x - 1].equals("O")) {
                continue;
            }
            boolean plain = s.shape[x].equals("ar") && s.clitic[x].isEmpty() && !s.stem[x].startsWith("ال")
                    && s.place[x].equals(SentenceWords.NO_PLACE) && !gazetteer.isCommon(s.stem[x])
                    && !NEVER_NAMES.contains(s.stem[x])
                    && !PERSON_TITLES.contains(s.stem[x]) && !TITLE_LINKS.contains(s.stem[x])
                    && !PLACE_CUES.contains(s.stem[x]) && !PLACE_NOUNS.contains(s.stem[x])
                    && !AMBIGUOUS_NAMES.contains(s.stem[x]);
            String before = s.stem[x - 1];
            boolean described = s.shape[x - 1].equals("ar") && (before.startsWith("ال") || PERSON_TITLES.contains(before));
            if (plain && described && s.isListedName(x)) {
                tags[x] = "B-PERS";
                tags[i] = "I-PERS";
            }
        }
    }

    private void latinNames(String[] tokens, SentenceWords s, String[] tags) {
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
            while (end < s.length() && (isLatinCapital(s, end)
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
            String type = gazetteer.isLatinPlace(phrase.toString()) && !titled ? "LOC"
                    : person || titled ? "PERS" : null;
            if (type != null) {
                tags[i] = "B-" + type;
                for (int k = i + 1; k < end; k++) {
                    tags[k] = "I-" + type;
                }
            }
            i = end - 1;
        }
    }

    private static boolean isLatinCapital(SentenceWords s, int i) {
        return s.shape[i].equals("Lc") || s.shape[i].equals("LU");
    }

    /** A one-word person span on a word like «أمل» is kept only in name context: a title before it. */
    private void ambiguousNames(SentenceWords s, String[] tags) {
        for (int i = 0; i < s.length(); i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == s.length() || !tags[i + 1].equals("I-PERS"));
            if (single && AMBIGUOUS_NAMES.contains(ArabicWords.bare(s.stem[i])) && !followsTitle(s, i)) {
                tags[i] = "O";
            }
        }
    }

    /**
     * A one-word person right after an opening quotation mark is usually the quotation's first word («جئنا», which
     * normalises to the listed name «جينا»), so it is kept only when it is a common Arabic given or family name or in
     * Latin capitals. A name the article uses elsewhere comes back through {@link DocumentEntities}.
     */
    private static void quotationOpenings(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 1; i < tokens.length; i++) {
            boolean single = tags[i].equals("B-PERS") && (i + 1 == tags.length || !tags[i + 1].equals("I-PERS"));
            boolean commonName = s.name[i].equals(Gazetteer.Kind.GIVEN.name())
                    || s.name[i].equals(Gazetteer.Kind.FAMILY.name());
            if (single && isQuote(tokens[i - 1], OPENING_QUOTES) && !commonName && !isLatinCapital(s, i)) {
                tags[i] = "O";
            }
        }
    }

    /**
     * A person chunk that is exactly a listed place («السودان», «كوت ديفوار») with no word on a person-name list is
     * a place.
     */
    private static void placesTakenForPeople(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            boolean place = end - i == 1
                    ? s.place[i].equals(SentenceWords.PLACE)
                    : s.place[i].equals(SentenceWords.PLACE_BEGIN)
                            && (end == tags.length || !s.place[end].equals(SentenceWords.PLACE_INSIDE));
            for (int k = i; k < end; k++) {
                place &= !s.isListedName(k) && (k == i || s.place[k].equals(SentenceWords.PLACE_INSIDE));
            }
            if (place) {
                for (int k = i; k < end; k++) {
                    tags[k] = (k == i ? "B-" : "I-") + "LOC";
                }
            }
            i = end - 1;
        }
    }

    /**
     * A one-word place that is on no place list and has the shape of a verb is dropped: a future prefix («فسيجد»,
     * «ستعود») or the plural ending «وا» («لجأوا»).
     */
    private static void verbsAreNotPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && (i + 1 == tags.length || !tags[i + 1].equals("I-LOC"));
            if (single && s.place[i].equals(SentenceWords.NO_PLACE) && s.shape[i].equals("ar")
                    && looksLikeVerb(s.norm[i])) {
                tags[i] = "O";
            }
        }
    }

    /** A future-tense prefix (with «و» or «ف» before it) or the plural ending «وا». */
    static boolean looksLikeVerb(String norm) {
        String w = norm.length() > 4 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
        boolean future = w.length() > 3 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0;
        return future || norm.length() > 3 && norm.endsWith("وا");
    }

    /**
     * A place name that fills a pair of guillemets on its own is the title of a newspaper or channel
     * («« الشرق الأوسط »», «« الجزيرة »»): an organisation.
     */
    private static void quotedPlacesAreTitles(String[] tokens, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (!tags[i].equals("B-LOC") || !tokens[i - 1].equals("«")) {
                continue;
            }
            int end = chunkEnd(tags, i, "LOC");
            if (end < tokens.length && tokens[end].equals("»")) {
                for (int k = i; k < end; k++) {
                    tags[k] = (k == i ? "B-" : "I-") + "ORG";
                }
            }
        }
    }

    /** Turns an I- tag that does not continue a chunk of its type into B-. */
    static void repairBio(String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].startsWith("I-")) {
                String prev = i > 0 ? tags[i - 1] : "O";
                if (prev.equals("O") || !prev.substring(2).equals(tags[i].substring(2))) {
                    tags[i] = "B-" + tags[i].substring(2);
                }
            }
        }
    }
}
