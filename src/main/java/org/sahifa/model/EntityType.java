package org.sahifa.model;

/** Kinds of named entity shown in the sidebar. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
