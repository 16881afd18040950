package org.sahifa.nlp;

/** How the forms of one name compare: which is the longer, which stands for which, how much of a token a clitic holds. */
final class NameForms {
    private NameForms() {}

    /**
     * A shorter form stands for a longer name of the same type: any word of a person's name («لافروف», «كيم»), also
     * written in the other script («مورو» for "Jean-Luc Moreau"), its last words («بن عمر» for «ليلى بن عمر») or its
     * first words before a lineage particle («محمد بن نايف» for «محمد بن نايف بن عبدالعزيز»);
     * the first word of a place or organisation («كوريا» for «كوريا الشمالية»; not «السودان» for «جنوب السودان»);
     * an organisation's name after the word for its kind («اليونسكو» for «منظمة اليونسكو», «الحرس الوطني» for «وزارة
     * الحرس الوطني»), and its first two words or more («اللجنة الدولية» for «اللجنة الدولية للصليب الأحمر»).
     */
    static boolean isShortFormOf(String form, String longer, String type, boolean acrossScripts) {
        String[] words = longer.split(" ");
        if (type.equals("ORG")
                && words.length > 1
                && (NameWords.opensNames(words[0]) || OrganisationHeads.isHead(words[0]))
                && longer.substring(words[0].length() + 1).equals(form)) {
            return true;
        }
        if (type.equals("ORG") && form.indexOf(' ') > 0 && longer.startsWith(form + " ")) {
            // «اللجنة الدولية» for «اللجنة الدولية للصليب الأحمر»; not for a run-on «جبهة النصرة ذراع»
            return java.util.Arrays.stream(longer.substring(form.length() + 1).split(" "))
                    .allMatch(w -> w.startsWith("ال") || w.startsWith("ل"));
        }
        if (!type.equals("PERS")) {
            return words[0].equals(form);
        }
        if (form.indexOf(' ') >= 0) {
            // its last words, or its first words up to a lineage particle: «محمد بن نايف» for «محمد بن نايف بن
            // عبدالعزيز» (the grandfather left out); not the words after a lineage particle, which name a forebear:
            // «سلمان بن عبدالعزيز» is the father of «فيصل بن سلمان بن عبدالعزيز», not a short form of his name
            return longer.endsWith(" " + form) && !namesForebear(form, longer) || startsBeforeLineage(form, longer);
        }
        for (String word : words) {
            if (acrossScripts ? NameSkeleton.sameAcrossScripts(form, word) : word.equals(form)) {
                return true;
            }
        }
        for (String word : words) {
            if (!acrossScripts && spelledWithOtherLongVowels(form, word)) {
                return true;
            }
        }
        return false;
    }

    /** Particles of lineage, normalised: «بن», «ابن», «بنت» (son, daughter of); the words after them name forebears. */
    static final java.util.Set<String> LINEAGE_PARTICLES = java.util.Set.of("بن", "ابن", "بنت");

    /** True if {@code longer} ends with a lineage particle and then {@code form}: the forebear's name. */
    private static boolean namesForebear(String form, String longer) {
        String before = longer.substring(0, longer.length() - form.length()).trim();
        int space = before.lastIndexOf(' ');
        return LINEAGE_PARTICLES.contains(before.substring(space + 1));
    }

    /** True if {@code longer} is {@code form}, a lineage particle and more. */
    private static boolean startsBeforeLineage(String form, String longer) {
        if (!longer.startsWith(form + " ")) {
            return false;
        }
        String next = longer.substring(form.length() + 1).split(" ")[0];
        return LINEAGE_PARTICLES.contains(next) && form.contains(" ");
    }

    /** Shortest word, in letters, that {@link #spelledWithOtherLongVowels} compares. */
    static final int MIN_VOWEL_VARIANT = 5;

    /**
     * Two spellings of one transliterated name that differ only in the long vowels written inside it: «ريفيلين» and
     * «ريفلين», «نتانياهو» and «نتنياهو». Well-known names are not compared: «سليمان» and «سلمان» are two names.
     */
    static boolean spelledWithOtherLongVowels(String a, String b) {
        if (a.equals(b)
                || a.length() < MIN_VOWEL_VARIANT
                || b.length() < MIN_VOWEL_VARIANT
                || !ArabicWords.isArabic(a)
                || !ArabicWords.isArabic(b)) {
            return false;
        }
        if (isWellKnownName(a) || isWellKnownName(b)) {
            return false;
        }
        return withoutInnerLongVowels(a).equals(withoutInnerLongVowels(b));
    }

    /** On the curated given or family name lists, or frequent in Wikidata person names. */
    private static boolean isWellKnownName(String word) {
        Gazetteer.Kind kind = Gazetteer.shared().nameKind(word);
        return kind == Gazetteer.Kind.GIVEN || kind == Gazetteer.Kind.FAMILY || kind == Gazetteer.Kind.NAME_FREQUENT;
    }

    /** The word without «ا», «و», «ي» between its first and last letters. */
    private static String withoutInnerLongVowels(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || i == word.length() - 1 || "اوي".indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** More words wins; with as many words, more letters. */
    static boolean isLongerName(String candidate, String current) {
        int a = candidate.split("\\s+").length;
        int b = current.isEmpty() ? 0 : current.split("\\s+").length;
        return a != b ? a > b : candidate.length() > current.length();
    }

    /** Characters of {@code token} that hold its first {@code normalizedChars} normalised letters and their marks. */
    static int originalLength(String token, int normalizedChars) {
        int seen = 0;
        int i = 0;
        while (i < token.length() && seen < normalizedChars) {
            if (!ArabicWords.normalize(String.valueOf(token.charAt(i))).isEmpty()) {
                seen++;
            }
            i++;
        }
        while (i < token.length()
                && ArabicWords.normalize(String.valueOf(token.charAt(i))).isEmpty()) {
            i++;
        }
        return i;
    }
}
