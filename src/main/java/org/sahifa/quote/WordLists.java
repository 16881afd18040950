package org.sahifa.quote;

import java.util.HashSet;
import java.util.Set;

/**
 * Closed word lists the speaker finder and the quoted-name test read, compared in folded form
 * ({@link ArabicText#fold}) and, for nouns, without the article or a clitic.
 */
final class WordLists {
    /** Titles and roles that come before a name: «وزير الخارجية الروسي سيرغي لافروف». */
    private static final Set<String> ROLES = folded(
            "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "متحدث", "متحدثة", "ناطق", "ناطقة", "باسم",
            "زعيم", "زعيمة", "مدرب", "مدربة", "لاعب", "لاعبة", "سفير", "سفيرة", "أمين", "أمينة", "نائب", "نائبة",
            "عضو", "عضوة", "قائد", "قائدة", "مستشار", "مستشارة", "محافظ", "حاكم", "ملك", "ملكة", "أمير", "أميرة",
            "شيخ", "سيد", "سيدة", "دكتور", "دكتورة", "د", "جنرال", "لواء", "عميد", "عقيد", "مقدم", "رائد",
            "مسؤول", "مسؤولة", "ممثل", "ممثلة", "مندوب", "مندوبة", "مبعوث", "مبعوثة", "خبير", "خبيرة", "محلل",
            "محللة", "كاتب", "كاتبة", "صحفي", "صحفية", "صحافي", "صحافية", "مراسل", "مراسلة", "باحث", "باحثة",
            "أستاذ", "أستاذة", "بروفيسور", "مفوض", "مفوضة", "منسق", "منسقة", "مؤسس", "مؤسسة", "نجم", "نجمة",
            "فنان", "فنانة", "مخرج", "مخرجة", "مغني", "مغنية", "كابتن", "حارس", "مهاجم", "مدافع", "وكيل",
            "قاضي", "قاضية", "محامي", "محامية", "طبيب", "طبيبة", "مرشد", "إمام", "بابا", "نائبا", "عام",
            "مساعد", "مساعدة", "مستشارا", "قيادي", "قيادية", "ناشط", "ناشطة", "رئيسا", "عمدة", "بطل", "بطلة",
            "مدون", "مدونة", "شاعر", "شاعرة", "روائي", "روائية", "مؤرخ", "أكاديمي", "أكاديمية", "مصدر");

    /** Indefinite nouns for a source the article does not name: «قال مسؤول أميركي». */
    private static final Set<String> UNNAMED_SOURCES = folded(
            "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "دبلوماسي", "دبلوماسية", "دبلوماسيون",
            "شهود", "شاهد", "شاهدة", "سكان", "مراقبون", "محللون", "خبراء", "ناشطون", "مسعفون", "متحدث", "متحدثة",
            "ضابط", "جندي", "طبيب", "مواطن", "مواطنة", "مواطنون", "مقيم", "لاجئ", "لاجئة", "نائب", "نواب", "عضو");

    /** Adjectives after an unnamed source: «مصدر مطلع»، «مسؤول رفيع». */
    private static final Set<String> DESCRIPTORS = folded(
            "مطلع", "مطلعة", "مطلعون", "رفيع", "رفيعة", "كبير", "كبيرة", "بارز", "بارزة", "سابق", "سابقة", "مقرب",
            "مقربة", "عيان", "محلي", "محلية", "حكومي", "حكومية", "عسكري", "عسكرية", "أمني", "أمنية", "طبي", "طبية",
            "مستقل", "مستقلة", "آخر", "أخرى", "آخرون", "مجهول");

    /** Words that end a name or a subject: prepositions, particles, pronouns, conjunctions. */
    private static final Set<String> FUNCTION_WORDS = folded(
            "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم",
            "أنهما", "إنهما", "أنني", "إنني", "أننا", "إننا", "بأن", "بأنه", "بأنها", "بأنهم", "لأن", "حيث",
            "الذي", "التي", "الذين", "اللذين", "اللتين", "قد", "لقد", "كان", "كانت", "ما", "لا", "لم", "لن",
            "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "بعد", "قبل", "خلال", "أمام", "عبر", "حول",
            "ضد", "لدى", "عند", "منذ", "حتى", "أو", "ثم", "بل", "لكن", "لكنه", "كما", "إذ", "إذا", "عندما",
            "بينما", "حين", "بعدما", "حيال", "تجاه", "نحو", "بين", "دون", "غير", "أيضا", "كذلك", "بما",
            "مما", "عما", "فيما", "لما", "فإن", "وإن", "وأن", "بشأن", "إزاء", "وسط", "له", "لها", "لهم", "لنا",
            "إنّ", "أنّ", "ان", "بأنّ", "لدي", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "عنه", "عنها",
            "إثر", "عقب", "أثناء", "ضمن", "لصالح", "بسبب", "رغم", "أي", "كل", "بعض", "جميع", "نفسه", "نفسها",
            "نظيره", "نظيرته", "نظيرها", "نظيرتها", "نظراءه", "بدوره", "بدورها", "شخصيا", "مجددا", "وحده", "وحدها");

