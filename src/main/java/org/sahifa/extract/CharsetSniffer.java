package org.sahifa.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.load.Utf16Pattern;

/**
 * Decides how to decode the bytes of a page or text file, so that Arabic never shows as mojibake.
 *
 * <p>In order: a byte-order mark; UTF-16 without one ({@link Utf16Pattern}: zero bytes in one
 * parity of position); bytes that are valid UTF-8 with multi-byte sequences, or nearly so (a few
 * stray bytes, {@link Utf8Validity}), are UTF-8 whatever was declared, the stray bytes decoded as
 * U+FFFD (a legacy single-byte text is practically never valid UTF-8); the HTTP header's charset, then the page's
 * {@code <meta charset>} / {@code http-equiv}, each unless the bytes contradict it (UTF-8 declared
 * but invalid, or a Latin charset declared over Arabic letters); Arabic single-byte text is told
 * apart as windows-1256 or ISO-8859-6; anything else goes to ICU's detector.
 *
 * <p>Example: {@code CharsetSniffer.sniff(bytes, null, true).charset()} gives {@code windows-1256}
 * for an old Arabic page that declares nothing.
 */
public final class CharsetSniffer {
    /** How the charset was decided. */
    public enum Basis {
        BYTE_ORDER_MARK,
        UTF16_PATTERN,
        VALID_UTF8,
        HTTP_HEADER,
        META_TAG,
        DETECTED
    }

    /** The charset, how it was decided, and how many leading bytes (a byte-order mark) to skip. */
    public record Decision(Charset charset, Basis basis, int skip) {
        public String decode(byte[] bytes) {
            return new String(bytes, skip, bytes.length - skip, charset);
        }
    }

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far into an HTML page a {@code <meta charset>} is looked for. */
    static final int META_SCAN_BYTES = 16 * 1024;
    /** At least this many Arabic letters, and this share of the non-ASCII characters, make single-byte text Arabic. */
    static final int MIN_ARABIC_LETTERS = 10;

    static final double ARABIC_SHARE = 0.5;
    /** Words mixing Arabic and Latin letters above this share of Arabic words: ISO-8859-6 read as windows-1256. */
    static final double MIXED_WORD_SHARE = 0.05;

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** WHATWG label mappings that differ from Java's: browsers read these labels as the wider charsets. */
    private static final Map<String, String> LABEL_OVERRIDES = Map.of(
            "iso-8859-1",
            "windows-1252",
            "latin1",
            "windows-1252",
            "us-ascii",
            "windows-1252",
            "ascii",
            "windows-1252",
            "iso-8859-9",
            "windows-1254",
            "gb2312",
            "GBK",
            "x-gbk",
            "GBK",
            "tis-620",
            "windows-874",
            "iso-8859-11",
            "windows-874");

    private CharsetSniffer() {}

    /** Decodes with the charset {@link #sniff} decides, without the byte-order mark. */
    public static String decode(byte[] bytes, String declaredCharset, boolean html) {
        return sniff(bytes, declaredCharset, html).decode(bytes);
    }

    public static Decision sniff(byte[] bytes, String declaredCharset, boolean html) {
        Decision bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = Utf16Pattern.detect(bytes);
        if (utf16 != null) {
            return new Decision(utf16, Basis.UTF16_PATTERN, 0);
        }
        boolean ascii = isAscii(bytes);
        if (!ascii && Utf8Validity.isOverwhelminglyValid(bytes)) {
            return new Decision(StandardCharsets.UTF_8, Basis.VALID_UTF8, 0);
        }
        Charset http = trusted(lookup(declaredCharset), bytes, ascii);
        if (http != null) {
            return new Decision(http, Basis.HTTP_HEADER, 0);
        }
        if (html) {
            Charset meta = trusted(lookup(metaCharset(bytes)), bytes, ascii);
            if (meta != null) {
                return new Decision(meta, Basis.META_TAG, 0);
            }
        }
        return new Decision(detect(bytes, ascii), Basis.DETECTED, 0);
    }

