package org.sahifa.model;

import java.util.Objects;

/**
 * The picture an article opens with, as the page names it. Nothing is fetched to make one: it is an address
 * and what the page says about it.
 *
 * @param url     absolute address of the image ({@code http(s):}, {@code file:} for a local article, or a small {@code data:} URI)
 * @param caption the caption shown with it on the page (its {@code figcaption}), or null
 * @param alt     the image's alternative text, or null
 * @param width   width the page declares for it in pixels, or 0 when it declares none
 * @param height  height the page declares for it in pixels, or 0 when it declares none
 */
public record LeadImage(String url, String caption, String alt, int width, int height) {
    public LeadImage {
        Objects.requireNonNull(url, "url");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("declared size must not be negative");
        }
    }
}
