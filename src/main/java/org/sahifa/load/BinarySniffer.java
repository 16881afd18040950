package org.sahifa.load;

/** Refuses content that is plainly not text (images, PDFs, archives) whatever its file name or content type says. */
final class BinarySniffer {
    /** How much of the start of the content is looked at for NUL bytes. */
    private static final int SNIFF_BYTES = 8192;

    private BinarySniffer() {}

    static void check(byte[] bytes, String shown) throws LoadException {
        Format format = knownFormat(bytes);
        if (format == null && looksBinary(bytes)) {
            format = Format.BINARY;
        }
        if (format != null) {
            throw new LoadException(
                    LoadProblem.BINARY, format.name(), shown + " holds " + format.description + ", not an article.");
        }
    }

    /** Formats recognised by their first bytes; the name is the {@link LoadException#detail()} of {@link LoadProblem#BINARY}. */
    enum Format {
        PNG("a PNG image"),
        PDF("a PDF document"),
        ZIP("a ZIP archive"),
        JPEG("a JPEG image"),
        GIF("a GIF image"),
        GZIP("gzip-compressed data"),
        BINARY("binary data");

        final String description;

        Format(String description) {
            this.description = description;
        }
    }

    static Format knownFormat(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Format.PNG;
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Format.PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return Format.ZIP;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Format.GIF;
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Format.GZIP;
        }
        return null;
    }

    /** NUL bytes outside UTF-16 text mean binary content. */
    private static boolean looksBinary(byte[] b) {
        boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF) || Utf16Pattern.detect(b) != null;
        if (utf16) {
            return false;
        }
        int limit = Math.min(b.length, SNIFF_BYTES);
        int nuls = 0;
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0) {
                nuls++;
            }
        }
        return nuls > 0;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
