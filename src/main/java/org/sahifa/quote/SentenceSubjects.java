package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.EntityType;

/**
 * Who speaks when no speech verb introduces the quotation: the subject of the sentence holding it, the
 * speaker named by a noun of saying, or the person named last. Split from {@link PhraseReader}.
 */
final class SentenceSubjects {
    private final PhraseReader reader;
    private final NameReader names;
    private final List<Block> blocks;
    private final List<List<Token>> tokens;
    private final EntityIndex entities;

    SentenceSubjects(
            PhraseReader reader, NameReader names, List<Block> blocks, List<List<Token>> tokens, EntityIndex entities) {
        this.reader = reader;
        this.names = names;
        this.blocks = blocks;
        this.tokens = tokens;
        this.entities = entities;
    }

    /**
     * The subject of the sentence from token {@code start} to {@code limit}: the name after its
     * first verb («وأشاد لافروف بكوريا…»), a person it opens with («بوتين استقبل…»), or else the
     * first person it names who is not the object of a preposition.
     */
    Speaker sentenceSubject(int b, int start, int limit, Gender gender) {
        List<Token> toks = tokens.get(b);
        int i = start;
        if (opensWithParticiple(toks, start, limit)) {
            return null; // «واصفا تركيا بـ"…"»: the noun after the participle is its object; the subject is earlier
        }
        if (i + 1 < limit && toks.get(i).isWord() && toks.get(i).folded().equals("اما")) {
            // «أما الائتلاف الوطني السوري، فقد دعا …»: the topic is who speaks
            Speaker topic = reader.phraseAt(b, i + 1, limit, true, false, gender);
            if (topic != null && topic.name() != null) {
                return topic;
            }
        }
        if (i < limit
                && toks.get(i).isWord()
                && WordLists.isFunctionWord(toks.get(i).folded())) {
            i = PhraseWords.afterFirstComma(toks, i, limit);
        }
        if (i >= 0 && i < limit && toks.get(i).isWord()) {
            Token first = toks.get(i);
            EntityIndex.Located located = entities.at(b, first.start(), first.end());
            if (located != null && located.entity().type() == EntityType.PERSON) {
                return new Speaker(located.entity().name(), gender);
            }
            boolean nounFirst = ArabicText.isDefinite(first.folded()) || WordLists.isRole(first.folded());
            int from = nounFirst ? i : i + 1;
            if (!WordLists.isFunctionWord(first.folded())
                    && !isConjoinedPreposition(first.folded())
                    && from < limit
                    && !names.isAddressee(b, toks.get(from))) {
                Speaker s = reader.phraseAt(b, from, limit, true, false, gender);
                if (s != null) {
                    return s;
                }
            }
        }
        for (int k = start; k < limit; k++) {
            Token t = toks.get(k);
            EntityIndex.Located located = t.isWord() ? entities.at(b, t.start(), t.end()) : null;
            if (located != null
                    && located.entity().type() == EntityType.PERSON
                    && !PhraseWords.hasPrepositionClitic(
                            blocks.get(b).text(), t.start(), located.mention().start())
                    && !(k > start
                            && toks.get(k - 1).isWord()
                            && PhraseWords.isPreposition(toks.get(k - 1).folded()))) {
                return new Speaker(located.entity().name(), gender);
            }
        }
        return whoseSaying(b, start, limit, gender);
    }

    /**
     * «واصفًا تركيا بـ"…"», «مضيفة أن …»: a sentence opened by a speech participle continues the one before it; the
     * participle's subject is that sentence's, and the words after it are its object (round 12).
     */
    private static boolean opensWithParticiple(List<Token> toks, int start, int limit) {
        if (start >= limit || !toks.get(start).isWord()) {
            return false;
        }
        CueWords.Cue cue = CueWords.lookup(toks.get(start).folded());
        return cue != null && cue.kind() == CueWords.Kind.PARTICIPLE;
    }

    /**
     * «وعن دور الجمعيات …، قالت:», «وفي ختام حديثنا …»: a sentence opened by a preposition, also after «و»/«ف», has no
     * subject right after its first word (round 11).
     */
    private static boolean isConjoinedPreposition(String w) {
        boolean conjoined = w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف');
        return PhraseWords.isPreposition(w) || (conjoined && PhraseWords.isPreposition(w.substring(1)));
    }

    /** «وجاء في تصريح نافاس: "…"»: the name after the first noun of saying of the sentence, or null. */
    private Speaker whoseSaying(int b, int start, int limit, Gender gender) {
        List<Token> toks = tokens.get(b);
        for (int k = start; k + 1 < limit; k++) {
            if (toks.get(k).isWord() && WordLists.isSayingNoun(toks.get(k).folded())) {
                Speaker s = reader.phraseAt(b, k + 1, limit, true, false, gender);
                return s != null && s.name() != null && !s.name().isEmpty() ? s : null;
            }
        }
        return null;
    }

    /**
     * The person named last before {@code offset} in block {@code b} or the paragraph before it,
     * other than {@code other}, whose role word agrees with {@code gender} («النائبة دينا فارس» is
     * feminine), or null.
     */
    Speaker recentPerson(int b, int offset, Gender gender, String other) {
        for (int block = b; block >= Math.max(0, b - 1); block--) {
            List<EntityIndex.Located> mentions = entities.inBlock(block);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                EntityIndex.Located l = mentions.get(i);
                if (l.entity().type() != EntityType.PERSON
                        || (block == b && l.mention().end() > offset)
                        || l.entity().name().equals(other)) {
                    continue;
                }
                Gender known = PhraseWords.genderOfRoleBefore(
                        tokens.get(block), l.mention().start());
                if (gender.agreesWith(known)) {
                    return new Speaker(l.entity().name(), known == Gender.UNKNOWN ? gender : known);
                }
            }
        }
        return null;
    }
}
