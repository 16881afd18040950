package org.sahifa.ui.sidebar;

import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.EntityType;

/** The icon and the interface word of each kind of name, the same in the reader's sidebar and in the library. */
public final class EntityKinds {
    private EntityKinds() {}

    /** The Ikonli literal of the kind's icon. */
    public static String iconLiteral(EntityType type) {
        return switch (type) {
            case PERSON -> "mdi2a-account-outline";
            case LOCATION -> "mdi2m-map-marker-outline";
            case ORGANIZATION -> "mdi2d-domain";
        };
    }

    /** A new icon node for the kind. */
    public static FontIcon icon(EntityType type) {
        return new FontIcon(iconLiteral(type));
    }

    /** The resource key of the kind's plural heading («الأشخاص», "People"). */
    public static String headingKey(EntityType type) {
        return switch (type) {
            case PERSON -> "sidebar.people";
            case LOCATION -> "sidebar.places";
            case ORGANIZATION -> "sidebar.organizations";
        };
    }
}
