package org.sahifa.quote.attribution;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sahifa.quote.SpeechWords;
import org.sahifa.quote.SpeechWords.VerbGender;

/**
 * Features for the person the narrative is about (issue 14 §1 class 9, docs/speaker-model.md "Round 12"): a speech
 * verb with no subject of its own («وقالت: «…»», «وتابع يقول») continues the person the paragraph talks about, not
 * always an earlier speaker. Every feature here starts with {@value #PREFIX}, so the trainer can leave them all out to
 * compare.
 */
final class NarrativeFeatures {
    static final String PREFIX = "n:";
    /** A mention this many words or fewer from its sentence's start is read as the sentence's subject («وأكد فلان»). */
    static final int SUBJECT_REACH = 2;
    /** The paragraph's person is named at least this often near the quotation. */
    static final int TOPIC_MENTIONS = 2;

    private NarrativeFeatures() {}

    /**
     * What one quotation's narrative says, the same for all its candidates.
     *
     * @param bareVerb the quotation's speech verb stands before it with no candidate named between them
     * @param topic the key of the person named most often before the quotation (paragraph and the one before), or null
     */
    record Narrative(boolean bareVerb, String topic) {}

    static Narrative of(QuoteView view, Collection<Pool> pools) {
        return new Narrative(bareVerb(view, pools), topic(pools));
    }

    /** The narrative features of candidate {@code c}. */
    static void add(QuoteView view, Narrative n, Pool c, List<String> f) {
        String bare = "&bare=" + n.bareVerb();
        if (c.key.equals(n.topic())) {
            f.add(PREFIX + "topic" + bare);
        }
        String subject = subjectOf(view, c);
        if (subject != null) {
            f.add(PREFIX + "subject=" + subject + bare);
        }
        if (n.bareVerb()) {
            f.add(PREFIX + "bare&kind=" + c.kind);
            if (c.previousSpeaker) {
                f.add(PREFIX + "bare&prev");
            }
            if (c.key.equals(view.lastPerson())) {
                f.add(PREFIX + "bare&lastPerson");
            }
            f.add(PREFIX + "bare&gender=" + view.lead() + "&" + SpeakerFeatures.guessGender(c));
        }
        String known = knownGender(view, c);
        if (known != null) {
            f.add(PREFIX + "agree=" + view.lead() + "&" + known);
        }
        if (c.holdsRulesRole) {
            f.add(PREFIX + "holdsRole");
        }
        if (addressee(view, c)) {
            f.add(PREFIX + "addressee");
        }
        String commas = betweenCommas(view, c);
        if (commas != null) {
            f.add(PREFIX + "commas&rel=" + commas);
        }
    }

    /**
     * The candidate's gender as the text shows it near the quotation: the gender of a speech verb up to {@link
     * SpeakerFeatures#VERB_REACH} words before one of its mentions («وقالت هيلاري»), or F after a feminine role
     * («المحامية فلانة»); null when nothing shows it (the name's own ending is {@link SpeakerFeatures#guessGender}).
     */
    static String knownGender(QuoteView view, Pool c) {
        for (Place p : c.places) {
            List<ArticleText.Tok> toks = view.text().tokens(p.block());
            if (p.first() > 0) {
                ArticleText.Tok prev = toks.get(p.first() - 1);
                if (prev.word() && prev.text().endsWith("ة") && SpeechWords.isRole(prev.text())) {
                    return "F";
                }
            }
            int words = 0;
            for (int i = p.first() - 1; i >= 0 && words <= SpeakerFeatures.VERB_REACH; i--) {
                ArticleText.Tok t = toks.get(i);
                if (t.quote() >= 0
                        || !t.word()
                        || t.sentence() != toks.get(p.first()).sentence()) {
                    break;
                }
                VerbGender g = SpeechWords.speechVerb(t.text());
                if (g == VerbGender.FEMININE || g == VerbGender.MASCULINE) {
                    return g == VerbGender.FEMININE ? "F" : "M";
                }
                words++;
            }
        }
        return null;
    }

