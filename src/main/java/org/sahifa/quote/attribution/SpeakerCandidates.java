package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.quote.SpeechWords;

/**
 * Who could have said each quotation: every person, organisation and place named in its sentence, the sentence before
 * and after, earlier in its paragraph and in the paragraph before; the rules' own answer; and the rules' speaker of the
 * quotation before (continuation). Candidates that are the same entity are one.
 */
public final class SpeakerCandidates {
    /** How many characters before a quotation a phrase the rules read is looked for (a bounded search). */
    static final int PHRASE_REACH = 2000;

    private SpeakerCandidates() {}

    /** For each quotation of {@code quotes}, in order, its candidates with their features. */
    public static List<List<Candidate>> of(List<Block> blocks, List<Entity> entities, List<Quote> quotes) {
        ArticleText text = new ArticleText(blocks, quotes);
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            byName.putIfAbsent(key(e.name()), e);
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                byName.putIfAbsent(key(m.text()), e);
            }
        }
        Map<Entity, MentionIndex> index = new IdentityHashMap<>();
        for (Entity e : entities) {
            index.put(e, new MentionIndex(e));
        }
        List<List<Candidate>> out = new ArrayList<>(quotes.size());
        for (int q = 0; q < quotes.size(); q++) {
            out.add(forQuote(text, entities, index, byName, quotes, q));
        }
        return out;
    }

    private static List<Candidate> forQuote(
            ArticleText text,
            List<Entity> entities,
            Map<Entity, MentionIndex> index,
            Map<String, Entity> byName,
            List<Quote> quotes,
            int q) {
        Quote quote = quotes.get(q);
        Map<String, Pool> pools = new LinkedHashMap<>();
        for (Entity e : entities) {
            Pool pool = entityPool(text, quotes, q, e, index.get(e));
            if (!pool.places.isEmpty()) {
                pools.putIfAbsent(pool.key, pool);
            }
        }
        if (quote.speaker() != null) {
            Pool rules = poolFor(text, byName, index, quotes, q, quote.speaker(), pools);
            rules.fromRules = true;
            rules.name = quote.speaker();
        }
        if (q > 0 && quotes.get(q - 1).speaker() != null) {
            poolFor(text, byName, index, quotes, q, quotes.get(q - 1).speaker(), pools).previousSpeaker = true;
        }
        QuoteView view = QuoteView.of(text, quotes, q, pools.values());
        List<Candidate> out = new ArrayList<>(pools.size());
        for (Pool pool : pools.values()) {
            out.add(new Candidate(pool.name, pool.kind, pool.fromRules, SpeakerFeatures.of(view, pool)));
        }
        return out;
    }

    /** An entity's mentions in the window and its counts. Places are candidates too: «قالت واشنطن». */
    private static Pool entityPool(ArticleText text, List<Quote> quotes, int q, Entity e, MentionIndex mentions) {
        Quote quote = quotes.get(q);
        Pool pool = new Pool(key(e.name()), e.name(), e.type().name());
        pool.mentionsAll = mentions.size();
        pool.mentionsBefore = mentions.before(quote);
        for (Mention m : mentions.near(quote)) {
            Place place = Places.of(text, quotes, q, m);
            if (place != null) {
                pool.places.add(place);
            }
        }
        return pool;
    }

    /**
     * The candidate a speaker's name stands for: an entity whose name or mention it is, else a phrase found by its
     * words in the window.
     */
    private static Pool poolFor(
            ArticleText text,
            Map<String, Entity> byName,
            Map<Entity, MentionIndex> index,
            List<Quote> quotes,
            int q,
            String speaker,
            Map<String, Pool> pools) {
        String k = key(speaker);
        Entity e = byName.get(k);
        if (e == null) {
            return pools.computeIfAbsent(k, x -> phrase(text, quotes, q, speaker, k));
        }
        return pools.computeIfAbsent(key(e.name()), x -> entityPool(text, quotes, q, e, index.get(e)));
    }

    /** A speaker the rules read that is no entity («مصدر مطلع»), placed where its words last stand before the quotation. */
    private static Pool phrase(ArticleText text, List<Quote> quotes, int q, String speaker, String k) {
        Pool pool = new Pool(k, speaker, "PHRASE");
        Quote quote = quotes.get(q);
        for (int b = quote.block(); b >= Math.max(0, quote.block() - 1); b--) {
            String blockText = text.source(b);
            int limit = b == quote.block() ? quote.start() : blockText.length();
            int from = Math.max(0, limit - PHRASE_REACH);
            int found = blockText.substring(from, limit).lastIndexOf(speaker);
            int at = found < 0 ? -1 : from + found;
            if (at >= 0) {
                Place place = Places.of(text, quotes, q, new Mention(b, at, at + speaker.length(), speaker));
                if (place != null) {
                    pool.places.add(place);
                    break;
                }
            }
        }
        return pool;
    }

    /** Two names are the same candidate when they fold to the same words. */
    static String key(String name) {
        return String.join(" ", SpeechWords.fold(name.strip()).split("\\s+"));
    }
}
