package org.sahifa.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs the quotation marks of one paragraph.
 *
 * <p>Whether a mark opens or closes is read from what is around it (a mark followed by a letter
 * and preceded by a space opens, one preceded by a letter and followed by a space or punctuation
 * closes), and from the glyph only when both sides are letters or both are spaces. So {@code ”…“},
 * as some right-to-left pages type it, still pairs. A closing mark pairs with the nearest open
 * mark of its family; open marks above that one are left unpaired. Two slips are read as meant: a mark glued
 * to the speech verb before it opens («وتابع" من …"»), and an opening glyph with spaces around it closes an
 * open mark of its family when punctuation or the paragraph's end follows («« … «.»).
 */
final class MarkScanner {
    /** Punctuation after which a mark opens, as after a space: «قال: “…”», «(“…”)». */
    private static final String OPENING_CONTEXT = "([{-–—:،,;؛/";
    /** Punctuation before which a mark closes, as before a space: «“…”.», «“…”،». */
    private static final String CLOSING_CONTEXT = ".,،;؛:!?؟)]}-–—…/";

    /** A pair of marks: the opening one at {@code open}, the closing one at {@code close}. */
    record Pair(int open, int close, QuoteMark.Family family) {}

    /** The longest quoted name, in words, that may stand inside a quotation in the same marks: «داخل "فيفا"». */
    static final int MAX_INNER_NAME_WORDS = 3;
    /** How far back, in characters, a speech verb glued to a mark is looked for: one word. */
    private static final int VERB_REACH = 30;

    /**
     * What one paragraph holds: paired marks in order of their opening mark, open marks never
     * closed, and closing marks with nothing to close, each in text order.
     */
    record Result(List<Pair> pairs, List<Pair> unclosed, List<Pair> unopened) {}

    private MarkScanner() {}

