package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sahifa.extract.CharsetSniffer.Basis;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

class CharsetSnifferTest {
    private static final String SENTENCE = "افتتح محافظ المدينة صباح أمس المكتبة العامة الجديدة";
    /** The legacy fixture's text as Java read it from windows-1256, to re-encode in other charsets. */
    private static final String LEGACY =
            new String(Fixtures.bytes("legacy-windows-1256.html"), CharsetSniffer.WINDOWS_1256);

    private static Charset sniff(byte[] bytes, String declared) {
        return CharsetSniffer.sniff(bytes, declared, true).charset();
    }

    @Test
    void undeclaredWindows1256IsDetected() {
        assertEquals(CharsetSniffer.WINDOWS_1256, sniff(Fixtures.bytes("legacy-windows-1256.html"), null));
    }

    @Test
    void latinCharsetDeclaredOverArabicBytesIsOverruled() {
        byte[] bytes = Fixtures.bytes("legacy-windows-1256.html");
        assertEquals(CharsetSniffer.WINDOWS_1256, sniff(bytes, "ISO-8859-1"));
        String withWrongMeta = LEGACY.replace("<head>", "<head><meta charset=\"windows-1252\">");
        assertEquals(CharsetSniffer.WINDOWS_1256, sniff(withWrongMeta.getBytes(CharsetSniffer.WINDOWS_1256), null));
    }

    @Test
    void iso88596IsToldApartFromWindows1256() {
        // ISO-8859-6 has no « », so the page is re-encoded with plain quotes
        String page = LEGACY.replace('«', '"').replace('»', '"');
        byte[] iso = page.getBytes(CharsetSniffer.ISO_8859_6);
        assertEquals(CharsetSniffer.ISO_8859_6, sniff(iso, null));
        assertEquals(CharsetSniffer.ISO_8859_6, sniff(iso, "windows-1256"));
        assertTrue(CharsetSniffer.decode(iso, null, true).contains(SENTENCE));
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        byte[] le = LEGACY.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = LEGACY.getBytes(StandardCharsets.UTF_16BE);
        assertEquals(StandardCharsets.UTF_16LE, sniff(le, null));
        assertEquals(StandardCharsets.UTF_16BE, sniff(be, null));
        byte[] withBom = LEGACY.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        CharsetSniffer.Decision d = CharsetSniffer.sniff(withBom, "windows-1256", true);
        assertEquals(Basis.BYTE_ORDER_MARK, d.basis());
        assertTrue(d.decode(withBom).startsWith("<html>"));
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() {
        byte[] utf8 = LEGACY.getBytes(StandardCharsets.UTF_8);
        CharsetSniffer.Decision d = CharsetSniffer.sniff(utf8, "windows-1256", true);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(Basis.VALID_UTF8, d.basis());
    }

    /** Issue 18: one stray byte in a page of UTF-8 does not turn it into windows-1256 mojibake, whatever the label. */
    @Test
    void nearlyValidUtf8IsUtf8WithReplacement() {
        byte[] utf8 = LEGACY.getBytes(StandardCharsets.UTF_8);
        int at = LEGACY.substring(0, LEGACY.indexOf(SENTENCE)).getBytes(StandardCharsets.UTF_8).length - 1;
        byte[] stray = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, stray, 0, at);
        stray[at] = (byte) 0xE9; // a Latin-1 "é" pasted in
        System.arraycopy(utf8, at, stray, at + 1, utf8.length - at);
        for (String label : new String[] {"utf-8", null, "windows-1256", "iso-8859-1"}) {
            CharsetSniffer.Decision d = CharsetSniffer.sniff(stray, label, true);
            assertEquals(StandardCharsets.UTF_8, d.charset(), "label " + label);
            String text = d.decode(stray);
            assertTrue(text.contains(SENTENCE), "label " + label);
            assertEquals(1, text.chars().filter(c -> c == '\uFFFD').count());
        }
    }

    @Test
    void manyStrayBytesAreNotUtf8() {
        byte[] utf8 = LEGACY.getBytes(StandardCharsets.UTF_8);
        int multibyte = LEGACY.replaceAll("\\p{ASCII}", "").length();
        byte[] spoiled = utf8.clone();
        int spoilt = 0;
        for (int i = 0; i < spoiled.length && spoilt <= multibyte / 500; i++) {
            if ((spoiled[i] & 0xC0) == 0xC0) {
                spoiled[i] = (byte) 0xFF; // about 0.2% of the sequences broken
                spoilt++;
            }
        }
        assertFalse(Utf8Validity.isOverwhelminglyValid(spoiled));
        assertTrue(Utf8Validity.isOverwhelminglyValid(utf8));
        assertFalse(Utf8Validity.isOverwhelminglyValid(Fixtures.bytes("legacy-windows-1256.html")));
    }

    /** Issue 18: Arabic UTF-16 without a BOM: the zero bytes are only at spaces and markup. */
    @Test
    void arabicUtf16WithoutByteOrderMarkIsRecognised() {
        String text = SENTENCE + "، وقال المدير إن المكتبة مفتوحة للجميع.\n";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = text.repeat(10).getBytes(cs);
            CharsetSniffer.Decision d = CharsetSniffer.sniff(bytes, null, false);
            assertEquals(cs, d.charset());
            assertEquals(text.repeat(10), d.decode(bytes));
        }
    }

    @Test
    void utf8DeclaredOverWindows1256BytesIsOverruled() {
        assertEquals(CharsetSniffer.WINDOWS_1256, sniff(Fixtures.bytes("legacy-windows-1256.html"), "utf-8"));
    }

    @Test
    void metaCharsetIsReadWhenNothingElseDecides() {
        String page =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                        + "<body><p>Москва — столица России, крупнейший город страны.</p></body></html>";
        CharsetSniffer.Decision d = CharsetSniffer.sniff(page.getBytes(Charset.forName("windows-1251")), null, true);
        assertEquals(Charset.forName("windows-1251"), d.charset());
        assertEquals(Basis.META_TAG, d.basis());
    }

    @Test
    void extractedTextHasNoMojibakeWhateverTheEncoding() {
        for (Charset cs :
                new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, CharsetSniffer.WINDOWS_1256}) {
            byte[] bytes = LEGACY.getBytes(cs);
            Article a = ArticleExtractor.extract(new RawDocument("t", "", bytes, null, DocumentKind.HTML));
            String text = Fixtures.allText(a);
            assertTrue(text.contains(SENTENCE), cs + ": " + text);
            assertFalse(text.contains("Ø") || text.contains("Ã") || text.contains("\uFFFD"), cs + " gave mojibake");
        }
    }

    @Test
    void plainTextInWindows1256IsDecoded() {
        String text = "عنوان الخبر\n\n" + SENTENCE + "، وقال المدير إن المكتبة مفتوحة للجميع.";
        RawDocument doc =
                new RawDocument("t.txt", "", text.getBytes(CharsetSniffer.WINDOWS_1256), null, DocumentKind.TEXT);
        assertEquals(text, TextDecoder.decode(doc));
    }
}
