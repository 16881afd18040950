package org.sahifa.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;

/**
 * Quoted stretches that are a person's name, not what someone said (round 9, blind10's false quotations):
 * <ul>
 *   <li>a name with an age after a dash, the caption of a victim or a player: «"سالم حمدان -40 عاما"», «"ليلى-
 *       عام ونصف"»: the age closes it, so it is a label, wherever it stands;
 *   <li>a person the recogniser found, written longer or shorter: «شاعر الحي "سالم فهد العتيق"» when «سالم فهد» was
 *       found, «الطفل "ليلى العتيق"» when another «… العتيق» was found. The words beyond the found name are at most
 *       one, and none is a particle, a cue, a number or ends with punctuation; the first word has no article, and the
 *       stretch stands in apposition right after a word with the article (the person's description), so after «:»,
 *       a speech cue or a verb it stays a quotation.
 * </ul>
 */
final class QuotedPersonNames {
    /** How many tokens back a speech cue introducing the stretch is looked for: keeps a huge paragraph linear. */
    static final int CUE_REACH = 60;
    /** Longest quoted stretch, in words, read as a found person's name. */
    static final int MAX_WORDS = 4;

    /**
     * A dash, then an age: a number, a unit of time, or both, «ونصف» allowed («- 38 عاما», «-4سنوات», «- عام ونصف»).
     */
    private static final Pattern AGE = Pattern.compile(
            "\\s*[-–—]\\s*[0-9٠-٩]*\\s*(عام|عاما|عاماً|أعوام|سنة|سنوات|سنين|شهر|شهرا|شهراً|أشهر|شهور)(\\s+ونصف)?\\s*$");

    /** Words of the people found, folded, each a list of two or more words. */
    private final List<String[]> people = new ArrayList<>();
    /** The last word of each person of two or more words: a family name. */
    private final Set<String> familyNames = new HashSet<>();

    QuotedPersonNames(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String[] words = ArabicText.fold(e.name()).strip().split("\\s+");
            if (words.length >= 2) {
                people.add(words);
                familyNames.add(words[words.length - 1]);
            }
        }
    }

    /** True when {@code quotedText} is a person's name by the rules above. */
    boolean isName(List<Token> before, String quotedText) {
        if (isNameWithAge(quotedText)) {
            return true;
        }
        if (people.isEmpty() || !afterDescribingNoun(before)) {
            return false;
        }
        String[] words = ArabicText.fold(quotedText).strip().split("\\s+");
        if (words.length < 2
                || words.length > MAX_WORDS
                || !allNameLike(quotedText.strip().split("\\s+"))
                || ArabicText.isDefinite(words[0])) {
            return false;
        }
        if (familyNames.contains(words[words.length - 1])) {
            return true;
        }
        for (String[] person : people) {
            if (words.length <= person.length + 1 && startsWith(words, person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «الطفل "…"», «شاعر الحي الكبير "…"»: a word with the article right before the mark, the person's description
     * the name stands in apposition to (not a speech cue, not a colon).
     */
    private static boolean afterDescribingNoun(List<Token> before) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String w = before.get(before.size() - 1).folded();
        return ArabicText.isDefinite(w)
                && CueWords.lookup(w) == null
                && !WordLists.isFunctionWord(w)
                && !introducedBySpeechCue(before);
    }

    /**
     * «وقال الطلاب "…"»: a speech cue earlier in the sentence with no «أن»/«إن» between it and the mark introduces
     * the quoted stretch as what was said. After «أن» («وأكد أن … الطفل "…"») the cue's speech is the reported
     * clause, and the quoted stretch inside it may be a name.
     */
    private static boolean introducedBySpeechCue(List<Token> before) {
        int floor = Math.max(0, before.size() - CUE_REACH);
        for (int k = before.size() - 1; k >= floor && !before.get(k).endsSentence(); k--) {
            Token t = before.get(k);
            if (!t.isWord()) {
                continue;
            }
            String w = t.folded();
            if (w.equals("ان") || w.equals("بان") || w.equals("وان")) {
                return false;
            }
            if (CueWords.lookup(w) != null) {
                return true;
            }
        }
        return false;
    }

    /** «"سالم حمدان -40 عاما"»: one to four words with no digit, then a dash and an age. */
    static boolean isNameWithAge(String quotedText) {
        var m = AGE.matcher(quotedText);
        if (!m.find()) {
            return false;
        }
        String name = quotedText.substring(0, m.start()).strip();
        int words = ArabicText.wordCount(name);
        return words >= 1
                && words <= MAX_WORDS
                && name.chars().noneMatch(Character::isDigit)
                && allNameLike(name.split("\\s+"));
    }

    /** No particle, cue, digit or punctuation: every word could be part of a name. */
    private static boolean allNameLike(String[] written) {
        for (String raw : written) {
            String w = ArabicText.fold(raw);
            // «علي» written with «ي» is the given name; the preposition is written «على» (both fold alike)
            boolean givenAli = raw.equals("علي");
            if (w.isEmpty()
                    || (WordLists.isFunctionWord(w) && !givenAli)
                    || CueWords.lookup(w) != null
                    || !w.chars().allMatch(c -> ArabicText.isWordChar((char) c) && !Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(String[] words, String[] prefix) {
        if (words.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (!words[k].equals(prefix[k])) {
                return false;
            }
        }
        return true;
    }
}