    /**
     * The speech verb nearest before the quotation in its sentence has no candidate named between it and the opening
     * mark: «وقالت: «…»», «وتابع يقول «…»», «فقال في صحيفة …: «…»».
     */
    static boolean bareVerb(QuoteView view, Collection<Pool> pools) {
        int block = view.quote().block();
        List<ArticleText.Tok> toks = view.text().tokens(block);
        int open = Places.firstTokenOf(view.text(), block, view.q());
        int sentence = Places.sentenceAt(view.text(), block, open);
        int verb = -1;
        for (int i = open - 1;
                i >= Math.max(0, open - QuoteView.REACH) && toks.get(i).sentence() == sentence;
                i--) {
            ArticleText.Tok t = toks.get(i);
            if (t.quote() < 0 && t.word() && SpeechWords.speechVerb(t.text()) != VerbGender.NONE) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (Pool pool : pools) {
            for (Place p : pool.places) {
                if (p.block() == block && p.before() && p.first() > verb && p.first() < open) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The person with the most mentions before the quotation (at least {@value #TOPIC_MENTIONS}); a tie: the nearer. */
    static String topic(Collection<Pool> pools) {
        String best = null;
        int bestCount = TOPIC_MENTIONS - 1;
        int bestWords = Integer.MAX_VALUE;
        for (Pool pool : pools) {
            if (!"PERSON".equals(pool.kind)) {
                continue;
            }
            int count = 0;
            int words = Integer.MAX_VALUE;
            for (Place p : pool.places) {
                if (p.before()) {
                    count++;
                    words = Math.min(words, p.words());
                }
            }
            if (count > bestCount || (count == bestCount && best != null && words < bestWords)) {
                best = pool.key;
                bestCount = count;
                bestWords = words;
            }
        }
        return best;
    }

    /**
     * Where the candidate is last named as a sentence's subject before the quotation (within {@value #SUBJECT_REACH}
     * words of the sentence's start: «وأكد فلان …», «كما أشار فلان …»): the place's relation, or null.
     */
    static String subjectOf(QuoteView view, Pool c) {
        Place best = null;
        for (Place p : c.places) {
            if (p.before() && wordsFromSentenceStart(view.text().tokens(p.block()), p.first()) <= SUBJECT_REACH) {
                best = best == null || p.words() < best.words() ? p : best;
            }
        }
        return best == null ? null : best.relation();
    }

    /** Words before token {@code first} in its sentence (counted up to {@value #SUBJECT_REACH} + 1). */
    static int wordsFromSentenceStart(List<ArticleText.Tok> toks, int first) {
        int words = 0;
        for (int i = first - 1;
                i >= 0 && toks.get(i).sentence() == toks.get(first).sentence();
                i--) {
            if (toks.get(i).word() && ++words > SUBJECT_REACH) {
                break;
            }
        }
        return words;
    }

    /**
     * A mention in the quotation's sentence follows «لـ» — on the name itself («لفلان») or on a body's head noun before it
     * («لوكالة …», «لصحيفة …»): whom the speaker talked to, not the speaker.
     */
    static boolean addressee(QuoteView view, Pool c) {
        String firstWord = SpeechWords.fold(c.name.strip().split("\\s+")[0]).replace("ـ", "");
        for (Place p : c.places) {
            if (!p.sameSentence()) {
                continue;
            }
            List<ArticleText.Tok> toks = view.text().tokens(p.block());
            String raw = SpeechWords.fold(toks.get(p.first()).text()).replace("ـ", "");
            String own = withoutConjunction(raw);
            if (!raw.startsWith(firstWord) && own.startsWith("ل") && own.length() > 2) {
                return true;
            }
            if (p.first() > 0 && toks.get(p.first() - 1).word()) {
                String before = withoutConjunction(toks.get(p.first() - 1).text());
                if (before.equals("ل") || (before.startsWith("ل") && isOutletOrBody(before.substring(1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word folded, without tatweel and without a «و» or «ف» before a «ل» («ولوكالة» → «لوكاله»). */
    static String withoutConjunction(String word) {
        String w = SpeechWords.fold(word).replace("ـ", "");
        return w.length() > 2 && (w.startsWith("و") || w.startsWith("ف")) && w.charAt(1) == 'ل' ? w.substring(1) : w;
    }

    /** A news outlet's head noun («وكالة», «صحيفة», «قناة») or a body's («وزارة»), folded. */
    static boolean isOutletOrBody(String folded) {
        return OUTLETS.contains(folded) || SpeechWords.isBody(folded);
    }

    private static final Set<String> OUTLETS =
            Set.of("وكاله", "صحيفه", "جريده", "مجله", "قناه", "موقع", "اذاعه", "تلفزيون", "شبكه", "محطه", "برنامج");

    /** The nearest mention standing between commas («قال فلان، رئيس الجمعية، إن …»): its relation, or null. */
    static String betweenCommas(QuoteView view, Pool c) {
        Place near = c.nearest();
        if (near == null) {
            return null;
        }
        List<ArticleText.Tok> toks = view.text().tokens(near.block());
        boolean before = near.first() > 0 && isComma(toks.get(near.first() - 1));
        boolean after = near.last() + 1 < toks.size() && isComma(toks.get(near.last() + 1));
        return before && after ? near.relation() : null;
    }

    private static boolean isComma(ArticleText.Tok t) {
        return t.text().equals("،") || t.text().equals(",");
    }
}
