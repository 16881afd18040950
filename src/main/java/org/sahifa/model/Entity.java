package org.sahifa.model;

import java.util.List;
import java.util.Objects;

/** A person, place or organisation the article names, with every mention; {@code name} is the longest form. */
public record Entity(EntityType type, String name, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
