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
     * What a name joins across scripts by: its script, and the skeletons of its first and family words (computed once
     * per stored name, not per comparison).
     */
    record NameParts(NameSkeleton.Script script, int words, NameSkeleton.Skeleton first, NameSkeleton.Skeleton family) {
        /** Null when the name is not in one script, or its family name is too short to join on. */
        static NameParts of(String folded) {
            NameSkeleton.Script script = NameSkeleton.scriptOf(folded);
            if (script == NameSkeleton.Script.OTHER) {
                return null;
            }
            List<String> words = NameSkeleton.nameWords(folded);
            if (words.isEmpty()) {
                return null;
            }
            NameSkeleton.Skeleton family = NameSkeleton.skeleton(words.get(words.size() - 1));
            if (family.consonants().length() < MIN_FAMILY_SKELETON) {
                return null;
            }
            return new NameParts(script, words.size(), NameSkeleton.skeleton(words.get(0)), family);
        }
    }

    /** The skeleton of a folded name's family word, the key candidates are looked up by; empty when it has none. */
    static String familySkeleton(String folded) {
        NameParts parts = NameParts.of(folded);
        return parts == null ? "" : parts.family().consonants();
    }

    /**
     * True when two folded names, one in Arabic letters and one in Latin, name the same person: the family names'
     * skeletons agree (at least {@link #MIN_FAMILY_SKELETON} consonants, and a Latin vowel wherever the Arabic writes
     * one: {@link NameSkeleton.Skeleton#spells}) and, when both have a first name, the first names' do too
     * («سيرغي لافروف», «لافروف», "Sergei Lavrov", "Lavrov" are one; "Sergei Lavrov" and «ألكسندر لافروف» are not).
     */
    static boolean sameAcrossScripts(String a, String b) {
        return joins(NameParts.of(a), NameParts.of(b));
    }

    static boolean joins(NameParts a, NameParts b) {
        if (a == null || b == null || a.script() == b.script()) {
            return false;
        }
        NameParts latin = a.script() == NameSkeleton.Script.LATIN ? a : b;
        NameParts arabic = latin == a ? b : a;
        return latin.family().spells(arabic.family())
                && (latin.words() < 2 || arabic.words() < 2 || latin.first().spells(arabic.first()));
    }
}
