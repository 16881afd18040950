package org.sahifa.load;

/** Refuses content that is plainly not text (images, PDFs, archives) whatever its file name says. */
final class BinarySniffer {
    private BinarySniffer() {
    }

    static void check(byte[] bytes, String shown) throws LoadException {
        String what = knownFormat(bytes);
        if (what == null && looksBinary(bytes)) {
            what = "binary data";
        }
        if (what != null) {
            throw new LoadException(LoadProblem.BINARY, what, shown + " holds " + what + ", not an article.");
        }
    }

    private static String knownFormat(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        return null;
    }

    /** NUL bytes outside UTF-16 text mean binary content. */
    private static boolean looksBinary(byte[] b) {
        boolean utf16Bom = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
        if (utf16Bom) {
            return false;
        }
        int limit = Math.min(b.length, 8192);
        int nuls = 0;
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0) {
                nuls++;
            }
        }
        // UTF-16 without a BOM has a NUL in about every other byte of Latin text; binary has them scattered.
        return nuls > 0 && nuls < limit / 4;
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