    /** Words of time that may sit between a verb and its subject or after a name: «وقال الخميس». */
    private static final Set<String> TIME_WORDS = folded(
            "اليوم", "أمس", "غدا", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
            "السبت", "صباح", "مساء", "ليلة", "الليلة", "الشهر", "الأسبوع", "العام", "السنة", "الماضي",
            "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي", "الحالية", "صباحا", "مساء", "لاحقا",
            "سابقا", "مؤخرا", "حينها", "آنذاك", "الآن");

    /**
     * Nouns whose quoted complement is a name or a title, not something said: «وكالة “ريا نوفوستي”»,
     * «صحيفة "الأهرام"», «روايتها “…”», «ندوة بعنوان “…”».
     */
    private static final Set<String> TITLE_NOUNS = folded(
            "وكالة", "وكالات", "صحيفة", "صحف", "جريدة", "مجلة", "قناة", "إذاعة", "موقع", "شبكة", "تلفزيون",
            "رواية", "كتاب", "فيلم", "مسلسل", "برنامج", "أغنية", "ألبوم", "قصيدة", "ديوان", "مسرحية", "ندوة",
            "مؤتمر", "معرض", "مهرجان", "حملة", "مبادرة", "عملية", "حزب", "حركة", "جماعة", "تنظيم", "منظمة",
            "جمعية", "شركة", "مؤسسة", "مجموعة", "مركز", "هيئة", "نادي", "فريق", "منتدى", "تطبيق", "منصة",
            "مشروع", "خطة", "اتفاق", "اتفاقية", "قانون", "وسم", "هاشتاغ", "هاشتاج", "شعار", "لقب", "اسم",
            "عنوان", "بعنوان", "مقال", "مقالة", "تقرير", "دراسة", "صفحة", "حساب", "ائتلاف", "تحالف", "قائمة",
            "كتلة", "سفينة", "مدرسة", "جامعة", "مستشفى", "فندق", "مطعم", "سلسلة", "لعبة", "مجلس", "جائزة",
            "بطولة", "دورية", "نشرة", "مدونة", "معهد", "أكاديمية", "فرقة", "كتيبة", "لواء", "ميليشيا", "مسابقة",
            "ورشة", "محاضرة", "دورة", "معركة", "عمليات", "مناورات", "مبادرات", "صندوق", "بنك", "مصرف", "سوق",
            "مصنع", "مطار", "ميناء", "حلف", "اتحاد", "ساحة", "شارع", "حي", "مخيم", "بلدة", "قرية", "مدينة", "جبل", "نهر");

    /**
     * Head nouns of the names of armed groups, parties and bodies: a short quoted stretch that opens
     * with one is a name («“الجيش الحر”»، «“الدولة الإسلامية”»، «“وحدات حماية الشعب”»).
     */
    private static final Set<String> GROUP_HEADS = folded(
            "جيش", "وحدات", "قوات", "دولة", "جبهة", "حركة", "حزب", "تنظيم", "جماعة", "كتائب", "كتيبة", "لواء",
            "ألوية", "سرايا", "فيلق", "مجلس", "ائتلاف", "اتحاد", "منظمة", "جمعية", "هيئة", "تحالف", "تيار",
            "أنصار", "شبكة", "مرصد", "رابطة", "نقابة", "لجان", "لجنة");

    /** Government bodies that complete a role: «المتحدث باسم وزارة الخارجية»، «مدير دائرة الآثار». */
    private static final Set<String> INSTITUTIONS = folded(
            "وزارة", "دائرة", "إدارة", "مديرية", "سلطة", "بلدية", "محكمة", "نيابة", "شرطة", "جهاز", "مكتب",
            "قسم", "كلية", "مفوضية", "أمانة", "رئاسة", "حكومة", "برلمان", "بعثة", "سفارة", "قنصلية", "غرفة");

    /** Works, whose quoted complement after a possessive is a title: «روايتها “…”». */
    private static final Set<String> WORKS = folded(
            "رواية", "كتاب", "فيلم", "مسلسل", "برنامج", "أغنية", "ألبوم", "قصيدة", "ديوان", "مسرحية", "مقال",
            "مقالة", "تقرير", "دراسة", "مدونة", "حساب", "صفحة", "شعار", "لقب", "اسم", "عنوان", "مشروع",
            "مبادرة", "حملة", "معرض", "لوحة", "عمل", "قصة", "مجموعة", "سلسلة", "تطبيق", "منصة", "موقع", "قناة");

