package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/**
 * A made-up article for the speaker-model tests: paragraphs, each «…» a quotation (rules' speaker none unless given),
 * and entities whose mentions are every place their name is written.
 */
final class Scene {
    final List<Block> blocks = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();

    static Scene of(String... paragraphs) {
        Scene s = new Scene();
        for (int b = 0; b < paragraphs.length; b++) {
            String p = paragraphs[b];
            s.blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
            for (int open = p.indexOf('«'); open >= 0; open = p.indexOf('«', open + 1)) {
                int close = p.indexOf('»', open);
                s.quotes.add(Quote.inBlock(p.substring(open + 1, close), null, b, open + 1, close));
            }
        }
        return s;
    }

    Scene person(String name) {
        return entity(EntityType.PERSON, name);
    }

    Scene organization(String name) {
        return entity(EntityType.ORGANIZATION, name);
    }

    Scene entity(EntityType type, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(b, at, at + name.length(), name));
            }
        }
        entities.add(new Entity(type, name, mentions));
        return this;
    }

    /** The rules gave quotation {@code q} to {@code speaker}. */
    Scene rules(int q, String speaker) {
        Quote o = quotes.get(q);
        quotes.set(q, new Quote(o.text(), speaker, o.block(), o.start(), o.endBlock(), o.end()));
        return this;
    }

    List<List<Candidate>> candidates() {
        return SpeakerCandidates.of(blocks, entities, quotes);
    }

    /** The candidate of quotation {@code q} named {@code name}; fails when there is none. */
    Candidate candidate(int q, String name) {
        return candidates().get(q).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no candidate " + name + " in " + candidates().get(q)));
    }

    ArticleText text() {
        return new ArticleText(blocks, quotes);
    }
}
