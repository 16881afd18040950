package org.sahifa.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample article shipped inside the app, shown when Sahifa starts with nothing to open. */
public final class BundledSample {
    /** How the sample is named as a source, in the app and in the analysis JSON. */
    public static final String SOURCE = "sample-article.html";

    private static final String RESOURCE = "/sample/sample-article.html";

    private BundledSample() {}

    public static RawDocument load() {
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + RESOURCE + " is missing from the build");
            }
            return new RawDocument(SOURCE, "", in.readAllBytes(), "UTF-8", DocumentKind.HTML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
