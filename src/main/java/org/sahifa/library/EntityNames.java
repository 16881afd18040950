package org.sahifa.library;

import java.util.List;
import org.sahifa.text.SearchFolding;

/**
 * How names are compared across articles. Within one article the recogniser already groups «لافروف» with
 * «سيرغي لافروف» under the longest form; across articles a name is the same entry when its folded words
 * ({@link SearchFolding}) equal the other's, or are the last words of it («لافروف» is the end of
 * «سيرغي لافروف»).
 */
final class EntityNames {
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
}
