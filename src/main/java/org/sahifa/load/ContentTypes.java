package org.sahifa.load;

import java.util.Locale;

/** Reads an HTTP {@code Content-Type}: which kind of document it is, if any, and its charset. */
final class ContentTypes {
    /** What servers send when they do not know; the bytes are sniffed instead. */
    private static final String UNKNOWN = "application/octet-stream";

    private ContentTypes() {}

    /** The kind of document, or null when the type is not one Sahifa reads (images, PDF, audio...). */
    static DocumentKind kindOf(String contentType) {
        String media = mediaType(contentType);
        if (media.isEmpty() || media.equals(UNKNOWN)) {
            return DocumentKind.HTML; // guessed; BinarySniffer still refuses binary bytes
        }
        if (media.contains("html") || media.equals("application/xml") || media.equals("text/xml")) {
            return DocumentKind.HTML;
        }
        if (media.equals("text/markdown") || media.equals("text/x-markdown")) {
            return DocumentKind.MARKDOWN;
        }
        if (media.startsWith("text/")) {
            return DocumentKind.TEXT;
        }
        return null;
    }

    /** The media type without parameters, lower case: {@code text/html; charset=UTF-8} gives {@code text/html}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String media = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return media.trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).trim().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** Words for a refused media type in a message: "a PDF document (application/pdf)". */
    static String describe(String media) {
        String what;
        if (media.equals("application/pdf")) {
            what = "a PDF document";
        } else if (media.startsWith("image/")) {
            what = "an image";
        } else if (media.startsWith("video/")) {
            what = "a video";
        } else if (media.startsWith("audio/")) {
            what = "audio";
        } else if (media.contains("zip") || media.contains("compressed") || media.contains("tar")) {
            what = "an archive";
        } else {
            what = "content";
        }
        return what + " (" + media + ")";
    }
}
