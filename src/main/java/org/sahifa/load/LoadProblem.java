package org.sahifa.load;

/**
 * Why a document could not be loaded; the UI turns each into a message in the user's language,
 * filling in {@link LoadException#detail()}. The detail each value carries is given below.
 */
public enum LoadProblem {
    /** Nothing was given to open. Detail: empty. */
    NO_SOURCE,
    /** The file does not exist. Detail: the path. */
    NOT_FOUND,
    /** The path names a folder or a device, not a file. Detail: the path. */
    NOT_A_FILE,
    /** The file exists but could not be read (permissions, I/O error). Detail: the path. */
    UNREADABLE,
    /** The file's extension is not one Sahifa opens. Detail: the path. */
    UNSUPPORTED_TYPE,
    /** The file, the download or its decompressed content is larger than Sahifa reads. Detail: the limit in MB. */
    TOO_LARGE,
    /** The file or page holds nothing (or only white space). Detail: the path or URL. */
    EMPTY,
    /** The content is an image, a PDF, an archive or other binary data. Detail: the format ({@code PNG}, {@code PDF}, {@code ZIP}, {@code JPEG}, {@code GIF}, {@code GZIP}, {@code BINARY}). */
    BINARY,
    /** The text is not a usable web address. Detail: the address. */
    BAD_URL,
    /** The address uses a scheme other than http or https (file:, javascript:, ftp:, data:...). Detail: the scheme. */
    UNSUPPORTED_SCHEME,
    /** The server answered with an error status. Detail: the status code, e.g. {@code 404}. */
    HTTP_STATUS,
    /** The server sent something that is not a page (a PDF, an image...). Detail: the media type, e.g. {@code application/pdf}. */
    UNSUPPORTED_CONTENT_TYPE,
    /** The server's answer could not be understood (broken compression, a redirect without a target). Detail: the URL. */
    BAD_RESPONSE,
    /** The server's name could not be resolved. Detail: the host name. */
    UNKNOWN_HOST,
    /** The connection failed or was refused. Detail: the host name. */
    NETWORK,
    /** The server took too long to connect, answer or send the page. Detail: the host name. */
    TIMEOUT,
    /** More redirects than Sahifa follows. Detail: the limit. */
    TOO_MANY_REDIRECTS,
    /** The redirects lead back to an address already visited. Detail: that address. */
    REDIRECT_LOOP,
    /** An image is wider, taller or has more pixels than Sahifa shows. Detail: its size, e.g. {@code 8000×6000}. */
    IMAGE_TOO_LARGE,
    /** An image file lies outside the folder of the article opened (or the article is not a file). Detail: the path or URL. */
    NOT_ALLOWED,
    /** The user cancelled (the loading thread was interrupted). Detail: the path or URL. */
    CANCELLED
}
