package org.sahifa.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Interruption;

/**
 * Finds who said each quotation, in article order, remembering who spoke so far.
 *
 * <p>For one quotation, in order: a speech cue in its own sentence before it, nearest first
 * («وقال لافروف “…”», «نقلت … عن لافروف قوله “…”», «بحسب …»); when the cue names nobody, an earlier
 * quotation of the same sentence, «من جانبه», the sentence's subject («وأشاد لافروف … معتبرا أنها
 * “…”»), then the last speaker of the right gender at most {@value #MAX_CONTINUATION_BLOCKS}
 * paragraphs back («وأضاف “…”»). Without a cue before it: a cue right after it («“…”، قال لافروف»،
 * «“…”، على حد تعبيره»), an English sentence's speaker ({@link EnglishSpeech}), or a name and a colon
 * («لافروف: “…”»).
 * Otherwise nobody: a speaker is never guessed from far away.
 */
final class SpeakerFinder {
    /** How many paragraphs back «وأضاف» may look for whom it continues. */
    static final int MAX_CONTINUATION_BLOCKS = 2;
    /** Fewest words of a quotation without a cue that the subject of its sentence is taken to have said. */
    static final int MIN_WORDS_FOR_ACTOR = 4;

    private final List<Block> blocks;
    private final PhraseReader reader;
    private final Antecedents antecedents;
    private final List<QuoteSpan> spans;
    private final String[] spanSpeakers;
    /** Spans whose words a speaker cites from someone else («بقول …:»): not the speaker's for what follows. */
    private final boolean[] citedSpans;
    /** For each span, the index of its token among the tokens of its first block, and of its last block. */
    private final int[] firstTokens;

    private final int[] lastTokens;
    /** Who spoke, by position ({@link #position}): subjects of speech verbs and speakers of quotations. */
    private final TreeMap<Long, Speaker> spoken = new TreeMap<>();
    /** The subject read after each speech verb, by the verb's position; {@link #NO_SUBJECT} when none. */
    private final Map<Long, Speaker> verbSubjects = new HashMap<>();

    private static final Speaker NO_SUBJECT = new Speaker("", Gender.UNKNOWN);

    /** What the words before a quotation say about its speaker. */
    private record Lead(Speaker speaker, boolean cueSeen, Gender gender, boolean forOnesPart) {}

    /**
     * @param firstTokens for each span, the index of its token among the tokens of its first block
     * @param lastTokens  the same among the tokens of its last block
     */
    SpeakerFinder(
            List<Block> blocks,
            PhraseReader reader,
            EntityIndex entities,
            List<QuoteSpan> spans,
            int[] firstTokens,
            int[] lastTokens) {
        this.blocks = blocks;
        this.reader = reader;
        this.antecedents = new Antecedents(reader, entities);
        this.spans = spans;
        this.spanSpeakers = new String[spans.size()];
        this.citedSpans = new boolean[spans.size()];
        this.firstTokens = firstTokens;
        this.lastTokens = lastTokens;
        rememberReportedSpeech();
    }

