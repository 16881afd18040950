package org.sahifa.library;

import org.sahifa.model.EntityType;

/** A person, place or organisation across the library: its fullest name and the number of articles naming it. */
public record EntitySummary(EntityType type, String name, int articles) {}
