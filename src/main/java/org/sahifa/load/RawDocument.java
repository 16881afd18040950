package org.sahifa.load;

import java.util.Objects;

/**
 * Bytes as loaded, before decoding.
 *
 * @param source          the path or URL the user gave
 * @param baseUri         URL to resolve relative links against (a {@code file:} URI for files)
 * @param declaredCharset charset named by the HTTP header, or null
 */
public record RawDocument(String source, String baseUri, byte[] bytes, String declaredCharset, DocumentKind kind) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(kind, "kind");
    }
}
