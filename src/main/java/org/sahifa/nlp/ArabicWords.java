package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic word forms for matching: orthographic normalisation and proclitic stripping.
 *
 * <p>{@code normalize("بالعاصمة")} gives {@code "بالعاصمه"}; {@code stem("وبالعاصمة")} gives {@code "العاصمه"}.
 * Stripping is by form only: {@link #procliticSplits(String)} lists every reading so callers can pick the one with
 * evidence ({@code "لافروف"} is a name, not {@code ل + "افروف"}).
 */
public final class ArabicWords {
    /** Conjunction proclitics (and, so) that may come first. */
    private static final String CONJUNCTIONS = "وف";
    /** Preposition proclitics (with, for, like) that may come after a conjunction. */
    private static final String PREPOSITIONS = "بلك";

    private static final String ARTICLE = "ال";
    /** Shortest stem left after stripping; shorter leftovers mean the letter belonged to the word. */
    private static final int MIN_STEM = 2;

    private ArabicWords() {}

    /** Removes diacritics and tatweel; unifies alef forms, alef maqsura, ta marbuta, hamza seats. */
    public static String normalize(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F')
                    || c == '\u0670'
                    || c == '\u0640'
                    || (c >= '\u0610' && c <= '\u061A')) {
                continue;
            }
            sb.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ى' -> 'ي';
                        case 'ة' -> 'ه';
                        case 'ؤ' -> 'و';
                        case 'ئ' -> 'ي';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    /**
     * The word (normalised) with every proclitic a form allows stripped: {@code "وبالعراق" -> "العراق"},
     * {@code "للعراق" -> "العراق"}. Greedy; use {@link #procliticSplits} where a wrong strip matters.
     */
    public static String stem(String word) {
        List<String> splits = procliticSplits(normalize(word));
        return splits.get(splits.size() - 1);
    }

    /** The stem without the article: {@code "العراق" -> "عراق"}. */
    public static String bare(String stem) {
        return stem.startsWith(ARTICLE) && stem.length() - ARTICLE.length() >= MIN_STEM ? stem.substring(2) : stem;
    }

    /**
     * Readings of a (normalised) word from no stripping to the most stripping, each a suffix of the word except that
     * {@code لل} becomes {@code ال}: {@code "وبالعراق" -> [وبالعراق, بالعراق, العراق]}.
     */
    public static List<String> procliticSplits(String word) {
        List<String> out = new ArrayList<>(3);
        out.add(word);
        String rest = word;
        if (rest.length() > MIN_STEM + 1 && CONJUNCTIONS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
            out.add(rest);
        }
        if (rest.startsWith("لل") && rest.length() > MIN_STEM + 2) {
            out.add(ARTICLE + rest.substring(2));
        } else if (rest.length() > MIN_STEM + 1 && PREPOSITIONS.indexOf(rest.charAt(0)) >= 0) {
            out.add(rest.substring(1));
        }
        return out;
    }

    /** Number of leading characters of {@code word} that a clitic-safe strip removes: evident clitics only. */
    public static int evidentCliticLength(String word) {
        // A proclitic followed by the article is unambiguous: و+ال, ب+ال, وب+ال, لل.
        String norm = normalize(word);
        if (norm.length() != word.length()) {
            return 0; // diacritics shift offsets; keep the word whole rather than guess
        }
        int i = 0;
        if (norm.length() > 4 && CONJUNCTIONS.indexOf(norm.charAt(0)) >= 0) {
            i = 1;
        }
        if (norm.startsWith("لل", i) && norm.length() - i > 4) {
            return i + 1;
        }
        if (norm.length() - i > 4 && PREPOSITIONS.indexOf(norm.charAt(i)) >= 0 && norm.startsWith(ARTICLE, i + 1)) {
            return i + 1;
        }
        if (i == 1 && norm.startsWith(ARTICLE, 1)) {
            return 1;
        }
        return 0;
    }

    /** True if the text holds at least one Arabic letter. */
    public static boolean isArabic(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.UnicodeScript.of(token.charAt(i)) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A coarse shape class: arabic, latin-cap, latin-upper, latin, digit, punct or mixed. */
    public static String shape(String token) {
        boolean arabic = false, latin = false, digit = false, other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c < 128 && Character.isLetter(c)) {
                latin = true;
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                arabic = true;
            } else {
                other = true;
            }
        }
        if (arabic && !latin && !digit && !other) {
            return "ar";
        }
        if (latin && !arabic && !digit) {
            if (token.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))) {
                return token.length() > 1 ? "LU" : "Lc";
            }
            return Character.isUpperCase(token.charAt(0)) ? "Lc" : "l";
        }
        if (digit && !arabic && !latin) {
            return "d";
        }
        if (other && !arabic && !latin && !digit) {
            return "p";
        }
        return "mix";
    }
}
