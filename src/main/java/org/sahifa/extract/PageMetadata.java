package org.sahifa.extract;

import org.sahifa.model.LeadImage;

/**
 * What the page says about its article, any part of which may be null; {@code bylineFromText} when the byline was
 * read from a «كتب: …» line; {@code image} is the picture its JSON-LD or Open Graph / Twitter tags name, resolved.
 */
record PageMetadata(
        String title,
        String byline,
        String published,
        String site,
        String lang,
        boolean bylineFromText,
        LeadImage image) {}
