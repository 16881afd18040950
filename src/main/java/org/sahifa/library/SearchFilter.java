package org.sahifa.library;

import org.sahifa.model.EntityType;

/**
 * Narrows a search; a null field does not narrow. Dates are ISO ({@code 2015-07-21}), inclusive, compared with the
 * article's published date or, when it has none, the day it was saved.
 */
public record SearchFilter(String site, String from, String to, String tag, EntityType entityType, String entity) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null);

    public SearchFilter withSite(String value) {
        return new SearchFilter(value, from, to, tag, entityType, entity);
    }

    public SearchFilter withDates(String fromDay, String toDay) {
        return new SearchFilter(site, fromDay, toDay, tag, entityType, entity);
    }

    public SearchFilter withTag(String value) {
        return new SearchFilter(site, from, to, value, entityType, entity);
    }

    public SearchFilter withEntity(EntityType type, String name) {
        return new SearchFilter(site, from, to, tag, type, name);
    }
}