    static Result scan(String text) {
        List<Pair> pairs = new ArrayList<>();
        List<Pair> unopened = new ArrayList<>();
        Deque<Pair> open = new ArrayDeque<>();
        int[] openCount = new int[QuoteMark.Family.values().length]; // open marks of each family, so a look is O(1)
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            QuoteMark.Family family = QuoteMark.familyOf(c);
            if (family == null) {
                continue;
            }
            if (c == QuoteMark.DOUBLE_PRIME
                    && (openCount[family.ordinal()] == 0 || !QuoteMark.isDoublePrimeMark(text, i))) {
                continue; // a double prime closes an open «“» after a digit, and is no mark elsewhere («شاشة 5″»)
            }
            QuoteMark.Role role = roleAt(text, i, family, openCount[family.ordinal()] > 0);
            if (role == QuoteMark.Role.OPENS) {
                open.push(new Pair(i, -1, family));
                openCount[family.ordinal()]++;
            } else if (role == QuoteMark.Role.CLOSES) {
                Pair opener = openCount[family.ordinal()] > 0 ? popOpener(open, family, openCount) : null;
                if (opener == null) {
                    unopened.add(new Pair(-1, i, family));
                } else {
                    pairs.add(new Pair(opener.open(), i, family));
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        List<Pair> unclosed = new ArrayList<>(open);
        unclosed.sort((a, b) -> Integer.compare(a.open(), b.open()));
        // «يذكر أن ""باب رزق جميل"، قد حقق …»: a doubled mark that nothing closes was typed twice, it opens nothing
        unclosed.removeIf(p -> p.open() + 1 < text.length() && opensDoubled(text, p.open() + 1));
        closeOnInnerNames(text, pairs, unclosed);
        closeAcrossFamilies(pairs, unclosed, unopened);
        return new Result(pairs, unclosed, unopened);
    }

    /**
     * «إن "المتهمين سيحاسبون».»: a double mark of one family left open and a closing double mark of another family
     * with nothing to close are one quotation typed with two kinds of mark. Each closing mark takes the nearest
     * open mark before it, once; single marks (apostrophes too) are left alone. One pass in text order.
     */
    private static void closeAcrossFamilies(List<Pair> pairs, List<Pair> unclosed, List<Pair> unopened) {
        if (unclosed.isEmpty() || unopened.isEmpty()) {
            return;
        }
        Deque<Pair> open = new ArrayDeque<>();
        List<Pair> stillUnopened = new ArrayList<>();
        List<Pair> matched = new ArrayList<>();
        int u = 0;
        for (Pair closing : unopened) {
            while (u < unclosed.size() && unclosed.get(u).open() < closing.close()) {
                open.push(unclosed.get(u++));
            }
            Pair opener = open.peek();
            if (opener != null
                    && opener.family() != closing.family()
                    && !QuoteMark.isSingle(opener.family())
                    && !QuoteMark.isSingle(closing.family())) {
                open.pop();
                matched.add(opener);
                pairs.add(new Pair(opener.open(), closing.close(), opener.family()));
            } else {
                stillUnopened.add(closing);
            }
        }
        if (matched.isEmpty()) {
            return;
        }
        unclosed.removeAll(matched);
        unopened.clear();
        unopened.addAll(stillUnopened);
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
    }

    /**
     * «قال: "يجب أن أحارب المافيا داخل "فيفا"».»: one ASCII mark closes both an inner quoted name and the
     * quotation around it. An open mark that is followed only by short quoted names of its family, the last
     * of them closed right before the end of a sentence or of the paragraph, is closed by that same mark.
     */
    private static void closeOnInnerNames(String text, List<Pair> pairs, List<Pair> unclosed) {
        List<Pair> opened = List.copyOf(unclosed);
        List<Pair> paired = List.copyOf(pairs); // in order of the opening mark
        // one pass over both lists in text order: a pair opened after an unclosed mark closes before the next one
        // (a closing mark reaching past an open mark would have dropped it), so each pair is looked at once
        List<Pair> stillOpen = new ArrayList<>();
        int p = 0;
        for (int u = 0; u < opened.size(); u++) {
            Pair outer = opened.get(u);
            int limit = u + 1 < opened.size() ? opened.get(u + 1).open() : text.length();
            while (p < paired.size() && paired.get(p).open() < outer.open()) {
                p++;
            }
            Pair last = null;
            boolean onlyNames = true;
            for (; p < paired.size() && paired.get(p).open() < limit; p++) {
                Pair inner = paired.get(p);
                onlyNames &= inner.family() == outer.family() && isShortName(text, inner);
                last = inner;
            }
            if (last != null && onlyNames && endsSentence(text, last.close() + 1)) {
                pairs.add(new Pair(outer.open(), last.close(), outer.family()));
            } else {
                stillOpen.add(outer);
            }
        }
        unclosed.clear();
        unclosed.addAll(stillOpen);
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
    }

    /** True when the pair encloses at most {@value #MAX_INNER_NAME_WORDS} words. */
    static boolean isShortName(String text, Pair p) {
        String inside = text.substring(p.open() + 1, p.close()).strip();
        return !inside.isEmpty() && inside.split("\\s+").length <= MAX_INNER_NAME_WORDS;
    }

    /** True when only spaces stand between {@code from} and a full stop, «!», «؟» or the end of the text. */
    private static boolean endsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() || ".!?؟…".indexOf(text.charAt(i)) >= 0;
    }

    /** OPENS, CLOSES, or EITHER meaning "not a quotation mark here" (an apostrophe). */
    static QuoteMark.Role roleAt(String text, int i, QuoteMark.Family family, boolean familyIsOpen) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean spaceBefore = Character.isWhitespace(before)
                || OPENING_CONTEXT.indexOf(before) >= 0
                || isOpeningMarkChar(before)
                || opensDoubled(text, i);
        boolean spaceAfter =
                Character.isWhitespace(after) || CLOSING_CONTEXT.indexOf(after) >= 0 || isClosingMarkChar(after);
        if (QuoteMark.isSingle(family) && ArabicText.isWordChar(before) && ArabicText.isWordChar(after)) {
            return QuoteMark.Role.EITHER;
        }
        if ((spaceBefore || afterDrawnOutProclitic(text, i)) && !spaceAfter) {
            return QuoteMark.Role.OPENS;
        }
        if (spaceAfter && !spaceBefore) {
            // «وتابع" من …»: a mark glued to the speech verb before it opens the quotation
            boolean glued =
                    !familyIsOpen && CueWords.endsWithSpeechVerb(text.substring(Math.max(0, i - VERB_REACH), i));
            return glued ? QuoteMark.Role.OPENS : QuoteMark.Role.CLOSES;
        }
        if (familyIsOpen && beforeClosingPunctuation(text, i + 1)) {
            return QuoteMark.Role.CLOSES; // «… في لبنان «.»: an opening glyph typed where the closing one belongs
        }
        QuoteMark.Role usual = QuoteMark.usualRole(text.charAt(i));
        if (usual != QuoteMark.Role.EITHER) {
            return usual;
        }
        if (QuoteMark.isSingle(family) && !familyIsOpen) {
            return QuoteMark.Role.EITHER;
        }
        return familyIsOpen ? QuoteMark.Role.CLOSES : QuoteMark.Role.OPENS;
    }

