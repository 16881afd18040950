package org.sahifa.library;

import java.util.Objects;

/** The bytes an article was read from, kept so that a later Sahifa can extract and analyse it again. */
public record Original(String kind, String charset, byte[] bytes) {
    public Original {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bytes, "bytes");
    }
}
