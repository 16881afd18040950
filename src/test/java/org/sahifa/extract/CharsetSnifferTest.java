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
    private static final String LEGACY = new String(Fixtures.bytes("legacy-windows-1256.html"), CharsetSniffer.WINDOWS_1256);

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

    @Test
    void utf8DeclaredOverWindows1256BytesIsOverruled() {
        assertEquals(CharsetSniffer.WINDOWS_1256, sniff(Fixtures.bytes("legacy-windows-1256.html"), "utf-8"));
    }

    @Test
    void metaCharsetIsReadWhenNothingElseDecides() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>Москва — столица России, крупнейший город страны.</p></body></html>";
        CharsetSniffer.Decision d = CharsetSniffer.sniff(page.getBytes(Charset.forName("windows-1251")), null, true);
        assertEquals(Charset.forName("windows-1251"), d.charset());
        assertEquals(Basis.META_TAG, d.basis());
    }

    @Test
    void extractedTextHasNoMojibakeWhateverTheEncoding() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, CharsetSniffer.WINDOWS_1256}) {
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
        RawDocument doc = new RawDocument("t.txt", "", text.getBytes(CharsetSniffer.WINDOWS_1256), null, DocumentKind.TEXT);
        assertEquals(text, TextDecoder.decode(doc));
    }
}
