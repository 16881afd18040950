package org.sahifa.load;

import java.util.Objects;

/**
 * An image as fetched and checked by {@link ImageFetcher}: its bytes, not yet decoded, and the size its header declares.
 *
 * @param url    the address it was asked for
 * @param format the format its header shows, lower case ({@code png}, {@code jpeg}, {@code gif}, {@code bmp})
 */
public record FetchedImage(String url, byte[] bytes, String format, int width, int height) {
    public FetchedImage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
    }
}
