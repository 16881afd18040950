package org.sahifa.extract;

/** What the page says about its article, any part of which may be null; {@code bylineFromText} when the byline was read from a «كتب: …» line. */
record PageMetadata(String title, String byline, String published, String site, String lang, boolean bylineFromText) {
}