    /**
     * Subjects of speech verbs outside quotations, so that «وأضاف “…”» can continue reported speech, and the
     * subjects of sentences opened by other verbs («التقى الوزير فلان …»), which it may continue too.
     */
    private void rememberReportedSpeech() {
        for (int b = 0; b < blocks.size(); b++) {
            Interruption.check();
            List<Token> toks = reader.tokens(b);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (i == 0 || PhraseWords.endsSentence(toks, i - 1)) {
                    Speaker actor = antecedents.actor(b, toks, i, sentenceEnd(toks, i));
                    if (actor != null) {
                        spoken.put(position(b, t.start()), actor);
                    }
                }
                CueWords.Cue cue = CueWords.lookupAt(toks, i);
                if (isVerbCue(cue, toks, i)) {
                    Speaker s = subjectAfter(b, i, sentenceEnd(toks, i), cue);
                    verbSubjects.put(position(b, t.start()), s == null ? NO_SUBJECT : s);
                    if (s != null && s.name() != null) {
                        spoken.put(position(b, t.start()), s);
                    }
                }
            }
        }
    }

    /** A speech verb at token {@code i}, not a noun after a preposition («في إفادة صحفية»). */
    private static boolean isVerbCue(CueWords.Cue cue, List<Token> toks, int i) {
        return cue != null && cue.kind() == CueWords.Kind.VERB && !Antecedents.afterPreposition(toks, i);
    }

    /**
     * The subject of the speech verb at token {@code verb}: none written when the verb follows «أنه» (the pronoun
     * is the subject), the issuer of a statement («وأوضح البيان»), or the words after the verb.
     */
    private Speaker subjectAfter(int b, int verb, int limit, CueWords.Cue cue) {
        List<Token> toks = reader.tokens(b);
        if (Antecedents.pronounSubject(toks, verb)) {
            return null;
        }
        Speaker statement = antecedents.statementSubject(b, verb, limit, cue.gender());
        if (statement != null) {
            return statement;
        }
        Speaker subject = reader.subjectAfterVerb(b, verb, limit, cue);
        if (subject == null) {
            return antecedents.personRightBefore(b, verb, cue.gender()); // «لكن الوزير فلان حذر من …»
        }
        if (subject != null && Antecedents.feminineBodyAfterMasculine(subject, cue.gender())) {
            return null; // «ودعا الجامعة …»: the verb would be «دعت» for it; it is the object
        }
        if (subject != null && subject.name() == null) {
            // a role the reader could not name: the person may stand right before «إن» after a long complement
            Speaker named = antecedents.personNamedAfterRole(b, verb, limit, cue.gender());
            return named != null ? named : subject;
        }
        return subject;
    }

    /** The speaker of span {@code s}; call in span order. */
    String speakerOf(int s) {
        QuoteSpan span = spans.get(s);
        Speaker speaker = find(s, span);
        String shown = speaker == null ? null : speaker.shown();
        if (shown != null && PhraseWords.namesItsSpeaker(span.text(blocks), shown)) {
            return null; // «وأوضح "الأستاذ فلان الفلاني" المشرف …»: a name in marks, not words its bearer said
        }
        if (shown != null) {
            spanSpeakers[s] = shown;
            spoken.put(position(span.block(), span.start()), new Speaker(shown, speaker.gender()));
            return shown;
        }
        return null;
    }

    private Speaker find(int s, QuoteSpan span) {
        int b = span.block();
        List<Token> toks = reader.tokens(b);
        int q = firstTokens[s];
        int start = sentenceStart(toks, q);
        if (!hasWord(toks, start, q) && b > 0 && endsWithColon(reader.tokens(b - 1))) {
            b = b - 1;
            toks = reader.tokens(b);
            q = toks.size() - 1;
            start = sentenceStart(toks, q);
        }
        Speaker cited = citedBeforeColon(b, toks, start, q);
        if (cited != null) {
            citedSpans[s] = true;
            return cited; // «استشهد بقول الروائي جورج أورويل: "…"»: the words are the novelist's, not the citer's
        }
        Lead lead = readLead(b, toks, start, q);
        long here = position(span.block(), span.start());
        if (lead.speaker() != null && lead.speaker().name() == null) {
            // «وأضاف القائد والمدرب السابق للأرجنتين "…"» after «قال … مارادونا»: the role describes who just spoke
            Speaker same = speakerEarlierInParagraph(here, lead.gender());
            return same != null ? same : lead.speaker();
        }
        if (lead.speaker() != null) {
            return lead.speaker();
        }
        if (lead.cueSeen() || lead.forOnesPart()) {
            Speaker earlier = earlierQuotationInSentence(toks, start, q, lead.gender());
            if (earlier != null) {
                return earlier;
            }
            if (lead.forOnesPart()) {
                // «من جهته، هنأ فلان … معتبرا أن «…»»: the sentence's own subject, when it is not the last speaker
                Speaker own = reader.sentenceSubject(b, start, q, lead.gender());
                if (own != null && own.name() != null && !own.name().equals(lastSpeaker(here))) {
                    return own;
                }
                Speaker named = reader.recentPerson(b, toks.get(q).start(), lead.gender(), lastSpeaker(here));
                return named != null ? named : continuation(here, lead.gender(), true);
            }
            Speaker subject = reader.sentenceSubject(b, start, q, lead.gender());
            boolean agrees = subject != null && !Antecedents.feminineBodyAfterMasculine(subject, lead.gender());
            return agrees ? subject : continuation(here, lead.gender(), false);
        }
        Speaker after = readTail(span, s);
        if (after != null) {
            return after;
        }
        Speaker earlier = earlierQuotationInSentence(toks, start, q, Gender.UNKNOWN);
        if (earlier != null) {
            return earlier;
        }
        Speaker english = EnglishSpeech.beforeQuotation(reader, b, toks, start, q);
        if (english != null) {
            return english;
        }
        if (q > 0 && toks.get(q - 1).isPunctuation(':')) {
            Speaker headline = reader.headlineSpeaker(b, start, q - 1);
            return headline != null ? headline : reader.sentenceSubject(b, start, q - 1, Gender.UNKNOWN);
        }
        // «وعرض فلان رؤيته التي تتمثل في «…»»: a quotation of some length in a sentence a person opens as subject
        boolean longEnough = ArabicText.wordCount(span.text(blocks)) >= MIN_WORDS_FOR_ACTOR;
        return longEnough && span.block() == b ? antecedents.actor(b, toks, start, q) : null;
    }

    /** Cues before the quotation in its sentence, nearest first, skipping asides between dashes or brackets. */
    private Lead readLead(int b, List<Token> toks, int start, int q) {
        boolean[] aside = PhraseWords.asides(toks, start, q);
        boolean cueSeen = false;
        boolean forOnesPart = false;
        Gender gender = Gender.UNKNOWN;
        for (int c = q - 1; c >= start; c--) {
            Token t = toks.get(c);
            CueWords.Cue cue = t.isWord() && !aside[c - start] ? CueWords.lookupAt(toks, c) : null;
            if (cue == null) {
                continue;
            }
            if (cue.kind() == CueWords.Kind.FOR_ONES_PART) {
                if (c > start && ArabicText.isWordOrConjoined(toks.get(c - 1).folded(), "من")) {
                    forOnesPart = true;
                    gender = cueSeen ? gender : cue.gender();
                }
                continue;
            }
            if (cue.kind() == CueWords.Kind.VERB && Antecedents.afterPreposition(toks, c)) {
                continue; // «في إفادة صحفية»: a noun, not «أفاده»
            }
            if (!cueSeen) {
                gender = cue.gender();
                cueSeen = true;
            }
            Speaker found = switch (cue.kind()) {
                case VERB -> subjectOfVerb(b, c, q, cue);
                case REPORT -> sourceAfterAn(b, toks, c + 1, q, gender);
                case QUOTING_NOUN -> sourceBefore(b, toks, start, c, cue.gender());
                case RELAY -> relaySource(b, toks, c, q, gender);
                default -> null;
            };
            if (found != null) {
                return new Lead(found, true, gender, forOnesPart);
            }
        }
        return new Lead(null, cueSeen, gender, forOnesPart);
    }

    /**
     * The subject of the speech verb at token {@code c}; the subject never runs past a quotation,
     * so the one read for reported speech over the whole sentence serves.
     */
    private Speaker subjectOfVerb(int b, int c, int q, CueWords.Cue cue) {
        Speaker known = verbSubjects.get(position(b, reader.tokens(b).get(c).start()));
        if (known == null) {
            return subjectAfter(b, c, q, cue);
        }
        return known == NO_SUBJECT ? null : known;
    }

    /** «نقلت وكالة … عن لافروف»: whoever follows «عن» between {@code from} and {@code q}. */
    private Speaker sourceAfterAn(int b, List<Token> toks, int from, int q, Gender gender) {
        for (int k = from; k < q; k++) {
            if (toks.get(k).isWord() && ArabicText.isWordOrConjoined(toks.get(k).folded(), "عن")) {
                return reader.phraseAt(b, k + 1, q, true, false, gender);
            }
        }
        return null;
    }

    /**
     * «نقلت رويترز عن مسؤول، طلب عدم الكشف عن هويته، قوله»: whoever follows the first «عن» after
     * the reporting verb, or without one the last «عن» before «قوله» at {@code noun}.
     */
    private Speaker sourceBefore(int b, List<Token> toks, int start, int noun, Gender gender) {
        for (int k = noun - 1; k >= start; k--) {
            CueWords.Cue cue =
                    toks.get(k).isWord() ? CueWords.lookup(toks.get(k).folded()) : null;
            if (cue != null && cue.kind() == CueWords.Kind.REPORT) {
                Speaker source = sourceAfterAn(b, toks, k + 1, noun, gender);
                if (source != null) {
                    return source;
                }
                break;
            }
        }
        for (int k = noun - 1; k >= start; k--) {
            if (toks.get(k).isWord() && ArabicText.isWordOrConjoined(toks.get(k).folded(), "عن")) {
                return reader.phraseAt(b, k + 1, noun, true, false, gender);
            }
        }
        return null;
    }

    /** «بحسب لافروف»، «وفقا للوزير»، «على لسان …»; not «وفق ما نقلت …», which names a relay, not the speaker. */
    private Speaker relaySource(int b, List<Token> toks, int relay, int limit, Gender gender) {
        String word = ArabicText.stripClitic(toks.get(relay).folded());
        if (word.equals("لسان")
                && (relay == 0
                        || !ArabicText.isWordOrConjoined(toks.get(relay - 1).folded(), "علي"))) {
            return null;
        }
        int i = relay + 1;
        if (i < limit && toks.get(i).isWord() && toks.get(i).folded().equals("عن")) {
            i++;
        }
        if (i >= limit || !toks.get(i).isWord() || toks.get(i).folded().equals("ما")) {
            return null;
        }
        return reader.phraseAt(b, i, limit, true, true, gender);
    }

    /** «“…”، قال لافروف»، «“…”، بحسب المصدر»، «“…” على حد قوله». */
    private Speaker readTail(QuoteSpan span, int s) {
        int b = span.endBlock();
        List<Token> toks = reader.tokens(b);
        int q = lastTokens[s];
        int end = sentenceEnd(toks, q + 1);
        int i = q + 1;
        while (i < end && !toks.get(i).isWord()) {
            if (toks.get(i).kind() != Token.Kind.PUNCTUATION) {
                return null;
            }
            i++;
        }
        if (i >= end) {
            return null;
        }
        boolean asPutBy = i + 2 < end
                && ArabicText.isWordOrConjoined(toks.get(i).folded(), "علي")
                && toks.get(i + 1).folded().equals("حد");
        boolean ownWords = asPutBy && isOwnWords(toks.get(i + 2));
        if (asPutBy && !ownWords && i + 3 < end && isWordsOf(toks.get(i + 2))) {
            // «“…”، على حد تعبير كولر»
            return reader.phraseAt(b, i + 3, end, true, false, Gender.UNKNOWN);
        }
        CueWords.Cue cue = CueWords.lookup(toks.get(i).folded());
        if (cue == null && !ownWords) {
            return EnglishSpeech.afterQuotation(reader, b, toks, i, end);
        }
        Gender gender = cue != null ? cue.gender() : Gender.UNKNOWN;
        if (cue != null && cue.kind() == CueWords.Kind.RELAY) {
            ownWords = i + 1 < end && isOwnWords(toks.get(i + 1));
        }
        if (!ownWords) {
            Speaker named = switch (cue.kind()) {
                case VERB -> subjectAfter(b, i, end, cue);
                case RELAY -> relaySource(b, toks, i, end, gender);
                default -> null;
            };
            if (named != null || cue.kind() != CueWords.Kind.VERB) {
                return named;
            }
        }
        int start = sentenceStart(toks, q);
        Speaker subject = reader.sentenceSubject(b, start, q, gender);
        return subject != null ? subject : continuation(position(span.block(), span.start()), gender, false);
    }

    /** Whoever follows «بقول» or «قول» in the sentence when a colon ends it right before the quotation. */
    private Speaker citedBeforeColon(int b, List<Token> toks, int start, int q) {
        if (q < 2 || !toks.get(q - 1).isPunctuation(':')) {
            return null;
        }
        for (int k = q - 2; k >= start; k--) {
            String w = toks.get(k).isWord() ? toks.get(k).folded() : "";
            if (w.equals("بقول") || w.equals("قول")) {
                return k + 1 < q - 1 ? reader.phraseAt(b, k + 1, q - 1, true, false, Gender.UNKNOWN) : null;
            }
        }
        return null;
    }

    /** «قول»، «تعبير»، «وصف» before a name: «على حد تعبير كولر». */
    private static boolean isWordsOf(Token t) {
        String w = t.folded();
        return w.equals("قول") || w.equals("تعبير") || w.equals("وصف");
    }

    /** «قوله»، «تعبيرها»، «وصفه»: the speaker's own words, referring back to the subject. */
    private static boolean isOwnWords(Token t) {
        String w = t.folded();
        for (String noun : new String[] {"قول", "تعبير", "وصف"}) {
            if (w.startsWith(noun)
                    && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"))
                    && w.length() <= noun.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private Speaker earlierQuotationInSentence(List<Token> toks, int start, int q, Gender gender) {
        for (int k = q - 1; k >= start; k--) {
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.QUOTATION && spanSpeakers[t.span()] != null && !citedSpans[t.span()]) {
                return new Speaker(spanSpeakers[t.span()], gender);
            }
        }
        return null;
    }

    /**
     * The last speaker before {@code here} whom a verb of {@code gender} can refer to, at most
     * {@value #MAX_CONTINUATION_BLOCKS} paragraphs back and not across a sub-heading. With
     * {@code someoneElse} («من جانبه»), the last speaker is skipped.
     */
    private Speaker continuation(long here, Gender gender, boolean someoneElse) {
        int block = (int) (here >>> 32);
        String skip = null;
        for (Map.Entry<Long, Speaker> e :
                spoken.headMap(here, false).descendingMap().entrySet()) {
            int b = (int) (e.getKey() >>> 32);
            if (block - b > MAX_CONTINUATION_BLOCKS || headingBetween(b, block)) {
                return null;
            }
            Speaker s = e.getValue();
            if (someoneElse && skip == null) {
                skip = s.name();
                continue;
            }
            if (s.name().equals(skip)) {
                continue;
            }
            if (gender.agreesWith(s.gender())) {
                return new Speaker(s.name(), s.gender() == Gender.UNKNOWN ? gender : s.gender());
            }
        }
        return null;
    }

    /** The last speaker before {@code here} in the same paragraph, when {@code gender} can refer to them; or null. */
    private Speaker speakerEarlierInParagraph(long here, Gender gender) {
        Map.Entry<Long, Speaker> last = spoken.lowerEntry(here);
        if (last == null
                || (last.getKey() >>> 32) != (here >>> 32)
                || !gender.agreesWith(last.getValue().gender())) {
            return null;
        }
        return last.getValue();
    }

    private String lastSpeaker(long here) {
        Map.Entry<Long, Speaker> last = spoken.lowerEntry(here);
        return last == null ? null : last.getValue().name();
    }

    private boolean headingBetween(int from, int to) {
        for (int b = from + 1; b <= to; b++) {
            if (blocks.get(b).type() == BlockType.HEADING) {
                return true;
            }
        }
        return false;
    }

    static int sentenceStart(List<Token> toks, int q) {
        int i = q;
        while (i > 0 && !PhraseWords.endsSentence(toks, i - 1)) {
            i--;
        }
        return i;
    }

    static int sentenceEnd(List<Token> toks, int from) {
        int i = from;
        while (i < toks.size() && !PhraseWords.endsSentence(toks, i)) {
            i++;
        }
        return i;
    }

    private static boolean hasWord(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (toks.get(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithColon(List<Token> toks) {
        return !toks.isEmpty() && toks.get(toks.size() - 1).isPunctuation(':');
    }

    /** Block and character offset as one sortable number. */
    static long position(int block, int offset) {
        return ((long) block << 32) | offset;
    }
}
