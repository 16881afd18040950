package org.sahifa.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consonant skeleton of a name's word, the same for its Arabic and its Latin spelling: «لافروف» and "Lavrov"
 * are both {@code LFRF}. Each consonant becomes a class letter (g, gh, q, k, kh, غ, ق, ك, خ are {@code K}; s, c before
 * e/i, ts, س, ص are {@code S}; f, v, w, ف, ڤ are {@code F}; sh, ch, ش, تش are {@code X}; …), vowels are dropped (and
 * with them ا, ع, the hamza letters, and و or ي where they stand for a vowel; where the Arabic writes a vowel the
 * Latin must have one too, {@link Skeleton#spells}), a letter written twice in a row counts once (Latin writes doubled
 * letters, Arabic a shadda, which folding drops) and a final {@code H} (ة, "-ah") is dropped.
 * Works on folded text ({@link EntityNames#fold}): lower case, diacritics and hamza forms already gone.
 */
final class NameSkeleton {
    /** Arabic letters that are consonants, by class; ا ع ء ئ ؤ ى are not listed: they are dropped. */
    private static final Map<Character, Character> ARABIC = Map.ofEntries(
            Map.entry('ب', 'B'),
            Map.entry('پ', 'B'),
            Map.entry('ت', 'T'),
            Map.entry('ط', 'T'),
            Map.entry('ث', 'T'),
            Map.entry('د', 'D'),
            Map.entry('ذ', 'D'),
            Map.entry('ض', 'D'),
            Map.entry('ج', 'J'),
            Map.entry('ح', 'H'),
            Map.entry('ه', 'H'),
            Map.entry('خ', 'K'),
            Map.entry('غ', 'K'),
            Map.entry('ق', 'K'),
            Map.entry('ك', 'K'),
            Map.entry('گ', 'K'),
            Map.entry('ر', 'R'),
            Map.entry('ز', 'Z'),
            Map.entry('ظ', 'Z'),
            Map.entry('س', 'S'),
            Map.entry('ص', 'S'),
            Map.entry('ش', 'X'),
            Map.entry('ف', 'F'),
            Map.entry('ڤ', 'F'),
            Map.entry('ل', 'L'),
            Map.entry('م', 'M'),
            Map.entry('ن', 'N'));

    /** Latin letter pairs (and one triple) read as one consonant, tried before single letters. */
    private static final List<Map.Entry<String, Character>> LATIN_GROUPS = List.of(
            Map.entry("tch", 'X'),
            Map.entry("sh", 'X'),
            Map.entry("ch", 'X'),
            Map.entry("kh", 'K'),
            Map.entry("gh", 'K'),
            Map.entry("ck", 'K'),
            Map.entry("th", 'T'),
            Map.entry("dh", 'D'),
            Map.entry("ph", 'F'),
            Map.entry("zh", 'J'),
            Map.entry("dj", 'J'),
            Map.entry("ts", 'S'),
            Map.entry("tz", 'S'));

    private static final Map<Character, Character> LATIN = Map.ofEntries(
            Map.entry('b', 'B'),
            Map.entry('p', 'B'),
            Map.entry('t', 'T'),
            Map.entry('d', 'D'),
            Map.entry('j', 'J'),
            Map.entry('h', 'H'),
            Map.entry('g', 'K'),
            Map.entry('k', 'K'),
            Map.entry('q', 'K'),
            Map.entry('r', 'R'),
            Map.entry('z', 'Z'),
            Map.entry('s', 'S'),
            Map.entry('f', 'F'),
            Map.entry('v', 'F'),
            Map.entry('w', 'F'),
            Map.entry('l', 'L'),
            Map.entry('m', 'M'),
            Map.entry('n', 'N'));

    /** Which script a folded name is written in, as far as skeletons go. */
    enum Script {
        ARABIC,
        LATIN,
        /** Both, or neither (digits only): never joined across scripts. */
        OTHER
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-‐]+");

    private NameSkeleton() {}

    static Script scriptOf(String folded) {
        boolean arabic = false;
        boolean latin = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic = true;
            } else if (c >= 'a' && c <= 'z') {
                latin = true;
            }
        }
        return arabic == latin ? Script.OTHER : arabic ? Script.ARABIC : Script.LATIN;
    }

    /**
     * The words of a folded name that carry it, split at spaces and hyphens, with the article «ال» / "al-", "el-"
     * taken off («الأسد», "al-Assad" → «اسد», "assad") and words that are only that article dropped.
     */
    static List<String> nameWords(String folded) {
        List<String> words = new ArrayList<>();
        String[] parts = WORD_BREAK.split(folded);
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i];
            boolean particle = word.equals("al") || word.equals("el") || word.equals("ال");
            if (particle && i + 1 < parts.length) {
                continue;
            }
            if (word.startsWith("ال") && word.length() > 3) {
                word = word.substring(2);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A word's consonant classes, and where a vowel stands: {@code vowelAt[i]} is true when a vowel comes before the
     * consonant {@code i} ({@code vowelAt[length]}: after the last one). Arabic writes only long vowels (ا, و, ي, ى)
     * and ع or a hamza, Latin writes short ones too.
     */
    record Skeleton(String consonants, boolean[] vowelAt) {
        /**
         * True when a Latin word's skeleton ({@code this}) can spell an Arabic one: the same consonants, and a
         * Latin vowel wherever the Arabic writes one («بصيري» is not "Basri").
         */
        boolean spells(Skeleton arabic) {
            if (!consonants.equals(arabic.consonants)) {
                return false;
            }
            for (int i = 0; i < vowelAt.length; i++) {
                if (arabic.vowelAt[i] && !vowelAt[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The consonant classes of one folded word, Arabic or Latin; empty when it has no consonant. */
    static String of(String word) {
        return skeleton(word).consonants();
    }

    /** The skeleton of one folded word, Arabic or Latin. */
    static Skeleton skeleton(String word) {
        StringBuilder classes = new StringBuilder();
        List<Boolean> vowels = new ArrayList<>();
        boolean vowel = false;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int used = 1;
            Character cls = null;
            boolean isVowel = false;
            if (c >= 'a' && c <= 'z') {
                for (Map.Entry<String, Character> group : LATIN_GROUPS) {
                    if (word.startsWith(group.getKey(), i)) {
                        cls = group.getValue();
                        used = group.getKey().length();
                        break;
                    }
                }
                if (cls == null && c == 'x') { // "ks"
                    vowel = append(classes, vowels, 'K', vowel);
                    cls = 'S';
                } else if (cls == null) {
                    cls = latin(word, i);
                    isVowel = cls == null;
                }
            } else if (c == 'ت' && i + 1 < word.length() && (word.charAt(i + 1) == 'ش' || word.charAt(i + 1) == 'س')) {
                cls = word.charAt(i + 1) == 'ش' ? 'X' : 'S'; // «تش» is "ch", «تس» is "ts"
                used = 2;
            } else if (c == 'و' || c == 'ي') {
                // a consonant at the start of a word or next to alef («وليد», «مروان», «ياسر», «الزهراوي»)
                // («إيغور»: after an alef that starts the word, a vowel)
                boolean consonant = i == 0
                        || i + 1 < word.length() && word.charAt(i + 1) == 'ا'
                        || i >= 2 && word.charAt(i - 1) == 'ا';
                cls = consonant ? (c == 'و' ? 'F' : 'Y') : null;
                isVowel = !consonant;
            } else {
                cls = ARABIC.get(c);
                isVowel = cls == null && "اىعءئؤ".indexOf(c) >= 0;
            }
            if (cls != null) {
                vowel = append(classes, vowels, cls, vowel);
            } else if (isVowel) {
                vowel = true;
            }
            i += used;
        }
        if (classes.length() > 1 && classes.charAt(classes.length() - 1) == 'H' && !vowel) {
            // a final ة (folded to ه) or "-ah": not written the same way in both scripts
            classes.setLength(classes.length() - 1);
            vowel = vowels.remove(vowels.size() - 1);
        }
        vowels.add(vowel);
        boolean[] vowelAt = new boolean[vowels.size()];
        for (int v = 0; v < vowelAt.length; v++) {
            vowelAt[v] = vowels.get(v);
        }
        return new Skeleton(classes.toString(), vowelAt);
    }

    /**
     * Adds a class unless it repeats the one just before with no vowel between (a doubled letter counts once);
     * returns the vowel flag for what follows (false).
     */
    private static boolean append(StringBuilder classes, List<Boolean> vowels, char cls, boolean vowelBefore) {
        if (classes.isEmpty() || vowelBefore || classes.charAt(classes.length() - 1) != cls) {
            classes.append(cls);
            vowels.add(vowelBefore);
        }
        return false;
    }

    /** A single Latin letter's class: c is S before e, i, y and K elsewhere; y is a consonant only before a vowel. */
    private static Character latin(String word, int i) {
        char c = word.charAt(i);
        char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
        return switch (c) {
            case 'c' -> "eiy".indexOf(next) >= 0 ? 'S' : 'K';
            case 'y' -> "aeiou".indexOf(next) >= 0 ? 'Y' : null;
            default -> LATIN.get(c);
        };
    }
}
