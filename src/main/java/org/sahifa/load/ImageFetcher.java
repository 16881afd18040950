package org.sahifa.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Fetches an article's lead image, the only resource Sahifa ever loads besides the page, and only when the user
 * turned images on. Its caps:
 * <ul>
 *   <li>web images go through {@link UrlLoader}'s rules (http/https only, each redirect checked, loops refused,
 *       timeouts, cancel by interrupt), with at most {@link #MAX_BYTES} read from the wire;</li>
 *   <li>the server must declare an {@code image/*} type (not SVG), or the body is not read at all;</li>
 *   <li>the picture's size is read from its header before anything decodes it: wider or taller than
 *       {@link #MAX_SIDE} or more than {@link #MAX_PIXELS} pixels is refused;</li>
 *   <li>{@code file:} images are read only for a local article, and only from its folder (or below it);</li>
 *   <li>a small {@code data:} image is decoded in place, nothing fetched.</li>
 * </ul>
 */
public final class ImageFetcher {
    /** Largest image read, in bytes (on the wire, and after any gzip the server applied). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Widest or tallest picture accepted, in pixels. */
    public static final int MAX_SIDE = 4096;
    /** Most pixels accepted in one picture (16 megapixels: 64 MB once decoded). */
    public static final long MAX_PIXELS = 16L * 1024 * 1024;

    static final String ACCEPT = "image/png,image/jpeg,image/gif,image/bmp;q=0.9,image/*;q=0.5";
    /** The limits for fetching the standard way: the page's timeouts and redirects, the image's byte cap. */
    public static final FetchLimits LIMITS = new FetchLimits(
            MAX_BYTES,
            MAX_BYTES,
            Limits.CONNECT_TIMEOUT,
            Limits.READ_TIMEOUT,
            Limits.TOTAL_TIMEOUT,
            Limits.MAX_REDIRECTS);

    private static final ImageFetcher STANDARD = new ImageFetcher(LIMITS, MAX_SIDE, MAX_PIXELS);

    private final FetchLimits limits;
    private final UrlLoader web;
    private final int maxSide;
    private final long maxPixels;

    public ImageFetcher(FetchLimits limits, int maxSide, long maxPixels) {
        if (maxSide <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.limits = limits;
        this.web = new UrlLoader(limits);
        this.maxSide = maxSide;
        this.maxPixels = maxPixels;
    }

    /** The fetcher with the app's caps. */
    public static ImageFetcher standard() {
        return STANDARD;
    }

    /**
     * Loads and checks the image at {@code imageUrl} (a lead image's address, already absolute).
     *
     * @param articleSource the path or URL of the article it belongs to: a {@code file:} image is read only
     *                      when this is a local file and the image lies in its folder
     * @throws LoadException when it cannot be had or breaks a cap; the thread's interrupt cancels it
     */
    public FetchedImage fetch(String imageUrl, String articleSource) throws LoadException {
        String url = imageUrl.strip();
        String scheme =
                url.indexOf(':') > 0 ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return switch (scheme) {
            case "http", "https" -> fromWeb(url);
            case "file" -> fromFile(url, articleSource);
            case "data" -> fromData(url);
            default ->
                throw new LoadException(
                        LoadProblem.UNSUPPORTED_SCHEME,
                        scheme,
                        "Sahifa loads images only from http, https, data and the article's own folder, not " + url
                                + ".");
        };
    }

    private FetchedImage fromWeb(String url) throws LoadException {
        HttpResponse<byte[]> response = web.follow(
                UrlLoader.checkedUri(url),
                url,
                ACCEPT,
                info -> isImageType(info.headers().firstValue("content-type").orElse(null)));
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new LoadException(
                    LoadProblem.HTTP_STATUS,
                    String.valueOf(status),
                    "The server answered " + status + HttpStatusNames.nameOf(status) + " for the image " + url + ".");
        }
        String contentType = response.headers().firstValue("content-type").orElse(null);
        if (!isImageType(contentType)) {
            String media = ContentTypes.mediaType(contentType);
            throw new LoadException(
                    LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                    media.isEmpty() ? "none" : media,
                    "The image address " + url + " gives "
                            + (media.isEmpty() ? "no content type" : ContentTypes.describe(media)) + ", not an image.");
        }
        return checked(url, web.decoded(response.body(), response.headers(), url));
    }

    /** A declared {@code image/*} type other than SVG (which could carry scripts and links of its own). */
    static boolean isImageType(String contentType) {
        String media = ContentTypes.mediaType(contentType);
        return media.startsWith("image/") && !media.contains("svg");
    }

    private FetchedImage fromFile(String url, String articleSource) throws LoadException {
        if (articleSource == null || articleSource.isBlank() || SourceLoader.looksLikeUrl(articleSource)) {
            throw new LoadException(
                    LoadProblem.NOT_ALLOWED,
                    url,
                    "Sahifa reads image files only for an article opened from a file, not " + url + ".");
        }
        Path image;
        Path folder;
        try {
            image = Path.of(new URI(UrlLoader.escapeRaw(url))).toRealPath();
            Path article = Path.of(articleSource).toAbsolutePath();
            folder = (article.getParent() == null ? article : article.getParent()).toRealPath();
        } catch (NoSuchFileException e) {
            throw new LoadException(LoadProblem.NOT_FOUND, url, "Image file not found: " + url + ".", e);
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            throw new LoadException(LoadProblem.NOT_FOUND, url, "Not a readable image file: " + url + ".", e);
        }
        if (!image.startsWith(folder)) {
            throw new LoadException(
                    LoadProblem.NOT_ALLOWED,
                    image.toString(),
                    "Sahifa reads image files only from the article's folder, not " + image + ".");
        }
        String shown = image.toString();
        try {
            if (!Files.isRegularFile(image)) {
                throw new LoadException(LoadProblem.NOT_A_FILE, shown, "Not a file: " + shown + ".");
            }
            if (Files.size(image) > limits.maxBytes()) {
                throw LoadException.tooLarge(shown, limits.maxBytes());
            }
            try (InputStream in = Files.newInputStream(image)) {
                return checked(url, BoundedReader.readAll(in, limits.maxBytes(), shown));
            }
        } catch (ClosedByInterruptException e) {
            throw LoadException.cancelled(shown);
        } catch (IOException e) {
            throw new LoadException(LoadProblem.UNREADABLE, shown, "Could not read " + shown + ".", e);
        }
    }

    /** A base64 {@code data:image/...} URI, decoded in place. */
    private FetchedImage fromData(String url) throws LoadException {
        int comma = url.indexOf(',');
        String header = comma < 0 ? "" : url.substring(5, comma).toLowerCase(Locale.ROOT);
        String shown = "data:" + header;
        if (!isImageType(header) || !header.endsWith(";base64")) {
            throw new LoadException(
                    LoadProblem.UNSUPPORTED_CONTENT_TYPE,
                    header.isEmpty() ? "none" : header,
                    "Sahifa reads only base64 images from data: addresses.");
        }
        if ((url.length() - comma) * 3L / 4 > limits.maxBytes()) {
            throw LoadException.tooLarge(shown, limits.maxBytes());
        }
        try {
            return checked(shown, Base64.getMimeDecoder().decode(url.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            throw new LoadException(LoadProblem.BAD_RESPONSE, shown, "The data: image is not valid base64.", e);
        }
    }

    /**
     * The image once its header says it is a picture ImageIO knows (PNG, JPEG, GIF, BMP) within the caps. Only
     * the header is read here; nothing is decoded.
     */
    FetchedImage checked(String url, byte[] bytes) throws LoadException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                BinarySniffer.Format format = BinarySniffer.knownFormat(bytes);
                throw new LoadException(
                        LoadProblem.BINARY,
                        format == null ? "BINARY" : format.name(),
                        "The image " + url + " is not in a format Sahifa can show.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0
                        || height <= 0
                        || width > maxSide
                        || height > maxSide
                        || (long) width * height > maxPixels) {
                    throw new LoadException(
                            LoadProblem.IMAGE_TOO_LARGE,
                            width + "×" + height,
                            "The image " + url + " is " + width + "×" + height + " pixels, more than the " + maxSide
                                    + "×" + maxSide + " (" + maxPixels / (1024 * 1024) + " megapixels) Sahifa shows.");
                }
                return new FetchedImage(url, bytes, reader.getFormatName().toLowerCase(Locale.ROOT), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new LoadException(LoadProblem.BAD_RESPONSE, url, "The image " + url + " is damaged.", e);
        }
    }
}
