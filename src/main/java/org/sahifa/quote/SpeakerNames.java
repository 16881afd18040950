package org.sahifa.quote;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * The names a speaker phrase resolves to: an entity's canonical name, or a name read from the text, joined to the one
 * longer name read elsewhere in the article; and who a «ل» phrase addresses rather than names. One instance serves one
 * {@link PhraseReader}, so one call of the quote finder.
 */
final class SpeakerNames {
    /** How many paragraphs back «الوزارة» may look for the ministry it refers to. */
    static final int BODY_REFERENCE_BLOCKS = 10;
    /** Most adjectives of origin read on after a body's name: «الوطنية السعودية». */
    static final int MAX_NISBA_WORDS = 2;

    private final List<Block> blocks;
    private final EntityIndex entities;
    /** Names read from the text, not the recogniser's, for {@link #longestFormRead}. */
    private final Set<String> namesRead = new LinkedHashSet<>();
    /** Lazily, every word of the article, folded ({@link #wordsWritten}). */
    private Set<String> wordsWritten;

    SpeakerNames(List<Block> blocks, EntityIndex entities) {
        this.blocks = blocks;
        this.entities = entities;
    }

    /** The entity's canonical name when the text names one, else the text itself. */
    String nameOf(int b, int from, int to) {
        String text = blocks.get(b).text().substring(from, to).strip();
        Entity e = entities.resolve(text, b);
        if (e == null) {
            e = organisationReferredTo(text, b, from);
        }
        if (e != null) {
            return e.name();
        }
        String read = organisationReadBefore(text);
        if (read != null) {
            return read;
        }
        text = blocks.get(b)
                .text()
                .substring(from, withNisba(blocks.get(b).text(), text, to))
                .strip();
        namesRead.add(text);
        return text;
    }

    /**
     * The end of a body's name read from the text with the adjectives of origin after it: «نادي الأسير الفلسطيني»,
     * «وزارة النقل الماليزية» (the name reader stops a name after one word with the article).
     */
    private static int withNisba(String block, String name, int to) {
        String first = ArabicText.fold(ArabicText.firstWord(name));
        if (!WordLists.isBody(first) || ArabicText.isDefinite(first)) {
            return to;
        }
        int end = to;
        for (int n = 0; n < MAX_NISBA_WORDS; n++) {
            int start = end;
            while (start < block.length() && block.charAt(start) == ' ') {
                start++;
            }
            int stop = start;
            while (stop < block.length() && ArabicText.isWordChar(block.charAt(stop))) {
                stop++;
            }
            String w = ArabicText.fold(block.substring(start, stop));
            if (!w.startsWith("ال") || !PhraseWords.isNisba(w.substring(2))) {
                break;
            }
            end = stop;
        }
        return end;
    }

    /** «الوزارة» after a ministry read from the text, not found by the recogniser: the last such name read. */
    private String organisationReadBefore(String text) {
        String folded = ArabicText.fold(text);
        if (folded.indexOf(' ') >= 0 || !folded.startsWith("ال") || !WordLists.isBody(folded)) {
            return null;
        }
        String head = folded.substring(2) + " ";
        String last = null;
        for (String name : namesRead) {
            last = ArabicText.fold(name).startsWith(head) ? name : last;
        }
        return last;
    }

    /**
     * «الوزارة», «الشركة»: a body's head noun with the article, alone, refers to the organisation named last with
     * that head («وزارة الصحة»), at most {@value #BODY_REFERENCE_BLOCKS} paragraphs back; or null.
     */
    private Entity organisationReferredTo(String text, int b, int from) {
        String folded = ArabicText.fold(text);
        if (folded.indexOf(' ') >= 0 || !folded.startsWith("ال") || !WordLists.isBody(folded)) {
            return null;
        }
        return entities.lastOrganisationHeaded(folded.substring(2), b, from, BODY_REFERENCE_BLOCKS);
    }

    /**
     * For a name read from the text, the one longer name read anywhere in the article that it is a
     * shorter form of («لافروف» of «سيرغي لافروف»), so that without the recogniser one person still
     * has one name; the name itself when there is none or more than one (or it is an entity's).
     */
    String longestFormRead(String name) {
        if (name == null || !namesRead.contains(name)) {
            return name;
        }
        String[] words = ArabicText.fold(name).split(" ");
        String longer = null;
        for (String other : namesRead) {
            String[] otherWords = ArabicText.fold(other).split(" ");
            if (otherWords.length > words.length && EntityIndex.containsRun(otherWords, words)) {
                if (longer != null && !longer.equals(other)) {
                    return name;
                }
                longer = other;
            }
        }
        return longer != null ? longer : name;
    }

    /** «له»، «للصحفيين»، «لوزيرة الخارجية»، «لقناة …»: who was spoken to, not who spoke. */
    boolean isAddressee(int b, Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.folded();
        if (w.equals("له") || w.equals("لها") || w.equals("لهم") || w.equals("لنا") || w.equals("لي")) {
            return true;
        }
        if (!w.startsWith("ل") || w.length() < 3) {
            return false;
        }
        EntityIndex.Located located = entities.at(b, t.start(), t.end());
        if (located != null) {
            return located.mention().start() > t.start();
        }
        String rest = w.substring(1);
        return w.startsWith("لل")
                || WordLists.isRole(rest)
                || WordLists.isTitleNoun(rest)
                || (rest.length() >= 4 && wordsWritten().contains(rest));
    }

    /**
     * Every word the article writes, folded: «لرويترز» addresses «رويترز» when the article also writes «رويترز»
     * alone; a name that merely begins with «ل» («لافروف») leaves no such word behind.
     */
    private Set<String> wordsWritten() {
        if (wordsWritten == null) {
            wordsWritten = new HashSet<>();
            for (Block block : blocks) {
                String text = block.text();
                int i = 0;
                while (i < text.length()) {
                    int start = i;
                    while (i < text.length() && ArabicText.isWordChar(text.charAt(i))) {
                        i++;
                    }
                    if (i > start) {
                        wordsWritten.add(ArabicText.fold(text, start, i));
                    } else {
                        i++;
                    }
                }
            }
        }
        return wordsWritten;
    }
}