    /** Words that introduce a name whatever comes before them: «ما يسمى “…”»، «المعروفة باسم “…”». */
    private static final Set<String> NAMING_WORDS = folded(
            "بعنوان", "عنوان", "عنوانه", "عنوانها", "يسمى", "تسمى", "سمي", "سميت", "المسمى", "المسماة",
            "يعرف", "تعرف", "عرف", "عرفت", "المعروف", "المعروفة", "الملقب", "الملقبة", "لقب", "يلقب", "تلقب",
            "يدعى", "تدعى", "المدعو", "المدعوة", "الشهير", "الشهيرة", "اسم", "باسم", "شعار", "وسم", "هاشتاغ",
            "عبارة", "كلمة", "مصطلح", "تسمية", "الاسم", "الشعار", "الوسم", "مسمى", "اسمه", "اسمها");

    /**
     * Pronoun suffixes on a role: «رئيستها»، «مديرهم». Not a lone «ه»: folded, it is also the ة of «العامة»
     * (and «عام» is a role word).
     */
    private static final String[] ROLE_POSSESSIVE_SUFFIXES = {"هما", "هم", "ها"};

    /** Pronoun suffixes on a title noun: «روايتها»، «كتابه». */
    private static final String[] POSSESSIVE_SUFFIXES = {"هما", "هم", "ها", "ه", "نا", "ي"};

    private WordLists() {
    }

    static boolean isRole(String folded) {
        return roleWord(folded) != null;
    }

    /** The role word as listed («وزير» for «الوزير»، «وزير»، «ووزير»), or null when the word is no role. */
    static String roleWord(String folded) {
        for (String form : bareForms(folded)) {
            if (ROLES.contains(form)) {
                return form;
            }
            String owner = possessedIn(ROLES, form, ROLE_POSSESSIVE_SUFFIXES);
            if (owner != null) {
                return owner; // «رئيستها»، «مديرهم»
            }
        }
        return null;
    }

    /**
     * The word of {@code set} that {@code form} is with one of the pronoun {@code suffixes}: «روايتها» → «روايه»
     * (folded ة, written ت before a suffix), «كتابه» → «كتاب»; null when there is none.
     */
    private static String possessedIn(Set<String> set, String form, String[] suffixes) {
        for (String suffix : suffixes) {
            if (form.length() > suffix.length() + 2 && form.endsWith(suffix)) {
                String stem = form.substring(0, form.length() - suffix.length());
                if (set.contains(stem)) {
                    return stem;
                }
                String taMarbuta = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : null;
                if (taMarbuta != null && set.contains(taMarbuta)) {
                    return taMarbuta;
                }
            }
        }
        return null;
    }

    static boolean isUnnamedSource(String folded) {
        return UNNAMED_SOURCES.contains(folded) || UNNAMED_SOURCES.contains(ArabicText.stripClitic(folded));
    }

    static boolean isDescriptor(String folded) {
        return DESCRIPTORS.contains(folded);
    }

    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded) || FUNCTION_WORDS.contains(ArabicText.stripClitic(folded));
    }

    static boolean isTimeWord(String folded) {
        return TIME_WORDS.contains(folded) || TIME_WORDS.contains(ArabicText.stripClitic(folded));
    }

    /** True for the head noun of a group's name, with or without the article: «الجيش»، «وحدات». */
    static boolean isGroupHead(String folded) {
        return containsBare(GROUP_HEADS, folded);
    }

    /** True for a word that completes a role rather than starting a name: a title noun, a group or a body. */
    static boolean isRoleComplement(String folded) {
        return isTitleNoun(folded) || isGroupHead(folded) || containsBare(INSTITUTIONS, folded);
    }

    static boolean isNamingWord(String folded) {
        return NAMING_WORDS.contains(folded) || NAMING_WORDS.contains(ArabicText.stripClitic(folded));
    }

    /** True for a title noun, bare («وكالة»)، definite («الوكالة») or with a possessive («روايتها»). */
    static boolean isTitleNoun(String folded) {
        return containsBare(TITLE_NOUNS, folded) || hasPossessive(folded);
    }

    /**
     * True when the word is a work with a possessive pronoun («روايتها»، «كتابه»), so its complement is
     * a title. Groups with a possessive are not: «فريقه “سيحترم الجميع”» is said.
     */
    static boolean hasPossessive(String folded) {
        for (String form : bareForms(folded)) {
            if (possessedIn(WORKS, form, POSSESSIVE_SUFFIXES) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBare(Set<String> set, String folded) {
        for (String form : bareForms(folded)) {
            if (set.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The word as written, without a clitic, and each without the article: «والوكالة» gives «وكاله» among others. */
    static String[] bareForms(String folded) {
        String stripped = ArabicText.stripClitic(folded);
        return new String[] {folded, withoutArticle(folded), stripped, withoutArticle(stripped)};
    }

    private static String withoutArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    private static Set<String> folded(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(ArabicText.fold(w));
        }
        return Set.copyOf(set);
    }
}