    /**
     * «وأضاف بلاتر ""فيفا" ستكون دائما وراء روسيا"»: two ASCII double marks after a space (or at the start) and before
     * a letter both open, the quotation's and the inner quoted name's that begins it (issue 14 §1 class 10, the
     * inner name first). Without this the second mark closed the first, an empty pair, and the quotation was lost.
     */
    private static boolean opensDoubled(String text, int i) {
        if (i < 1 || text.charAt(i) != '"' || text.charAt(i - 1) != '"') {
            return false;
        }
        char outerBefore = i >= 2 ? text.charAt(i - 2) : ' ';
        boolean outerOpens = Character.isWhitespace(outerBefore) || OPENING_CONTEXT.indexOf(outerBefore) >= 0;
        return outerOpens && i + 1 < text.length() && ArabicText.isWordChar(text.charAt(i + 1));
    }

    /** Proclitics and the article, folded, that a writer draws out with «ـ» before a quoted word: «بـ"…"», «الـ"…"». */
    private static final java.util.Set<String> PROCLITICS = java.util.Set.of(
            "ب", "ل", "ك", "ف", "و", "ال", "بال", "لل", "كال", "فال", "وال", "وب", "ول", "فب", "فل", "وك", "وبال",
            "ولل");

    /**
     * «بـ"الخطوة الإيجابية"», «فئة الـ"ميني فان"»: a mark right after a proclitic or the article drawn out with «ـ»
     * begins the quoted word the proclitic is joined to, so it opens, whatever its glyph and whether a mark of its
     * family is open. (In the unlabelled news a mark after such a word is followed by a letter about 3,600 times and
     * by a space about 20; «1436هـ"», the year's abbreviation, is no proclitic and still closes.)
     */
    static boolean afterDrawnOutProclitic(String text, int i) {
        int end = i;
        while (end > 0 && text.charAt(end - 1) == 'ـ') {
            end--;
        }
        if (end == i) {
            return false;
        }
        int start = end;
        while (start > 0 && ArabicText.isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && PROCLITICS.contains(ArabicText.fold(text.substring(start, end)));
    }

    /** True when only spaces stand between {@code from} and punctuation that ends a phrase, or the text's end. */
    private static boolean beforeClosingPunctuation(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() || CLOSING_CONTEXT.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isOpeningMarkChar(char c) {
        return QuoteMark.familyOf(c) != null && QuoteMark.usualRole(c) == QuoteMark.Role.OPENS;
    }

    private static boolean isClosingMarkChar(char c) {
        return QuoteMark.familyOf(c) != null && QuoteMark.usualRole(c) == QuoteMark.Role.CLOSES;
    }

    /** Removes and returns the nearest open mark of the family, dropping the unpaired marks above it. */
    private static Pair popOpener(Deque<Pair> open, QuoteMark.Family family, int[] openCount) {
        Iterator<Pair> it = open.iterator();
        while (it.hasNext()) {
            Pair p = it.next();
            it.remove();
            openCount[p.family().ordinal()]--;
            if (p.family() == family) {
                return p;
            }
        }
        return null;
    }
}
