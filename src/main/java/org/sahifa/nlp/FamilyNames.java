package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A family name used alone after the full name: «وقال الخطيب» after «خالد الخطيب», «وأضاف الكرك» after «يوسف
 * الكرك». Document-level decisions of {@link DocumentEntities} over the spans of one article.
 */
final class FamilyNames {
    /** Normalised «أن», «إن» and their forms with a pronoun: a subject stands before them. */
    private static final Set<String> THAT_CLAUSE_OPENERS = Set.of("ان", "انه", "انها", "انهم");

    private FamilyNames() {}

    /**
     * A one-word place or organisation that is the last word of a person named earlier in the article is that person:
     * the model reads «الكرك» (also a town) or «الخطيب» as a place where the article means «يوسف الكرك». A listed
     * place changes only where a subject stands (after a speech verb or before «أن»/«إن»): «زار الكرك» stays the town.
     */
    static List<NameSpan> retype(
            List<NameSpan> spans, List<DocumentEntities.TaggedSentence> sentences, Gazetteer gazetteer) {
        Map<String, NameSpan> firstPerson = new HashMap<>();
        for (NameSpan span : spans) {
            if (span.type().equals("PERS") && span.end() - span.start() > 1) {
                String last = sentences.get(span.sentence()).words().norm[span.end() - 1];
                if (last.length() >= DocumentEntities.MIN_SHORT_FORM) {
                    firstPerson.putIfAbsent(last, span);
                }
            }
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            SentenceWords w = sentences.get(span.sentence()).words();
            String word = w.norm[span.start()].substring(span.cliticChars());
            NameSpan person = firstPerson.get(word);
            boolean retype = span.end() - span.start() == 1
                    && (span.type().equals("LOC") || span.type().equals("ORG"))
                    && !span.lamLam()
                    && person != null
                    && before(person, span)
                    && (!gazetteer.isPlace(word) || standsAsSubject(w, span.start()));
            out.add(
                    retype
                            ? new NameSpan(span.sentence(), span.start(), span.end(), "PERS", span.cliticChars(), false)
                            : span);
        }
        return out;
    }

    private static boolean before(NameSpan a, NameSpan b) {
        return a.sentence() < b.sentence() || a.sentence() == b.sentence() && a.end() <= b.start();
    }

    /**
     * Family names with the article that are also everyday words («الجمال», beauty, of «منى الجمال»): too risky to
     * carry everywhere, they are carried only where a subject stands ({@link #standsAsSubject}).
     */
    static Set<String> subjectOnly(
            List<NameSpan> spans, List<DocumentEntities.TaggedSentence> sentences, Gazetteer gazetteer) {
        Set<String> out = new HashSet<>();
        for (NameSpan span : spans) {
            if (span.type().equals("PERS") && span.end() - span.start() > 1) {
                String last = sentences.get(span.sentence()).words().norm[span.end() - 1];
                if (last.startsWith("ال")
                        && last.length() > 4
                        && gazetteer.isCommon(last)
                        && !NameWords.NEVER_NAMES.contains(last)
                        && !UnlikelyPersons.isNoNameAlone(last, gazetteer)) {
                    out.add(last);
                }
            }
        }
        return out;
    }

    /**
     * True where a subject stands: the word after {@code i} opens a that-clause («أن», «إن», «أنه»), or the word before
     * it is a speech verb («وأضاف الجمال …», «وقالت الحجار …»).
     */
    static boolean standsAsSubject(SentenceWords w, int i) {
        return i + 1 < w.length() && THAT_CLAUSE_OPENERS.contains(w.norm[i + 1]) || NameWords.isSpeechVerb(w, i - 1);
    }

    /**
     * Two person spans side by side are one name: «وقال عيسى» + «قراقع», where the family name was found elsewhere in
     * the article and carried here after the given name. A second span whose first word carries «و» is another
     * person («الحوثي وصالح»), and a first span ending on a title or a word with the article is not a given name
     * («الملا» + «منصور», «العزيز» + «معوكس» in an address). A span is a person if {@code isPerson} says so (the article's vote on its form: «قراقع»
     * read once as an organisation is still the person). Spans come sorted (sentence, start).
     */
    static List<NameSpan> joinAdjacent(
            List<NameSpan> spans, List<DocumentEntities.TaggedSentence> sentences, Predicate<NameSpan> isPerson) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            NameSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean join = last != null
                    && isPerson.test(last)
                    && isPerson.test(span)
                    && last.sentence() == span.sentence()
                    && last.end() == span.start()
                    && span.cliticChars() == 0
                    && opensName(sentences.get(last.sentence()).words(), last.end() - 1)
                    && !sentences
                            .get(span.sentence())
                            .words()
                            .clitic[span.start()]
                            .startsWith("و");
            if (join) {
                out.set(
                        out.size() - 1,
                        new NameSpan(
                                last.sentence(), last.start(), span.end(), "PERS", last.cliticChars(), last.lamLam()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** A word a family name may follow: no title, no article («عيسى», not «الملا» or «العزيز»). */
    private static boolean opensName(SentenceWords w, int i) {
        return !NameWords.isTitle(w, i) && !w.stem[i].startsWith("ال");
    }
}
