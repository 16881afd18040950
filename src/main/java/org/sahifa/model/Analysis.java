package org.sahifa.model;

import java.util.List;
import java.util.Objects;

/** Everything Sahifa knows about one article: the article itself, its entities and its quotations. */
public record Analysis(Article article, List<Entity> entities, List<Quote> quotes) {
    public Analysis {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