    private static Decision byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decision(StandardCharsets.UTF_8, Basis.BYTE_ORDER_MARK, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decision(StandardCharsets.UTF_16LE, Basis.BYTE_ORDER_MARK, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decision(StandardCharsets.UTF_16BE, Basis.BYTE_ORDER_MARK, 2);
        }
        return null;
    }

    /** The declared charset unless the bytes contradict it; null when there is none or it is wrong. */
    private static Charset trusted(Charset declared, byte[] bytes, boolean ascii) {
        if (declared == null) {
            return null;
        }
        if (ascii) {
            return declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
        }
        if (declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-16")) {
            return null; // bytes are not (nearly) valid UTF-8 (checked before), and UTF-16 would have shown its zeros
        }
        boolean arabicDeclared = declared.equals(WINDOWS_1256) || declared.equals(ISO_8859_6);
        if (arabicDeclared || looksArabic(bytes)) {
            return looksArabic(bytes) ? arabicVariant(bytes, declared) : declared;
        }
        return declared;
    }

    /** With nothing (usable) declared: ASCII as UTF-8, Arabic single-byte text by its letters, the rest by ICU. */
    private static Charset detect(byte[] bytes, boolean ascii) {
        if (ascii) {
            return StandardCharsets.UTF_8;
        }
        if (looksArabic(bytes)) {
            return arabicVariant(bytes, WINDOWS_1256);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            Charset c = lookup(m.getName());
            if (c != null) {
                return c;
            }
        }
        return WINDOWS_1252;
    }

    /** Single-byte text is Arabic when, read as windows-1256 or as ISO-8859-6, most of its non-ASCII characters are Arabic letters. */
    static boolean looksArabic(byte[] bytes) {
        return arabicShare(new String(bytes, WINDOWS_1256)) || arabicShare(new String(bytes, ISO_8859_6));
    }

    private static boolean arabicShare(String text) {
        int nonAscii = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (isArabicLetter(c)) {
                    arabic++;
                }
            }
        }
        return arabic >= MIN_ARABIC_LETTERS && arabic >= ARABIC_SHARE * nonAscii;
    }

    /**
     * windows-1256 or ISO-8859-6: text that is not valid ISO-8859-6 (it leaves many bytes
     * unassigned) is windows-1256; ISO-8859-6 text read as windows-1256 puts Latin letters inside
     * Arabic words (ي as ê, و as è), so such words mark ISO-8859-6. When neither shows, the {@code preferred} one.
     */
    static Charset arabicVariant(byte[] bytes, Charset preferred) {
        if (strictDecode(bytes, ISO_8859_6) == null) {
            return WINDOWS_1256;
        }
        String as1256 = new String(bytes, WINDOWS_1256);
        int arabicWords = 0;
        int mixedWords = 0;
        boolean hasArabic = false;
        boolean hasLatin = false;
        for (int i = 0; i <= as1256.length(); i++) {
            char c = i < as1256.length() ? as1256.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                hasArabic |= isArabicLetter(c);
                hasLatin |= c >= 0xC0 && c < 0x250;
            } else {
                if (hasArabic) {
                    arabicWords++;
                    if (hasLatin) {
                        mixedWords++;
                    }
                }
                hasArabic = false;
                hasLatin = false;
            }
        }
        if (arabicWords > 0 && mixedWords > MIXED_WORD_SHARE * arabicWords) {
            return ISO_8859_6;
        }
        return preferred.equals(ISO_8859_6) && mixedWords == 0 && arabicWords == 0 ? ISO_8859_6 : WINDOWS_1256;
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0620 && c <= 0x064A || c >= 0x0671 && c <= 0x06D3 || c == 0x0621;
    }

    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset for a label as browsers read it, or null when unknown. */
    static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        name = LABEL_OVERRIDES.getOrDefault(name, name);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text when every byte decodes cleanly, otherwise null. */
    static String strictDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
