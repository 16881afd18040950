package org.sahifa.library;

import java.util.List;
import org.sahifa.text.SearchFolding;

/**
 * How names are compared across articles. Within one article the recogniser already groups «لافروف» with
 * «سيرغي لافروف» under the longest form; across articles a name is the same entry when its folded words
 * ({@link SearchFolding}) equal the other's, or are the last words of it («لافروف» is the end of
 * «سيرغي لافروف»). Across scripts ({@link #sameAcrossScripts}) a Latin and an Arabic name are the same when their
 * family names have the same consonant skeleton ({@link NameSkeleton}) and, when both give a first name, so do those.
 */
final class EntityNames {
    /** A family name's skeleton needs this many consonants to join across scripts: "Lee" and «علي» stay apart. */
    static final int MIN_FAMILY_SKELETON = 2;

    private EntityNames() {}

    static String fold(String name) {
        return SearchFolding.foldQuery(name);
    }

    static List<String> words(String folded) {
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** The last folded word, the key candidates are looked up by. */
    static String lastWord(String folded) {
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }

    /** True when {@code shorter}'s words are the last words of {@code longer}'s (or equal them). */
    static boolean endsWith(String longer, String shorter) {
        return longer.equals(shorter)
                || (longer.endsWith(shorter) && longer.charAt(longer.length() - shorter.length() - 1) == ' ');
    }

    /**
     * The skeleton of a folded name's family (last) word, the key cross-script candidates are looked up by; empty
     * when the name is not in one script or its family name is too short to join on.
     */
    static String familySkeleton(String folded) {
        if (NameSkeleton.scriptOf(folded) == NameSkeleton.Script.OTHER) {
            return "";
        }
        List<String> words = NameSkeleton.nameWords(folded);
        if (words.isEmpty()) {
            return "";
        }
        String family = NameSkeleton.of(words.get(words.size() - 1));
        return family.length() < MIN_FAMILY_SKELETON ? "" : family;
    }

    /**
     * True when two folded names, one in Arabic letters and one in Latin, name the same person: the family names'
     * skeletons agree (at least {@link #MIN_FAMILY_SKELETON} consonants, and a Latin vowel wherever the Arabic writes
     * one: {@link NameSkeleton.Skeleton#spells}) and, when both have a first name, the first names' do too («سيرغي لافروف», «لافروف», "Sergei Lavrov", "Lavrov" are one; "Sergei
     * Lavrov" and «ألكسندر لافروف» are not).
     */
    static boolean sameAcrossScripts(String a, String b) {
        NameSkeleton.Script scriptA = NameSkeleton.scriptOf(a);
        NameSkeleton.Script scriptB = NameSkeleton.scriptOf(b);
        if (scriptA == NameSkeleton.Script.OTHER || scriptB == NameSkeleton.Script.OTHER || scriptA == scriptB) {
            return false;
        }
        String family = familySkeleton(a);
        if (family.isEmpty() || !family.equals(familySkeleton(b))) {
            return false;
        }
        List<String> latin = NameSkeleton.nameWords(scriptA == NameSkeleton.Script.LATIN ? a : b);
        List<String> arabic = NameSkeleton.nameWords(scriptA == NameSkeleton.Script.LATIN ? b : a);
        return spells(latin.get(latin.size() - 1), arabic.get(arabic.size() - 1))
                && (latin.size() < 2 || arabic.size() < 2 || spells(latin.get(0), arabic.get(0)));
    }

    private static boolean spells(String latinWord, String arabicWord) {
        return NameSkeleton.skeleton(latinWord).spells(NameSkeleton.skeleton(arabicWord));
    }
}
